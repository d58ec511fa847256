#!/usr/bin/env python3
"""Lists the gold quotation segments of chosen PolNeAR articles, for labelling their canonical speakers.

usage: canonical_segments.py SHARED_EVAL_DIR POLNEAR_DIR LIST [--context FILE]

LIST holds one article id a line. Prints, in article id then offset order, `articleId<TAB>start<TAB>end`
for each gold quotation: code-point offsets into POLNEAR_DIR/gold/ID.txt of exactly the segments score_quotes.py
scores (its own gold_quotes, imported, not re-implemented, so the labels key on the same spans), with
polnear_gold.py's fix to its BRAT reader (malformed lines dropped). With --context, each segment's text
and gold source text go to FILE for the labeller; article text never goes to stdout, which is what the repo
keeps.
"""
import argparse, os

import polnear_gold


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('eval_dir'); ap.add_argument('polnear_dir'); ap.add_argument('list')
    ap.add_argument('--context', help='write segment and source text here (scratch, not the repo)')
    o = ap.parse_args()
    sq = polnear_gold.score_quotes(o.eval_dir)
    ids = sorted({l.strip() for l in open(o.list, encoding='utf-8') if l.strip()})
    ctx = open(o.context, 'w', encoding='utf-8') if o.context else None
    for aid in ids:
        base = os.path.join(o.polnear_dir, 'gold', aid)
        text = open(base + '.txt', encoding='utf-8').read()
        for g in sorted(sq.gold_quotes(text, base + '.ann'), key=lambda g: g['span']):
            a, b = g['span']
            print(f'{aid}\t{a}\t{b}')
            if ctx:
                src = ' | '.join(f'{s}-{e}:{text[s:e]}' for s, e in g['source'] or [])
                seg = text[a:b].replace('\n', ' ').replace('\t', ' ')
                ctx.write(f'{aid}\t{a}\t{b}\t{src}\t{seg}\n')
    if ctx:
        ctx.close()


if __name__ == '__main__':
    main()
