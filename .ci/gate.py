#!/usr/bin/env python3
"""Checks figures in a scorer's summary line against minimums.
usage: gate.py LINE (REGEX MIN LABEL)...   - each REGEX's first group is the figure."""
import re, sys

line, rest = sys.argv[1], sys.argv[2:]
failed = False
for i in range(0, len(rest), 3):
    pattern, minimum, label = rest[i], float(rest[i + 1]), rest[i + 2]
    m = re.search(pattern, line)
    if not m:
        print(f'gate: no "{label}" in: {line}')
        failed = True
        continue
    value = float(m.group(1))
    ok = value >= minimum
    print(f'gate: {label} {value:.1f} (minimum {minimum:.1f}) {"ok" if ok else "BELOW"}')
    failed |= not ok
sys.exit(1 if failed else 0)
