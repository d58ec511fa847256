#!/usr/bin/env python3
"""Labels the antecedent candidates of speaker pronouns that SpeakerRankerTrainer dump-antecedents wrote.

usage: antecedent_events.py SHARED_EVAL_DIR POLNEAR_DIR LABELS_TSV DUMP_JSONL EVENTS_TSV

Labels: in the articles with canonical-name hand labels (DEVELOPMENT articles, score_canonical.py), each
quotation is matched to a labelled segment as score_canonical.py matches them; a `named` segment whose
quotation's speaker mention is a pronoun the dump lists gives one decision, and each candidate of that pronoun
is right when its name equals the label after score_canonical's normalisation. In the other development
articles, the gold quotations whose PolNeAR source names someone (not a pronoun) stand in, matched as
score_quotes.py matches them, and a candidate is right when it shares a capitalised name word with the source,
as score_quotes.py judges a name. (A gold source that is a pronoun gives no label: PolNeAR has no coreference.)
Held-apart articles (as in score_split.py) are skipped before anything of theirs is looked at.
Each output line: publisher, article id, quotation number, label (1 or 0), then the features, tab-separated;
articles in sorted order, so the file (and the model trained on it) is the same on every run.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import polnear_gold
from score_canonical import norm, read_labels

if len(sys.argv) != 6:
    sys.exit(__doc__.split('\n\n')[1])
eval_dir, polnear_dir, labels_tsv, dump, events = sys.argv[1:]
sq = polnear_gold.score_quotes(eval_dir)


publisher = polnear_gold.publishers(polnear_dir)
labels = {a: v for a, v in read_labels(labels_tsv).items() if not polnear_gold.held_apart(a)}
records = polnear_gold.development_records(dump)


def named_sources(text, aid):
    """The article's gold quotations whose source names someone, as (start, end, 'named', source text)."""
    out = []
    for g in sq.gold_quotes(text, os.path.join(polnear_dir, 'gold', aid + '.ann')):
        src = ' '.join(text[a:b] for a, b in g['source'] or [])
        if sq.names(src):
            out.append((g['span'][0], g['span'][1], 'named', src))
    return out


n_decisions = n_reachable = n_labelled = 0
with open(events, 'w', encoding='utf-8') as out:
    for aid in sorted(records):
        rec = records[aid]
        text = open(os.path.join(polnear_dir, 'gold', aid + '.txt'), encoding='utf-8').read()
        # a hand label when the article has them; else PolNeAR's source when it names someone, judged as
        # score_quotes judges a name (a capitalised name word in common)
        segs = labels.get(aid) or named_sources(text, aid)
        is_right = (lambda c, label: norm(c) == norm(label)) if aid in labels \
            else (lambda c, src: bool(sq.names(c) & sq.names(src)))
        align = sq.Aligner(rec['body'], text)
        quotes = rec['quotes']
        spans = [(align(q['start']), align(q['end'])) for q in quotes]
        best = polnear_gold.match([g[:2] for g in segs], spans, sq.overlap)
        pronouns = {p['start']: p['candidates'] for p in rec['pronouns']}
        for gi, (start, end, kind, label) in enumerate(segs):
            if kind != 'named' or gi not in best:
                continue
            si = best[gi]
            candidates = pronouns.get(quotes[si]['mention'])
            if not candidates:
                continue
            rows = [(int(is_right(c["name"], label)), c['features']) for c in candidates]
            n_decisions += 1
            n_labelled += aid in labels
            n_reachable += any(r for r, _ in rows)
            for right, feats in rows:
                out.write('\t'.join([publisher[aid], aid, str(si), str(right)] + feats) + '\n')
print(f'antecedent_events: {len(records)} development articles, {n_decisions} pronoun speakers ({n_labelled} '
      f'hand-labelled), {n_reachable} with a right candidate', file=sys.stderr)
