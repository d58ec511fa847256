#!/usr/bin/env python3
"""Labels the speaker candidates that SpeakerRankerTrainer dump wrote, for training the speaker ranker.

usage: speaker_events.py SHARED_EVAL_DIR POLNEAR_DIR CANDIDATES_JSONL EVENTS_TSV

Only DEVELOPMENT articles are read (held-apart ones, as in score_split.py, are skipped before anything of
theirs is looked at). Each quotation is matched to a gold quotation as score_quotes.py matches them (span
overlap of at least half the union, one-to-one, best first); quotations without a gold match or whose gold has
no source are left out. A candidate is the speaker when score_quotes would count it right: its mention
overlaps the gold source, or its name shares a capitalised name word with the source text.
Each output line: publisher, article id, quotation number, label (1 or 0), then the features, tab-separated;
articles in sorted order, so the file (and the model trained on it) is the same on every run.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import polnear_gold

if len(sys.argv) != 5:
    sys.exit(__doc__.split('\n\n')[1])
eval_dir, polnear_dir, candidates, events = sys.argv[1:]
sq = polnear_gold.score_quotes(eval_dir)
from common import Aligner  # noqa: E402  (score_quotes put eval_dir on the path)


publisher = polnear_gold.publishers(polnear_dir)
records = polnear_gold.development_records(candidates)

gold_dir = os.path.join(polnear_dir, 'gold')
n_quotes = n_reachable = 0
with open(events, 'w', encoding='utf-8') as out:
    for aid in sorted(records):
        rec = records[aid]
        text = open(os.path.join(gold_dir, aid + '.txt'), encoding='utf-8').read()
        gold = sq.gold_quotes(text, os.path.join(gold_dir, aid + '.ann'))
        align = Aligner(rec['body'], text)
        quotes = rec['quotes']
        spans = [(align(q['start']), align(q['end'])) for q in quotes]
        for gi, si in polnear_gold.match([g['span'] for g in gold], spans, sq.overlap).items():
            source = gold[gi]['source']
            if not source:
                continue
            src_text = ' '.join(text[a:b] for a, b in source)
            rows = []
            for c in quotes[si]['candidates']:
                m = c.get('mention')
                mention = (align(m['start']), align(m['end'])) if m else None
                right = (mention is not None and any(min(b, mention[1]) > max(a, mention[0]) for a, b in source)) \
                    or bool(sq.names(c.get('name') or '') & sq.names(src_text))
                rows.append((int(right), c['features']))
            n_quotes += 1
            n_reachable += any(r for r, _ in rows)
            for right, feats in rows:
                out.write('\t'.join([publisher[aid], aid, str(si), str(right)] + feats) + '\n')
print(f'speaker_events: {len(records)} development articles, {n_quotes} quotations with a gold speaker, '
      f'{n_reachable} with a right candidate', file=sys.stderr)
