#!/usr/bin/env python3
"""Scores the job's canonical speaker names against hand labels of PolNeAR gold quotations.

usage: score_canonical.py SHARED_EVAL_DIR POLNEAR_DIR LABELS_TSV JOB_OUTPUT [--details N]

Why: score_quotes.py counts a speaker right when it shares any capitalised word with the gold source
(`Clinton` for `Hillary Clinton`, even `Bill Clinton`), so it cannot tell whether the job resolves
surnames, pronouns and descriptions to the person's full name. Here each gold quotation carries a hand
label: the fullest name the article gives for its speaker (kind `named`), or `unnamed` when the
article never names one.

Method: LABELS_TSV has a header and rows `articleId start end kind name`, code-point offsets into
POLNEAR_DIR/gold/ID.txt of exactly the segments score_quotes' gold_quotes yields (canonical_segments.py
lists them). JOB_OUTPUT is an articles-*.jsonl file or folder. Predicted quotes are matched to the
labelled segments of their article as score_quotes matches them, with its own code: its read_articles
and Aligner (body offsets mapped onto the gold text) and its overlap; a pair counts when the spans
overlap by at least half their union, one-to-one, best first. For each `named` label the matched quote's
speaker.name must equal the label after normalising both (Unicode NFKC, casefold, curly quotes and
apostrophes made straight, periods and commas dropped, whitespace collapsed). An unmatched named
segment counts as wrong; unnamed segments take part in matching but are not scored.
Prints only the summary line unless --details N, which first lists up to N mismatches.
"""
import argparse, os, re, sys, unicodedata

import polnear_gold

QUOTES = str.maketrans({'\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
                        '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"'})


def norm(name):
    s = unicodedata.normalize('NFKC', name or '').casefold().translate(QUOTES)
    return ' '.join(re.sub(r'[.,]', '', s).split())


def read_labels(path):
    """articleId -> [(start, end, kind, name)] in offset order."""
    labels = {}
    with open(path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        if header[:4] != ['articleId', 'start', 'end', 'kind']:
            sys.exit(f'{path}: unexpected header {header}')
        for n, line in enumerate(f, 2):
            if not line.strip():
                continue
            parts = line.rstrip('\n').split('\t') + ['']
            aid, start, end, kind, name = parts[:5]
            if kind not in ('named', 'unnamed') or (kind == 'named') != bool(name.strip()):
                sys.exit(f'{path}:{n}: kind {kind!r} does not fit name {name!r}')
            labels.setdefault(aid, []).append((int(start), int(end), kind, name.strip()))
    return {a: sorted(v) for a, v in labels.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('eval_dir'); ap.add_argument('polnear_dir'); ap.add_argument('labels'); ap.add_argument('articles')
    ap.add_argument('--details', type=int, default=0, help='print up to N mismatches (label, predicted)')
    o = ap.parse_args()
    sq = polnear_gold.score_quotes(o.eval_dir)
    records = sq.read_articles(o.articles)
    named = right = matched = unnamed = 0
    wrong = []
    for aid, segs in sorted(read_labels(o.labels).items()):
        text = open(os.path.join(o.polnear_dir, 'gold', aid + '.txt'), encoding='utf-8').read()
        rec = records.get(aid) or {}
        align = sq.Aligner(rec.get('body', ''), text)
        sys_q = [((align(q['start']), align(q['end'])), (q.get('speaker') or {}).get('name') or '')
                 for q in rec.get('quotes', [])]
        best = polnear_gold.match([g[:2] for g in segs], [s[0] for s in sys_q], sq.overlap)
        for gi, (start, end, kind, label) in enumerate(segs):
            if kind == 'unnamed':
                unnamed += 1
                continue
            named += 1
            pred = sys_q[best[gi]][1] if gi in best else None
            matched += pred is not None
            if pred is not None and norm(pred) == norm(label):
                right += 1
            else:
                wrong.append((aid, start, text[start:end][:50].replace('\n', ' '), label,
                              '(no matching quote)' if pred is None else pred or '(no name)'))
    if o.details:
        print(f'--- mismatches: {len(wrong)}')
        for aid, start, quote, label, pred in wrong[:o.details]:
            print(f'   {aid} @{start} "{quote}" | label {label} | predicted {pred}')
    acc = 100 * right / named if named else 0.0
    print(f'canonical name accuracy {acc:.1f} ({right}/{named}) | quote matched {matched}/{named} | unnamed {unnamed}')


if __name__ == '__main__':
    main()
