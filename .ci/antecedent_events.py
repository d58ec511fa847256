#!/usr/bin/env python3
"""Labels the antecedent candidates of speaker pronouns that SpeakerRankerTrainer dump-antecedents wrote.

usage: antecedent_events.py SHARED_EVAL_DIR POLNEAR_DIR LABELS_TSV DUMP_JSONL EVENTS_TSV

Why: score_quotes.py counts a pronoun speaker right by its mention alone, so who the pronoun stands for is
judged only by the canonical-name labels (score_canonical.py), which are hand labels of DEVELOPMENT articles.
Each quotation of a labelled article is matched to a labelled segment as score_canonical.py matches them; a
`named` segment whose quotation's speaker mention is a pronoun the dump lists gives one decision, and each
candidate of that pronoun is right when its name equals the label after score_canonical's normalisation.
Held-apart articles (as in score_split.py) are skipped before anything of theirs is looked at.
Each output line: publisher, article id, quotation number, label (1 or 0), then the features, tab-separated;
articles in sorted order, so the file (and the model trained on it) is the same on every run.
"""
import csv, hashlib, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import polnear_gold
from score_canonical import norm, read_labels

if len(sys.argv) != 6:
    sys.exit(__doc__.split('\n\n')[1])
eval_dir, polnear_dir, labels_tsv, dump, events = sys.argv[1:]
sq = polnear_gold.score_quotes(eval_dir)


def held_apart(article_id):
    return int(hashlib.sha256(article_id.encode()).hexdigest()[:8], 16) % 5 == 0


with open(os.path.join(polnear_dir, 'metadata.tsv'), encoding='utf-8', newline='') as f:
    publisher = {r['filename']: r['publisher'] for r in csv.DictReader(f, delimiter='\t')}
labels = {a: v for a, v in read_labels(labels_tsv).items() if not held_apart(a)}
records = {}
with open(dump, encoding='utf-8') as f:
    for line in f:
        r = json.loads(line)
        if r['articleId'] in labels:
            records[r['articleId']] = r

n_decisions = n_reachable = 0
with open(events, 'w', encoding='utf-8') as out:
    for aid in sorted(records):
        rec = records[aid]
        segs = labels[aid]
        text = open(os.path.join(polnear_dir, 'gold', aid + '.txt'), encoding='utf-8').read()
        align = sq.Aligner(rec['body'], text)
        quotes = rec['quotes']
        spans = [(align(q['start']), align(q['end'])) for q in quotes]
        pairs = sorted(((sq.overlap(g[:2], s), gi, si) for gi, g in enumerate(segs) for si, s in enumerate(spans)),
                       reverse=True)
        best, used = {}, set()
        for ov, gi, si in pairs:
            if ov < 0.5:
                break
            if gi in best or si in used:
                continue
            best[gi] = si
            used.add(si)
        pronouns = {p['start']: p['candidates'] for p in rec['pronouns']}
        for gi, (start, end, kind, label) in enumerate(segs):
            if kind != 'named' or gi not in best:
                continue
            si = best[gi]
            candidates = pronouns.get(quotes[si]['mention'])
            if not candidates:
                continue
            rows = [(int(norm(c['name']) == norm(label)), c['features']) for c in candidates]
            n_decisions += 1
            n_reachable += any(r for r, _ in rows)
            for right, feats in rows:
                out.write('\t'.join([publisher[aid], aid, str(si), str(right)] + feats) + '\n')
print(f'antecedent_events: {len(records)} labelled development articles, {n_decisions} pronoun speakers, '
      f'{n_reachable} with a right candidate', file=sys.stderr)
