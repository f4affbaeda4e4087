"""kg eval on a corpus without sidecars: texts are read as `kg extract FILE` reads them, and the
report's region and year are scored where the gold states them."""

from __future__ import annotations

import json
from pathlib import Path

from kg.evaluate import evaluate, format_table


def _corpus(tmp_path: Path, stem: str, text: str, report: dict[str, object]) -> None:
    (tmp_path / "reports").mkdir(exist_ok=True)
    (tmp_path / "gold").mkdir(exist_ok=True)
    (tmp_path / "reports" / f"{stem}.txt").write_text(text, encoding="utf-8")
    gold = {"file": f"{stem}.txt", "report": report, "goals": [], "projects": [], "places": [],
            "industries": []}
    (tmp_path / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False),
                                                    encoding="utf-8")


def test_report_region_and_year_are_scored_without_a_sidecar(tmp_path: Path) -> None:
    _corpus(tmp_path, "a", "青溪县人民政府工作报告（2031年1月8日）\n今年新建学校5所。\n",
            {"region_code": None, "year": 2031})
    _corpus(tmp_path, "b", "福建今年将新增就业5万人。\n",
            {"region_code": "350000", "year": 2030})
    total, per_file = evaluate(tmp_path)
    assert total.facts_checked == {"year": 2, "region_code": 1}
    assert total.facts_right == {"year": 1, "region_code": 1}
    assert per_file["b"].errors["report_wrong"] == [{"fact": "year", "gold": 2030, "pred": None}]
    assert "region_code right in 1/1 texts" in format_table(total, per_file)
