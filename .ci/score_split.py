#!/usr/bin/env python3
"""Scores the job's PolNeAR train output separately on a development part and a fixed held-apart part.

The quotation rules were tuned by reading score_quotes --details misses on PolNeAR train, so the whole-train
figures overstate how well they generalise. A fixed part of train is therefore held apart: an article
(id = input file name without .txt) is HELD-APART iff int(sha256(id).hexdigest()[:8], 16) % 5 == 0
(163 of 840 articles); the other 677 are the DEVELOPMENT part. Tune rules on the development part only;
nobody reads the held-apart part with --details (this script has no such option and never prints
per-quote details), and CI gates on the held-apart figures, which is this script's LAST line.

Each part, and each publisher within it (column `publisher` of metadata.tsv), is scored by
score_quotes.py's own main(), with polnear_gold.py's fix for the malformed BRAT line, over a
temporary GOLD_DIR of symlinks that holds just that part's gold files: score_quotes enumerates articles
from GOLD_DIR/gold/*.ann, so predictions are restricted to the same articles and an article without
output still counts (its gold quotes are misses).
usage: score_split.py SHARED_EVAL_DIR POLNEAR_DIR JOB_OUTPUT_DIR
"""
import contextlib, io, os, re, sys, tempfile

import polnear_gold

if len(sys.argv) != 4:
    sys.exit(__doc__.rsplit('\n', 2)[-2])
eval_dir, polnear_dir, job_output = sys.argv[1:]
score_quotes = polnear_gold.score_quotes(eval_dir)
_records = score_quotes.read_articles(job_output)  # read the job output once, not once per scoring
score_quotes.read_articles = lambda _path: _records

SUMMARY = re.compile(r'speaker accuracy [0-9.]+ \((\d+)/(\d+)\)')


def score(ids):
    """(score_quotes' 'articles without output' count, its summary line) over just these articles."""
    gold = os.path.join(os.path.abspath(polnear_dir), 'gold')
    with tempfile.TemporaryDirectory() as tmp:
        os.mkdir(os.path.join(tmp, 'gold'))
        for i in ids:
            for ext in ('.ann', '.txt'):
                src = os.path.join(gold, i + ext)
                if not os.path.exists(src):
                    sys.exit(f'score_split: no gold file {src}')
                os.symlink(src, os.path.join(tmp, 'gold', i + ext))
        out, argv = io.StringIO(), sys.argv
        sys.argv = ['score_quotes.py', tmp, job_output]  # no --details, ever
        try:
            with contextlib.redirect_stdout(out):
                score_quotes.main()
        finally:
            sys.argv = argv
    lines = out.getvalue().strip().splitlines()
    return int(lines[0].rsplit(':', 1)[1]), lines[-1]


publisher = polnear_gold.publishers(polnear_dir)
ids = sorted(f[:-4] for f in os.listdir(os.path.join(polnear_dir, 'input')) if f.endswith('.txt'))
unknown = [i for i in ids if i not in publisher]
if unknown:
    sys.exit(f'score_split: {len(unknown)} articles without a publisher in metadata.tsv, e.g. {unknown[0]}')

parts = {'development': [i for i in ids if not polnear_gold.held_apart(i)],
         'held-apart': [i for i in ids if polnear_gold.held_apart(i)]}
summary = {}
for part, part_ids in parts.items():
    for pub in sorted({publisher[i] for i in part_ids}):
        pub_ids = [i for i in part_ids if publisher[i] == pub]
        missing, line = score(pub_ids)
        print(f'{part} {pub} ({len(pub_ids)} articles, {missing} without output): {line}')
    summary[part] = score(part_ids)[1]


def accuracy(line):
    right, total = map(int, SUMMARY.search(line).groups())
    return 100 * right / total if total else 0.0


print(f'development: {summary["development"]}')
gap = accuracy(summary['development']) - accuracy(summary['held-apart'])
print(f'gap (development - held-apart) speaker accuracy: {gap:.1f} points')
print(f'held-apart: {summary["held-apart"]}')
