#!/usr/bin/env python3
"""Build and verify the hand-made gold annotations in tests/corpus/gold/.

The annotations themselves are made by hand; this script only turns a compact
hand-written draft into the gold JSON format (computing code-point offsets,
`normalized` and `currency`) and checks every gold file.

Usage:
  python make_gold_helper.py build DRAFT.py [DRAFT.py ...]   # writes gold/<stem>.json
  python make_gold_helper.py verify                          # checks all gold files
  python make_gold_helper.py fix                             # re-anchor spans after a report edit

A draft is a Python file defining:
  FILE = "NN_slug.txt"
  REPORT = {"region_code": ..., "region_name": ..., "year": ...,
            "speaker": ..., "speaker_role": ...}
  GOALS = [(text, value, unit, comparator, qualifier, kind, indicator[, opts]), ...]
      opts (dict, optional):
        ctx    -- a context string that occurs exactly once in the report and contains
                  `text`; the goal is located at the first occurrence of `text` inside it
        occ    -- 0-based occurrence index of `text` in the report (when no ctx)
        region -- region_code of this goal (default: REPORT["region_code"])
  ACTUALS = [(text, value, unit[, opts]), ...]          # opts: ctx / occ as above
  PROJECTS = [...]; PLACES = [...]; INDUSTRIES = [...]   # names

Aliases accepted in drafts:
  comparator: ab=about ge=at_least le=at_most eq=exactly rg=range
  qualifier:  en=ensure st=strive ex=expected None
  kind:       gr=growth lv=level ct=count inc=increment red=reduction sh=share
              pp=percentage_point
Without ctx/occ the text must be unique in the report, so an ambiguous span is an error.
"""

from __future__ import annotations

import json
import re
import runpy
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "reports"
GOLD = HERE / "gold"

COMPARATORS = {"about", "at_least", "at_most", "exactly", "range"}
QUALIFIERS = {"ensure", "strive", "expected", None}
KINDS = {"growth", "level", "count", "increment", "reduction", "share", "percentage_point"}
DOC_TYPES = {"full_report", "news_summary", "excerpt"}
ALIAS = {
    "ab": "about",
    "ge": "at_least",
    "le": "at_most",
    "eq": "exactly",
    "rg": "range",
    "en": "ensure",
    "st": "strive",
    "ex": "expected",
    "gr": "growth",
    "lv": "level",
    "ct": "count",
    "inc": "increment",
    "red": "reduction",
    "sh": "share",
    "pp": "percentage_point",
}
# magnitude prefixes glued to a unit (longest first); traditional forms included
PREFIXES = [
    ("万亿", 10**12),
    ("萬億", 10**12),
    ("千万", 10**7),
    ("千萬", 10**7),
    ("百万", 10**6),
    ("百萬", 10**6),
    ("亿", 10**8),
    ("億", 10**8),
    ("万", 10**4),
    ("萬", 10**4),
]
CURRENCIES = {"元": "CNY", "美元": "USD"}

GOAL_KEYS = [
    "text",
    "start",
    "end",
    "value",
    "unit",
    "comparator",
    "qualifier",
    "kind",
    "indicator",
    "normalized",
    "currency",
    "region_code",
]
ACTUAL_KEYS = ["text", "start", "end", "value", "unit"]
TOP_KEYS = ["file", "report", "goals", "actuals", "projects", "places", "industries"]
REPORT_KEYS = ["region_code", "region_name", "year", "speaker", "speaker_role"]


def split_unit(unit: str) -> tuple[int, str]:
    """'亿元' -> (10**8, '元'); '%' -> (1, '%')."""
    for p, m in PREFIXES:
        if unit.startswith(p) and len(unit) > len(p):
            return m, unit[len(p) :]
    return 1, unit


def num(x: Decimal) -> int | float:
    return int(x) if x == x.to_integral_value() else float(x)


def normalize(value, unit: str):
    """Return (normalized, currency). Ranges have normalized None."""
    mult, base = split_unit(unit)
    currency = CURRENCIES.get(base)
    if isinstance(value, list):
        return None, currency
    return num(Decimal(str(value)) * mult), currency


def locate(report: str, text: str, opts: dict) -> int:
    if "ctx" in opts:
        ctx = opts["ctx"]
        n = report.count(ctx)
        if n != 1:
            raise ValueError(f"ctx {ctx!r} occurs {n} times")
        i = ctx.find(text)
        if i < 0:
            raise ValueError(f"text {text!r} not inside ctx {ctx!r}")
        return report.index(ctx) + i
    positions = [m.start() for m in re.finditer(re.escape(text), report)]
    if not positions:
        raise ValueError(f"text {text!r} not found")
    if "occ" in opts:
        return positions[opts["occ"]]
    if len(positions) != 1:
        raise ValueError(f"text {text!r} occurs {len(positions)} times; give ctx or occ")
    return positions[0]


