#!/usr/bin/env python3
"""Compares the job's output for the seed article with its hand annotation and prints what differs.
usage: check_seed.py EXPECTED_JSON OUTPUT_DIR
Fails unless every expected quotation is found with its exact span and at least MIN_SPEAKERS speakers are right
and the 4 temporal expressions match; prints the full comparison either way."""
import glob, json, os, sys

MIN_SPEAKERS = 7
expected = json.load(open(sys.argv[1], encoding='utf-8'))
records = {}
for path in glob.glob(os.path.join(sys.argv[2], 'articles-*.jsonl')):
    for line in open(path, encoding='utf-8'):
        r = json.loads(line)
        records[r['articleId']] = r
got = records.get(expected['articleId'])
if got is None:
    print('seed: no output record for', expected['articleId'])
    sys.exit(1)
by_span = {(q['start'], q['end']): q for q in got['quotes']}
spans = speakers = 0
for e in expected['quotes']:
    q = by_span.get((e['start'], e['end']))
    if q is None:
        print(f'seed: MISSING quote {e["start"]}-{e["end"]} {e["text"][:50]!r}')
        continue
    spans += 1
    name = (q.get('speaker') or {}).get('name')
    right = name == e['speaker']['name']
    speakers += right
    print(f'seed: quote {e["start"]}-{e["end"]} kind {q["kind"]}/{e["kind"]} speaker {name!r}/{e["speaker"]["name"]!r}'
          f'{"" if right else "  <- wrong speaker"}')
timex = {(t['start'], t['end'], t['type'], t['value']) for t in got.get('timexes', [])}
timex_right = sum((t['start'], t['end'], t['type'], t['value']) in timex for t in expected['timexes'])
print(f'seed: {spans}/{len(expected["quotes"])} quote spans, {speakers} speakers right, '
      f'{len(got["quotes"])} quotes output; timexes {timex_right}/{len(expected["timexes"])}')
ok = spans == len(expected['quotes']) and speakers >= MIN_SPEAKERS
sys.exit(0 if ok else 1)
