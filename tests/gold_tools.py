"""Shared annotation tooling of the hand-annotated evaluation sets (tests/corpus_holdout,
tests/corpus_blind): each set's ``build_gold.py`` holds its drafts and calls :func:`main`.

Each goal draft is G(anchor, span, value, unit, comparator, qualifier, kind, indicator[, region]).
`anchor` is a string that occurs exactly once in the report and contains `span`; the span
is taken at its first occurrence inside the anchor. Offsets are code-point offsets.
`normalized` and `currency` are derived from value/unit (only 万/亿/万亿 prefixes count, also
traditional 萬/億). Actual drafts are A(anchor, span, value, unit). Span checks ignore stray
whitespace (damaged texts keep it inside `text`, exactly as in the input).
"""
import csv
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

DIVISIONS = Path(__file__).resolve().parents[1] / "kg" / "data" / "divisions.csv"  # read as data only
SEED_WORDS = ["西山", "昆明", "名悦花园", "草海", "滇池"]

COMPARATORS = {"about", "at_least", "at_most", "range", "exactly"}
QUALIFIERS = {"ensure", "strive", "expected", None}
KINDS = {"growth", "reduction", "percentage_point", "share", "increment", "count", "level"}


def G(anchor, span, value, unit, comparator, qualifier, kind, indicator, region_code=None):
    return dict(anchor=anchor, span=span, value=value, unit=unit, comparator=comparator,
                qualifier=qualifier, kind=kind, indicator=indicator, region_code=region_code)


def A(anchor, span, value, unit):
    return dict(anchor=anchor, span=span, value=value, unit=unit)


# ---------------------------------------------------------------------------------------
# Drafts (annotated by hand following docs/annotation.md, tests/corpus_holdout/README.md


@dataclass
class Corpus:
    """One annotated set: its folder (reports/, gold/), drafts and allowed text lengths."""

    here: Path
    drafts: dict
    min_len: int
    max_len: int

    @property
    def reports(self):
        return self.here / "reports"

    @property
    def gold(self):
        return self.here / "gold"


PREFIX = [("万亿", 10 ** 12), ("萬億", 10 ** 12), ("亿", 10 ** 8), ("億", 10 ** 8), ("万", 10 ** 4), ("萬", 10 ** 4)]


def num(x):
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def normalize(value, unit):
    if isinstance(value, list):
        return None
    for p, m in PREFIX:
        if unit.startswith(p) and len(unit) > len(p):
            v = value * m
            return num(round(v, 6)) if isinstance(v, float) else v
    return num(value)


def currency(unit):
    if unit.endswith("美元"):
        return "USD"
    if unit.endswith("元"):
        return "CNY"
    return None


def locate(text, anchor, span, what):
    n = text.count(anchor)
    if n != 1:
        raise SystemExit(f"{what}: anchor {anchor!r} occurs {n} times")
    a = text.index(anchor)
    i = anchor.index(span)
    return a + i, a + i + len(span)


def build_one(c, slug, d):
    text = (c.reports / f"{slug}.txt").read_text(encoding="utf-8")
    code = d["report"]["region_code"]
    goals = []
    for g in d["goals"]:
        s, e = locate(text, g["anchor"], g["span"], slug)
        value = [num(v) for v in g["value"]] if isinstance(g["value"], list) else num(g["value"])
        goals.append(dict(text=g["span"], start=s, end=e, value=value, unit=g["unit"],
                          comparator=g["comparator"], qualifier=g["qualifier"], kind=g["kind"],
                          indicator=g["indicator"], normalized=normalize(value, g["unit"]),
                          currency=currency(g["unit"]), region_code=g["region_code"] or code))
    actuals = []
    for a in d["actuals"]:
        s, e = locate(text, a["anchor"], a["span"], slug)
        actuals.append(dict(text=a["span"], start=s, end=e, value=num(a["value"]), unit=a["unit"]))
    goals.sort(key=lambda x: x["start"])
    actuals.sort(key=lambda x: x["start"])
    return {
        "file": f"{slug}.txt",
        "report": d["report"],
        "goals": goals,
        "actuals": actuals,
        "projects": [{"name": n} for n in d["projects"]],
        "places": [{"name": n} for n in d["places"]],
        "industries": [{"name": n} for n in d["industries"]],
    }


def build(c):
    c.gold.mkdir(exist_ok=True)
    for slug, d in c.drafts.items():
        out = build_one(c, slug, d)
        (c.gold / f"{slug}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n",
                                          encoding="utf-8")
        print(f"{slug}: {len(out['goals'])} goals, {len(out['actuals'])} actuals, "
              f"{len(out['projects'])} projects, {len(out['places'])} places, "
              f"{len(out['industries'])} industries")


CN_NUM = "零〇一二两兩三四五六七八九十百千万萬亿億"
NUM_RE = re.compile(r"[0-9０-９][0-9０-９.．]*|[" + CN_NUM + r"]+")
WS = re.compile(r"\s+")
SINGULAR = {"projects": "project", "places": "place", "industries": "industry"}


def squeeze(s):
    """The span without stray spaces and line breaks (damaged text)."""
    return WS.sub("", s)


def expected_comparator(span):
    span = squeeze(span)
    if re.search(r"[—–\-至]", span):
        return "range"
    if "左右" in span or span.startswith(("约", "約", "大约", "大約", "近")):
        return "about"
    if re.search(r"以上|超过|超過|^超|突破|不少于|不少於|不低于|不低於|至少|^逾", span):
        return "at_least"
    if re.search(r"以内|以內|以下|低于|低於|不超过|不超過|控制在", span):
        return "at_most"
    return "exactly"


