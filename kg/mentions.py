"""The mention types an extraction produces, and their public JSON form."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Section:
    title: str
    start: int
    end: int
    index: int


@dataclass
class GoalMention:
    text: str
    start: int
    end: int
    value: float | int | list[float | int]
    unit: str
    comparator: str
    qualifier: str | None
    kind: str
    indicator: str
    normalized: float | int | None
    currency: str | None
    period: list[int] | None = None
    section: int | None = None
    region_code: str | None = None
    sentence: str = ""


@dataclass
class NameMention:
    name: str
    start: int
    end: int
    text: str
    section: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class ReportFacts:
    region_name: str | None = None
    region_code: str | None = None
    year: int | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    date: str | None = None
    title: str | None = None


@dataclass
class Extraction:
    report: ReportFacts
    goals: list[GoalMention]
    actuals: list[GoalMention]
    projects: list[NameMention]
    places: list[NameMention]
    industries: list[NameMention]
    sections: list[Section]

    def to_json(self) -> dict[str, Any]:
        """The public JSON contract of ``kg extract`` (see README)."""
        return {
            "report": asdict(self.report),
            "goals": [_goal_json(g) for g in self.goals],
            "actuals": [_goal_json(g) for g in self.actuals],
            "projects": _names_json(self.projects),
            "places": _names_json(self.places),
            "industries": _names_json(self.industries),
            "sections": [asdict(s) for s in self.sections],
        }


def _goal_json(g: GoalMention) -> dict[str, Any]:
    d = asdict(g)
    d.pop("sentence")
    return d


def _names_json(mentions: list[NameMention]) -> list[dict[str, Any]]:
    """One object per distinct name (first mention's span), with every mention listed."""
    by_name: dict[str, dict[str, Any]] = {}
    for n in mentions:
        entry = by_name.get(n.name)
        if entry is None:
            entry = {"name": n.name, "start": n.start, "end": n.end, "text": n.text,
                     "section": n.section, **n.extra, "mentions": []}
            by_name[n.name] = entry
        entry["mentions"].append({"start": n.start, "end": n.end, "text": n.text})
    return list(by_name.values())
