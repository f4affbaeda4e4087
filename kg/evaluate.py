"""Score the extractor against hand-made gold files (precision, recall, F1 per field).

A predicted target matches a gold target when value and unit agree and the spans overlap
(one-to-one, in text order). Names (projects, places, industries) are compared as sets of
normalised names per report. Comparator and kind are scored as accuracy over matched targets.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import zhconv

from kg.extract import Extractor
from kg.pipeline import read_meta, read_text, sidecar_path
from kg.segment import PINYIN_GLOSS as _PINYIN_GLOSS


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


@dataclass
class Report:
    fields: dict[str, Score] = field(default_factory=dict)
    attribute_hits: dict[str, int] = field(default_factory=dict)
    matched: int = 0
    errors: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # report-level facts the gold states (region_code, year): texts checked and right
    facts_checked: dict[str, int] = field(default_factory=dict)
    facts_right: dict[str, int] = field(default_factory=dict)

    def accuracy(self, attr: str) -> float:
        return self.attribute_hits.get(attr, 0) / self.matched if self.matched else 1.0

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            name: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                   "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}
            for name, s in self.fields.items()
        }
        for attr in ("comparator", "kind", "qualifier", "region_code", "indicator"):
            out[f"{attr}_accuracy"] = round(self.accuracy(attr), 4)
        return out


def norm_text(s: str) -> str:
    s = _PINYIN_GLOSS.sub("", s)  # a mirror site's 區(qū): the extractor reads it as 区
    s = zhconv.convert(unicodedata.normalize("NFKC", s), "zh-cn")
    return re.sub(r"\s+", "", s)


def norm_unit(u: str) -> str:
    u = norm_text(u)
    return {"个百分点": "百分点", "亿": "亿元", "个亿": "亿元", "个亿元": "亿元"}.get(u, u)


def norm_name(name: str, kind: str) -> str:
    n = norm_text(name).strip("“”‘’\"'《》")
    if kind == "projects":
        n = re.sub(r"(项目|工程)$", "", n)
    if kind == "industries":
        n = re.sub(r"产业$", "", n)
    return n


def _same_value(a: Any, b: Any) -> bool:
    if isinstance(a, list) or isinstance(b, list):
        return (isinstance(a, list) and isinstance(b, list) and len(a) == len(b)
                and all(_same_value(x, y) for x, y in zip(a, b, strict=True)))
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))
    except (TypeError, ValueError):
        return False


def score_goals(pred: list[dict[str, Any]], gold: list[dict[str, Any]], report: Report) -> Score:
    s = Score()
    used: set[int] = set()
    for g in gold:
        hit = None
        for i, p in enumerate(pred):
            if i in used:
                continue
            overlap = p["start"] < g["end"] and g["start"] < p["end"]
            if overlap and _same_value(p["value"], g["value"]) and norm_unit(
                    p["unit"]) == norm_unit(g["unit"]):
                hit = i
                break
        if hit is None:
            s.fn += 1
            report.errors.setdefault("goals_missed", []).append(
                {k: g.get(k) for k in ("text", "start", "value", "unit", "indicator")})
            continue
        used.add(hit)
        s.tp += 1
        report.matched += 1
        p = pred[hit]
        for attr in ("comparator", "kind", "qualifier", "region_code", "indicator"):
            same = (norm_text(p.get(attr) or "") == norm_text(g.get(attr) or "")
                    if attr == "indicator" else p.get(attr) == g.get(attr))
            if same:
                report.attribute_hits[attr] = report.attribute_hits.get(attr, 0) + 1
            else:
                report.errors.setdefault(f"{attr}_wrong", []).append(
                    {"text": g["text"], "start": g["start"], "gold": g.get(attr),
                     "pred": p.get(attr)})
    for i, p in enumerate(pred):
        if i not in used:
            s.fp += 1
            report.errors.setdefault("goals_spurious", []).append(
                {k: p.get(k) for k in ("text", "start", "value", "unit", "indicator")})
    return s


def score_names(pred: list[dict[str, Any]], gold: list[dict[str, Any]], kind: str,
                report: Report) -> Score:
    p = {norm_name(x["name"], kind) for x in pred}
    g = {norm_name(x["name"], kind) for x in gold}
    for n in sorted(p - g):
        report.errors.setdefault(f"{kind}_spurious", []).append({"name": n})
    for n in sorted(g - p):
        report.errors.setdefault(f"{kind}_missed", []).append({"name": n})
    return Score(len(p & g), len(p - g), len(g - p))


def _score_facts(gold: dict[str, Any], pred: dict[str, Any], report: Report) -> None:
    """Region and year of the report, where the gold states them."""
    for fact in ("region_code", "year"):
        if (want := gold.get(fact)) is None:
            continue
        report.facts_checked[fact] = 1
        if str(pred.get(fact)) == str(want):
            report.facts_right[fact] = 1
        else:
            report.errors.setdefault("report_wrong", []).append(
                {"fact": fact, "gold": want, "pred": pred.get(fact)})


def evaluate(corpus: Path, extractor: Extractor | None = None) -> tuple[Report, dict[str, Report]]:
    """Score every ``reports/*.txt`` of ``corpus`` against ``gold/<stem>.json``."""
    extractor = extractor or Extractor()
    total = Report(fields={k: Score() for k in ("goals", "projects", "places", "industries")})
    per_file: dict[str, Report] = {}
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        text_path = corpus / "reports" / f"{gold_path.stem}.txt"
        text = read_text(text_path)
        if sidecar_path(text_path).exists():
            meta = read_meta(text_path)
            pred = extractor.extract(text, year=meta.year, region_name=meta.region_name,
                                     region_code=meta.region_code).to_json()
        else:  # as `kg extract FILE` does: only what the text itself says
            pred = extractor.extract(text).to_json()
        r = Report()
        _score_facts(gold.get("report") or {}, pred["report"], r)
        r.fields["goals"] = score_goals(pred["goals"], gold["goals"], r)
        for kind in ("projects", "places", "industries"):
            r.fields[kind] = score_names(pred[kind], gold.get(kind, []), kind, r)
        per_file[gold_path.stem] = r
        for k, sc in r.fields.items():
            total.fields[k].add(sc)
        total.matched += r.matched
        for attr, n in r.attribute_hits.items():
            total.attribute_hits[attr] = total.attribute_hits.get(attr, 0) + n
        for fact, n in r.facts_checked.items():
            total.facts_checked[fact] = total.facts_checked.get(fact, 0) + n
            total.facts_right[fact] = total.facts_right.get(fact, 0) + r.facts_right.get(fact, 0)
    return total, per_file


def format_table(total: Report, per_file: dict[str, Report]) -> str:
    lines = [f"{'file':32} {'goals P/R/F1':>20} {'projects F1':>12} {'places F1':>10} "
             f"{'industries F1':>14}"]
    for name, r in [*per_file.items(), ("TOTAL", total)]:
        g = r.fields["goals"]
        lines.append(
            f"{name[:32]:32} {g.precision:6.3f}/{g.recall:5.3f}/{g.f1:5.3f} "
            f"{r.fields['projects'].f1:12.3f} {r.fields['places'].f1:10.3f} "
            f"{r.fields['industries'].f1:14.3f}"
        )
    lines.append(
        f"comparator accuracy {total.accuracy('comparator'):.3f} · kind accuracy "
        f"{total.accuracy('kind'):.3f} · qualifier accuracy {total.accuracy('qualifier'):.3f} "
        f"· region accuracy {total.accuracy('region_code'):.3f} "
        f"(over {total.matched} matched targets)\n"
        f"indicator: the gold wording exactly for {total.accuracy('indicator'):.3f} of them"
    )
    if total.facts_checked:
        lines.append("report: " + " · ".join(
            f"{fact} right in {total.facts_right.get(fact, 0)}/{n} texts"
            for fact, n in total.facts_checked.items()))
    return "\n".join(lines)
