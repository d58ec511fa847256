#!/usr/bin/env python3
"""Runs ../shared/eval/score_quotes.py unchanged, except that its BRAT reader skips malformed lines.

One PolNeAR gold file (wash-post_2016-06-27_byline-amber-phillips.ann) holds a text-bound annotation whose text
spans a line break, so a line of bare article text follows it; the stock parse_ann indexes parts[1] of that line
and crashes. Here such a line is dropped before parsing; every well-formed line is read exactly as before.
usage: score_quotes_safe.py SHARED_EVAL_DIR GOLD_DIR ARTICLES [--details N]
"""
import os, re, sys, tempfile

eval_dir = sys.argv.pop(1)
sys.path.insert(0, eval_dir)
import score_quotes  # noqa: E402

_stock_parse_ann = score_quotes.parse_ann
_BRAT_LINE = re.compile(r'^[TERAMN#*]\d*\t')


def parse_ann(path):
    with open(path, encoding='utf-8') as f:
        lines = f.readlines()
    good = [l for l in lines if _BRAT_LINE.match(l)]
    if len(good) == len(lines):
        return _stock_parse_ann(path)
    with tempfile.NamedTemporaryFile('w', suffix='.ann', encoding='utf-8', delete=False) as tmp:
        tmp.writelines(good)
    try:
        return _stock_parse_ann(tmp.name)
    finally:
        os.unlink(tmp.name)


score_quotes.parse_ann = parse_ann
score_quotes.main()