def fix_value(v):
    if isinstance(v, (list, tuple)):
        return [fix_value(v[0]), fix_value(v[1])]
    return num(Decimal(str(v)))


def build(draft_path: str) -> Path:
    d = runpy.run_path(draft_path)
    fname = d["FILE"]
    report = (REPORTS / fname).read_text(encoding="utf-8")
    rep = {k: d["REPORT"].get(k) for k in REPORT_KEYS}
    goals = []
    problems = []
    for g in d["GOALS"]:
        text, value, unit, comp, qual, kind, indicator = g[:7]
        opts = g[7] if len(g) > 7 else {}
        try:
            start = locate(report, text, opts)
        except ValueError as e:
            problems.append(str(e))
            continue
        value = fix_value(value)
        normalized, currency = normalize(value, unit)
        goals.append(
            {
                "text": text,
                "start": start,
                "end": start + len(text),
                "value": value,
                "unit": unit,
                "comparator": ALIAS.get(comp, comp),
                "qualifier": ALIAS.get(qual, qual) if qual else None,
                "kind": ALIAS.get(kind, kind),
                "indicator": indicator,
                "normalized": normalized,
                "currency": currency,
                "region_code": opts.get("region", rep["region_code"]),
            }
        )
    if problems:
        raise SystemExit("cannot locate:\n  " + "\n  ".join(problems))
    goals.sort(key=lambda g: g["start"])
    actuals = []
    for a in d.get("ACTUALS", []):
        text, value, unit = a[:3]
        opts = a[3] if len(a) > 3 else {}
        start = locate(report, text, opts)
        actuals.append(
            {
                "text": text,
                "start": start,
                "end": start + len(text),
                "value": fix_value(value),
                "unit": unit,
            }
        )
    actuals.sort(key=lambda a: a["start"])
    gold = {
        "file": fname,
        "report": rep,
        "goals": goals,
        "actuals": actuals,
        "projects": [{"name": n} for n in d.get("PROJECTS", [])],
        "places": [{"name": n} for n in d.get("PLACES", [])],
        "industries": [{"name": n} for n in d.get("INDUSTRIES", [])],
    }
    out = GOLD / (Path(fname).stem + ".json")
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


