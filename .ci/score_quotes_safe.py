#!/usr/bin/env python3
"""Runs ../shared/eval/score_quotes.py unchanged, except that its BRAT reader skips malformed lines.

One PolNeAR gold file (wash-post_2016-06-27_byline-amber-phillips.ann) holds a text-bound annotation whose text
spans a line break, so a line of bare article text follows it; the stock parse_ann indexes parts[1] of that line
and crashes. Here such a line is dropped before parsing; every well-formed line is read exactly as before
(the fix is polnear_gold.py's, shared with the other .ci scorers).
usage: score_quotes_safe.py SHARED_EVAL_DIR GOLD_DIR ARTICLES [--details N]
"""
import sys

import polnear_gold

eval_dir = sys.argv.pop(1)
polnear_gold.score_quotes(eval_dir).main()