def verify(c):
    divisions = {r["code"]: r for r in csv.DictReader(open(DIVISIONS, encoding="utf-8"))}
    problems = []
    slugs = sorted(p.stem for p in c.gold.glob("*.json"))
    assert slugs == sorted(c.drafts), (slugs, sorted(c.drafts))
    total = dict(goals=0, actuals=0, projects=0, places=0, industries=0)
    for slug in slugs:
        text = (c.reports / f"{slug}.txt").read_text(encoding="utf-8")
        meta = json.loads((c.reports / f"{slug}.meta.json").read_text(encoding="utf-8"))
        gold = json.loads((c.gold / f"{slug}.json").read_text(encoding="utf-8"))
        P = lambda m: problems.append(f"{slug}: {m}")
        if gold != build_one(c, slug, c.drafts[slug]):
            P("gold file differs from draft (run build)")
        if not c.min_len <= len(text) <= c.max_len:
            P(f"length {len(text)} outside {c.min_len}-{c.max_len}")
        for w in SEED_WORDS:
            if w in text or w in json.dumps(gold, ensure_ascii=False):
                P(f"seed word {w}")
        if set(meta) != {"region_code", "region_name", "year", "date", "source_url", "document_type"}:
            P(f"meta keys {sorted(meta)}")
        if meta["document_type"] not in ("full_report", "news_summary", "excerpt"):
            P("document_type")
        if meta["source_url"] is not None:
            P("source_url should be null")
        rep = gold["report"]
        if set(rep) != {"region_code", "region_name", "year", "speaker", "speaker_role"}:
            P(f"report keys {sorted(rep)}")
        for k in ("region_code", "region_name", "year"):
            if meta[k] != rep[k]:
                P(f"meta/gold mismatch on {k}")
        div = divisions.get(rep["region_code"])
        if not div or div["name"] != rep["region_name"]:
            P(f"region {rep['region_code']} {rep['region_name']} not in divisions.csv")
        if gold["file"] != f"{slug}.txt":
            P("file field")
        spans = []
        for g in gold["goals"]:
            if text[g["start"]:g["end"]] != g["text"]:
                P(f"goal span mismatch {g['text']}")
            if g["comparator"] not in COMPARATORS or g["qualifier"] not in QUALIFIERS or g["kind"] not in KINDS:
                P(f"bad enum {g}")
            exp = expected_comparator(g["text"])
            distributed = text[g["end"]:g["end"] + 1] in ("、", "和")  # 分别…7%、10%以上
            if exp != g["comparator"] and not distributed and not (
                    squeeze(g["text"]).startswith("控制在") and squeeze(g["text"]).endswith("左右")):
                P(f"comparator {g['comparator']} vs span {g['text']} ({exp})")
            if (g["unit"] == "百分点" or g["unit"] == "百分點") != (g["kind"] == "percentage_point"):
                P(f"百分点/kind mismatch {g['text']}")
            if (g["comparator"] == "range") != isinstance(g["value"], list):
                P(f"range/value mismatch {g['text']}")
            if g["region_code"] not in divisions:
                P(f"goal region {g['region_code']}")
            if g["unit"] != "%" and g["unit"] not in squeeze(g["text"]):
                P(f"unit {g['unit']} not in span {g['text']}")
            digits = re.findall(r"\d+(?:\.\d+)?", squeeze(g["text"]).replace("PM2.5", ""))
            if digits and not isinstance(g["value"], list) and float(digits[0]) != g["value"]:
                P(f"value {g['value']} vs span {g['text']}")
            if g["text"] != g["text"].strip():
                P(f"span has outer whitespace {g['text']!r}")
            spans.append((g["start"], g["end"], g["text"]))
        for a in gold["actuals"]:
            if text[a["start"]:a["end"]] != a["text"]:
                P(f"actual span mismatch {a['text']}")
            digits = re.findall(r"\d+(?:\.\d+)?", squeeze(a["text"]))
            if digits and float(digits[0]) != a["value"]:
                P(f"actual value {a['value']} vs span {a['text']}")
            if a["unit"] != "%" and a["unit"] not in squeeze(a["text"]):
                P(f"actual unit {a['unit']} not in span {a['text']}")
            spans.append((a["start"], a["end"], a["text"]))
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                P(f"overlap {t1} / {t2}")
        flat = squeeze(text)
        for kind in ("projects", "places", "industries"):
            names = [x["name"] for x in gold[kind]]
            if len(set(names)) != len(names):
                P(f"duplicate {kind}")
            for n in names:
                if n not in text:
                    where = "only with whitespace removed" if n in flat else "expanded"
                    # expanded elided list members need not occur verbatim
                    print(f"  note {slug}: {SINGULAR[kind]} {n!r} not verbatim in text ({where})")
            total[kind] += len(names)
        total["goals"] += len(gold["goals"])
        total["actuals"] += len(gold["actuals"])
    print("totals:", total)
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    print(f"OK: {len(slugs)} files verified")


def numbers(c):
    """Print every numeral run that is not inside a goal or actual span, for review."""
    for slug in sorted(c.drafts):
        text = (c.reports / f"{slug}.txt").read_text(encoding="utf-8")
        gold = build_one(c, slug, c.drafts[slug])
        covered = [(x["start"], x["end"]) for x in gold["goals"] + gold["actuals"]]
        print(f"== {slug}")
        for m in NUM_RE.finditer(text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            ctx = text[max(0, m.start() - 8):m.end() + 6].replace("\n", " ")
            print(f"   {m.group()!r:12} …{ctx}…")


def main(corpus, argv=None):
    argv = sys.argv if argv is None else argv
    cmd = argv[1] if len(argv) > 1 else "verify"
    {"build": build, "verify": verify, "numbers": numbers}[cmd](corpus)