def is_num(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def verify_file(path: Path) -> list[str]:
    errs: list[str] = []

    def err(msg):
        errs.append(f"{path.name}: {msg}")

    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"{path.name}: JSON error {e}"]
    if list(gold) != TOP_KEYS:
        err(f"top-level keys {list(gold)}")
    fname = gold.get("file", "")
    if Path(fname).stem != path.stem:
        err(f"file field {fname!r} does not match gold name")
    rpath = REPORTS / fname
    if not rpath.exists():
        return [*errs, f"{path.name}: report {fname} missing"]
    report = rpath.read_text(encoding="utf-8")
    if not 600 <= len(report) <= 3000:
        err(f"report length {len(report)} outside 600-3000")
    rep = gold["report"]
    if list(rep) != REPORT_KEYS:
        err(f"report keys {list(rep)}")
    if not re.fullmatch(r"\d{6}", str(rep.get("region_code"))):
        err("report region_code not 6 digits")
    meta_path = REPORTS / (Path(fname).stem + ".meta.json")
    if not meta_path.exists():
        err("meta.json missing")
    else:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        want = ["region_code", "region_name", "year", "date", "source_url", "document_type"]
        if list(meta) != want:
            err(f"meta keys {list(meta)}")
        if meta.get("document_type") not in DOC_TYPES:
            err("meta document_type")
        for k in ("region_code", "region_name", "year"):
            if meta.get(k) != rep.get(k):
                err(f"meta {k} {meta.get(k)!r} != gold {rep.get(k)!r}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("date"))):
            err("meta date format")
    spans = set()
    for i, g in enumerate(gold["goals"]):
        tag = f"goal {i} {g.get('text')!r}"
        if list(g) != GOAL_KEYS:
            err(f"{tag}: keys {list(g)}")
            continue
        if report[g["start"] : g["end"]] != g["text"]:
            err(f"{tag}: span mismatch {report[g['start'] : g['end']]!r}")
        if (g["start"], g["end"]) in spans:
            err(f"{tag}: duplicate span")
        spans.add((g["start"], g["end"]))
        v = g["value"]
        if isinstance(v, list):
            if not (len(v) == 2 and all(is_num(x) for x in v) and v[0] < v[1]):
                err(f"{tag}: bad range value {v}")
            if g["comparator"] != "range":
                err(f"{tag}: list value but comparator {g['comparator']}")
        elif not is_num(v):
            err(f"{tag}: value not numeric")
        elif g["comparator"] == "range":
            err(f"{tag}: comparator range with scalar value")
        if g["comparator"] not in COMPARATORS:
            err(f"{tag}: comparator {g['comparator']}")
        if g["qualifier"] not in QUALIFIERS:
            err(f"{tag}: qualifier {g['qualifier']}")
        if g["kind"] not in KINDS:
            err(f"{tag}: kind {g['kind']}")
        if (g["kind"] == "percentage_point") != (g["unit"] == "百分点"):
            err(f"{tag}: kind/unit percentage_point mismatch")
        if not g["unit"] or not g["indicator"]:
            err(f"{tag}: empty unit/indicator")
        if "％" in g["unit"] or "百分之" in g["unit"]:
            err(f"{tag}: unit must be '%'")
        if (g["normalized"], g["currency"]) != normalize(v, g["unit"]):
            err(
                f"{tag}: normalized/currency {g['normalized']},{g['currency']} "
                f"expected {normalize(v, g['unit'])}"
            )
        if not re.fullmatch(r"\d{6}", str(g["region_code"])):
            err(f"{tag}: region_code")
        # the digits written in the span must agree with the value (Arabic digits only)
        digits = re.findall(
            r"\d+(?:\.\d+)?",
            unicodedata.normalize("NFKC", g["text"]).replace(" ", "").replace("\n", ""),
        )
        if digits:
            vals = v if isinstance(v, list) else [v]
            if [float(x) for x in digits] != [float(x) for x in vals]:
                err(f"{tag}: digits {digits} vs value {v}")
    for i, a in enumerate(gold["actuals"]):
        tag = f"actual {i} {a.get('text')!r}"
        if list(a) != ACTUAL_KEYS:
            err(f"{tag}: keys {list(a)}")
            continue
        if report[a["start"] : a["end"]] != a["text"]:
            err(f"{tag}: span mismatch")
        if (a["start"], a["end"]) in spans:
            err(f"{tag}: span also a goal")
        if not is_num(a["value"]):
            err(f"{tag}: value not numeric")
    for key in ("projects", "places", "industries"):
        names = [x.get("name") for x in gold[key]]
        if any(list(x) != ["name"] for x in gold[key]):
            err(f"{key}: entries must be {{'name': ...}}")
        if len(set(names)) != len(names) or not all(names):
            err(f"{key}: empty or duplicate names")
    return errs


def verify() -> int:
    files = sorted(GOLD.glob("*.json"))
    reports = sorted(p for p in REPORTS.glob("*.txt"))
    errs = []
    for r in reports:
        if not (GOLD / (r.stem + ".json")).exists():
            errs.append(f"{r.name}: no gold file")
    total = 0
    for f in files:
        errs += verify_file(f)
        g = json.loads(f.read_text(encoding="utf-8"))
        total += len(g["goals"])
        print(
            f"{f.name:40s} goals={len(g['goals']):3d} actuals={len(g['actuals']):2d} "
            f"projects={len(g['projects']):2d} places={len(g['places']):2d} "
            f"industries={len(g['industries']):2d}"
        )
    print(f"{len(files)} gold files, {total} goals")
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


def fix() -> int:
    """Re-anchor goal/actual spans whose text no longer matches the (edited) report:
    move each to the occurrence of its text nearest to the old start."""
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        report = (REPORTS / gold["file"]).read_text(encoding="utf-8")
        changed = False
        for item in gold["goals"] + gold["actuals"]:
            if report[item["start"] : item["end"]] == item["text"]:
                continue
            occ = [m.start() for m in re.finditer(re.escape(item["text"]), report)]
            if not occ:
                print(f"{path.name}: {item['text']!r} no longer in report")
                continue
            new = min(occ, key=lambda s: abs(s - item["start"]))
            print(f"{path.name}: {item['text']!r} {item['start']} -> {new}")
            item["start"], item["end"] = new, new + len(item["text"])
            changed = True
        if changed:
            gold["goals"].sort(key=lambda g: g["start"])
            gold["actuals"].sort(key=lambda a: a["start"])
            path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return verify()


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[1] == "build":
        for p in argv[2:]:
            print("wrote", build(p))
        return 0
    if len(argv) == 2 and argv[1] == "verify":
        return verify()
    if len(argv) == 2 and argv[1] == "fix":
        return fix()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
