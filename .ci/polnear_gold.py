"""../shared/eval/score_quotes.py as the .ci scripts use it: unchanged, except that its BRAT reader skips malformed lines.

The malformed line: one PolNeAR gold file (wash-post_2016-06-27_byline-amber-phillips.ann) holds a text-bound
annotation whose text spans a line break, so a line of bare article text follows it. The stock parse_ann splits
every line on tabs and indexes parts[1], so on that line it crashes (IndexError), and with it any score over
PolNeAR train. The fix drops every line that is not a BRAT record (an id such as T12, E3, A1, #1 or *,
then a tab) before parsing; a file whose lines are all well-formed is read by the stock parse_ann exactly as
before, and a well-formed line is never read differently.

    score_quotes(eval_dir) -> the score_quotes module imported from eval_dir, its parse_ann fixed

Its gold_quotes, main and the rest are the module's own, so they use the fixed reader. The fix is installed
once per process, however many times score_quotes() is called.

The .ci scripts' other shared pieces of PolNeAR are here too, so that each is written once:

    held_apart(article_id)           -> whether the article is in the fixed held-apart part of train
    publishers(polnear_dir)          -> article id -> publisher, from metadata.tsv
    development_records(jsonl)       -> article id -> record of a dump, held-apart articles skipped
    match(gold_spans, spans, overlap) -> gold index -> system index, paired as score_quotes pairs them
"""
import csv, hashlib, json, os, re, sys, tempfile

_BRAT_LINE = re.compile(r'^[TERAMN#*]\d*\t')


def _fixed(stock_parse_ann):
    def parse_ann(path):
        with open(path, encoding='utf-8') as f:
            lines = f.readlines()
        good = [l for l in lines if _BRAT_LINE.match(l)]
        if len(good) == len(lines):
            return stock_parse_ann(path)
        with tempfile.NamedTemporaryFile('w', suffix='.ann', encoding='utf-8', delete=False) as tmp:
            tmp.writelines(good)
        try:
            return stock_parse_ann(tmp.name)
        finally:
            os.unlink(tmp.name)
    parse_ann.stock = stock_parse_ann
    return parse_ann


def score_quotes(eval_dir):
    """The score_quotes module of eval_dir (the shared eval folder), with the fixed parse_ann installed."""
    eval_dir = os.path.abspath(eval_dir)
    if eval_dir not in sys.path:
        sys.path.insert(0, eval_dir)
    import score_quotes as sq
    where = os.path.dirname(os.path.abspath(sq.__file__))
    if os.path.realpath(where) != os.path.realpath(eval_dir):
        sys.exit(f'polnear_gold: score_quotes already imported from {where}, not {eval_dir}')
    if not hasattr(sq.parse_ann, 'stock'):
        sq.parse_ann = _fixed(sq.parse_ann)
    return sq


def held_apart(article_id):
    """Whether a PolNeAR train article is in the fixed held-apart part: a fifth of train, by a hash of its id."""
    return int(hashlib.sha256(article_id.encode()).hexdigest()[:8], 16) % 5 == 0


def publishers(polnear_dir):
    """Article id (metadata.tsv's filename column) -> its publisher."""
    with open(os.path.join(polnear_dir, 'metadata.tsv'), encoding='utf-8', newline='') as f:
        return {r['filename']: r['publisher'] for r in csv.DictReader(f, delimiter='\t')}


def development_records(jsonl):
    """articleId -> record of a JSON Lines dump, for development articles only: a held-apart article's record is
    dropped as soon as its id is read."""
    records = {}
    with open(jsonl, encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            if not held_apart(r['articleId']):
                records[r['articleId']] = r
    return records


def match(gold_spans, spans, overlap):
    """Gold index -> system index, as score_quotes pairs quotations: spans that overlap by at least half their
    union, one-to-one, best first. The dict is in pairing order (best overlap first)."""
    pairs = sorted(((overlap(g, s), gi, si) for gi, g in enumerate(gold_spans) for si, s in enumerate(spans)),
                   reverse=True)
    best, used = {}, set()
    for ov, gi, si in pairs:
        if ov < 0.5:
            break
        if gi in best or si in used:
            continue
        best[gi] = si
        used.add(si)
    return best
