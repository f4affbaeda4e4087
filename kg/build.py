"""Mentions → an rdflib Graph in ontology terms (one graph per source document)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS as _DCTERMS
from rdflib.namespace import PROV as _PROV
from rdflib.namespace import RDF as _RDF
from rdflib.namespace import RDFS as _RDFS
from rdflib.namespace import SKOS as _SKOS
from rdflib.namespace import XSD as _XSD

from kg import lexicon as lx
from kg.mentions import Extraction, GoalMention, NameMention
from kg.ns import OA as _OA
from kg.ns import SCHEMA as _SCHEMA
from kg.ns import TermCache, Vocab, slug
from kg.report_graph import report_graph

DCTERMS, PROV, RDF, RDFS = TermCache(_DCTERMS), TermCache(_PROV), TermCache(_RDF), TermCache(_RDFS)
SKOS, XSD, OA, SCHEMA = TermCache(_SKOS), TermCache(_XSD), TermCache(_OA), TermCache(_SCHEMA)

COMPARATORS = ("about", "at_least", "at_most", "exactly", "range")
KINDS = ("growth", "level", "count", "increment", "reduction", "share", "percentage_point")
COMMITMENTS = ("ensure", "strive", "expected")
REGION_LEVELS = ("province", "prefecture", "county", "township")


@dataclass(frozen=True)
class ReportMeta:
    """What the sidecar (or the command line) says about a source text."""

    key: str  # stable document key, usually the file stem
    region_code: str
    year: int
    region_name: str | None = None
    date: str | None = None
    source_url: str | None = None
    document_type: str = "full_report"
    publisher: str | None = None
    license: str | None = None
    title: str | None = None

    @classmethod
    def from_json(cls, key: str, data: dict[str, Any]) -> ReportMeta:
        fields = set(cls.__dataclass_fields__)
        extra = {k: v for k, v in data.items() if k in fields and k != "key"}
        return cls(key=key, **extra)


def _dec(x: float | int) -> Literal:
    return Literal(str(x), datatype=XSD.decimal)


class GraphBuilder:
    """Turns one extraction into triples; IRIs depend only on content, so re-ingest is stable."""

    def __init__(self, vocab: Vocab) -> None:
        self.v = vocab
        self.gr = TermCache(vocab.GR)

    def build(self, meta: ReportMeta, text: str, ex: Extraction) -> Graph:
        g = report_graph()
        g.bind("gr", self.gr.namespace)
        g.bind("schema", _SCHEMA)
        g.bind("prov", _PROV)
        g.bind("skos", _SKOS)
        g.bind("oa", _OA)
        g.bind("dcterms", _DCTERMS)
        gr, v = self.gr, self.v

        region = v.iri("region", meta.region_code)
        g.add((region, RDF.type, gr.Region))
        g.add((region, gr.divisionCode, Literal(meta.region_code)))
        if meta.region_name:
            g.add((region, RDFS.label, Literal(meta.region_name, lang="zh")))

        doc = v.iri("document", meta.key)
        g.add((doc, RDF.type, gr.SourceDocument))
        g.add((doc, gr.contentHash, Literal(hashlib.sha256(text.encode()).hexdigest())))
        g.add((doc, gr.documentType, Literal(meta.document_type)))
        g.add((doc, SCHEMA.text, Literal(text)))
        g.add((doc, RDFS.label, Literal(f"{meta.key}", lang="en")))
        if meta.source_url:
            g.add((doc, DCTERMS.source, URIRef(meta.source_url)))
        if meta.publisher:
            g.add((doc, DCTERMS.publisher, Literal(meta.publisher, lang="zh")))
        if meta.license:
            g.add((doc, DCTERMS.license, URIRef(meta.license)))

        report = v.iri("report", meta.region_code, meta.year)
        name = meta.region_name or meta.region_code
        g.add((report, RDF.type, gr.Report))
        g.add((report, RDFS.label, Literal(f"{name}{meta.year}年政府工作报告", lang="zh")))
        g.add((report, RDFS.label, Literal(f"{meta.year} government work report of {name}",
                                           lang="en")))
        g.add((report, gr.region, region))
        g.add((report, gr.planYear, Literal(meta.year, datatype=XSD.integer)))
        g.add((report, gr.sourceDocument, doc))
        g.add((report, PROV.wasDerivedFrom, doc))
        if meta.date:
            g.add((report, DCTERMS.date, Literal(meta.date, datatype=XSD.date)))
        if ex.report.speaker:
            g.add((report, gr.speakerName, Literal(ex.report.speaker, lang="zh")))
        if ex.report.speaker_role:
            g.add((report, gr.speakerRole, Literal(ex.report.speaker_role, lang="zh")))

        sections = {}
        for s in ex.sections:
            sec = v.iri("report", meta.region_code, meta.year, "section", s.index + 1)
            sections[s.index] = sec
            g.add((sec, RDF.type, gr.Section))
            g.add((sec, RDFS.label, Literal(s.title, lang="zh")))
            g.add((sec, DCTERMS.isPartOf, report))
            g.add((sec, gr.order, Literal(s.index + 1, datatype=XSD.integer)))

        def mention(start: int, end: int, quote: str) -> URIRef:
            m = v.iri("mention", meta.key, f"{start}-{end}")
            if (m, RDF.type, gr.Mention) in g:
                return m
            target = URIRef(f"{m}#target")
            pos, exact = URIRef(f"{m}#position"), URIRef(f"{m}#quote")
            g.add((m, RDF.type, gr.Mention))
            g.add((m, OA.hasTarget, target))
            g.add((target, OA.hasSource, doc))
            g.add((target, OA.hasSelector, pos))
            g.add((target, OA.hasSelector, exact))
            g.add((pos, RDF.type, OA.TextPositionSelector))
            g.add((pos, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
            g.add((pos, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))
            g.add((exact, RDF.type, OA.TextQuoteSelector))
            g.add((exact, OA.exact, Literal(quote)))
            return m

        used: dict[URIRef, int] = {}

        def unique(iri: URIRef) -> URIRef:
            n = used.get(iri, 0) + 1
            used[iri] = n
            return iri if n == 1 else URIRef(f"{iri}-{n}")

        for goal in ex.goals:
            self._goal(g, goal, report, region, meta, sections, mention, unique, gr.Target)
        for actual in ex.actuals:
            self._goal(g, actual, report, region, meta, sections, mention, unique, gr.Actual)

        for p in _unique_names(ex.projects):
            proj = self._named(g, "project", gr.Project, p, meta, report)
            g.add((proj, gr.region, region))
            g.add((proj, gr.year, Literal(meta.year, datatype=XSD.integer)))
            if stage := p.extra.get("stage"):
                g.add((proj, gr.stage, gr[f"stage/{stage}"]))
            self._mentions(g, proj, p, mention, sections)

        for p in _unique_names(ex.places):
            area = self._named(g, "area", gr.Area, p, meta, report)
            g.add((area, SCHEMA.containedInPlace, region))
            if t := p.extra.get("type"):
                g.add((area, gr.areaType, Literal(t, lang="zh")))
            self._mentions(g, area, p, mention, sections)

        for p in _unique_names(ex.industries, key=lambda n: n.extra.get("concept") or n.name):
            concept_name = p.extra.get("concept") or p.name
            ind = v.iri("industry", concept_name)
            g.add((ind, RDF.type, gr.Industry))
            g.add((ind, SKOS.prefLabel, Literal(concept_name, lang="zh")))
            g.add((ind, RDFS.label, Literal(concept_name, lang="zh")))
            g.add((ind, SKOS.inScheme, v.iri("scheme", "industries")))
            if code := p.extra.get("gbt4754"):
                entry = lx.industry_index()[concept_name]
                g.add((ind, gr.gbt4754Code, Literal(code)))
                g.add((ind, _MATCH.get(entry.match, SKOS.closeMatch), v.iri("gbt4754", code)))
            g.add((report, gr.promotesIndustry, ind))
            self._mentions(g, ind, p, mention, {})  # a shared concept: no per-report section
        return g

    def _named(self, g: Graph, kind: str, cls: URIRef, n: NameMention, meta: ReportMeta,
               report: URIRef) -> URIRef:
        """A named project or place of the report's region: IRI, type, name, report."""
        node = self.v.iri(kind, meta.region_code, n.name)
        g.add((node, RDF.type, cls))
        g.add((node, SCHEMA.name, Literal(n.name, lang="zh")))
        g.add((node, RDFS.label, Literal(n.name, lang="zh")))
        g.add((node, self.gr.mentionedIn, report))
        return node

    def _mentions(self, g: Graph, node: URIRef, n: NameMention, mention: Any,
                  sections: dict[int, URIRef]) -> None:
        for m in n.extra.get("_all", [n]):
            g.add((node, PROV.wasDerivedFrom, mention(m.start, m.end, m.text)))
            if m.section is not None and m.section in sections:
                g.add((node, self.gr.section, sections[m.section]))

    def _goal(self, g: Graph, goal: GoalMention, report: URIRef, region: URIRef,
              meta: ReportMeta, sections: dict[int, URIRef], mention: Any, unique: Any,
              cls: URIRef) -> None:
        gr, v = self.gr, self.v
        kind_word = "target" if cls == gr.Target else "actual"
        label = f"{goal.indicator or '指标'} {goal.text}"
        node = unique(v.iri(kind_word, meta.region_code, meta.year,
                            f"{goal.indicator or 'x'}-{goal.text}"))
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label.strip(), lang="zh")))
        g.add((node, gr.setBy if cls == gr.Target else gr.reportedIn, report))
        g.add((node, gr.region, URIRef(v.iri("region", goal.region_code)) if goal.region_code
               else region))
        if goal.indicator:
            concept = lx.canonical_indicator(goal.indicator)
            ind = v.iri("indicator", concept)
            g.add((ind, RDF.type, gr.Indicator))
            g.add((ind, SKOS.prefLabel, Literal(concept, lang="zh")))
            g.add((ind, RDFS.label, Literal(concept, lang="zh")))
            if concept != goal.indicator:
                g.add((ind, SKOS.altLabel, Literal(goal.indicator, lang="zh")))
            g.add((ind, SKOS.inScheme, v.iri("scheme", "indicators")))
            g.add((node, gr.indicator, ind))
        q = URIRef(f"{node}#quantity")
        g.add((node, gr.quantity, q))
        g.add((q, RDF.type, SCHEMA.MonetaryAmount if goal.currency else SCHEMA.QuantitativeValue))
        value = goal.value
        if isinstance(value, list):
            g.add((q, SCHEMA.minValue, _dec(value[0])))
            g.add((q, SCHEMA.maxValue, _dec(value[1])))
        elif goal.comparator == "at_least":
            g.add((q, SCHEMA.minValue, _dec(value)))
        elif goal.comparator == "at_most":
            g.add((q, SCHEMA.maxValue, _dec(value)))
        else:
            g.add((q, SCHEMA.value, _dec(value)))
        g.add((q, SCHEMA.unitText, Literal(goal.unit)))
        g.add((q, gr.surfaceText, Literal(goal.text)))
        if goal.normalized is not None:
            g.add((q, gr.normalizedValue, _dec(goal.normalized)))
        if goal.currency:
            g.add((q, SCHEMA.currency, Literal(goal.currency)))
        g.add((node, gr.comparator, gr[f"comparator/{goal.comparator}"]))
        g.add((node, gr.kind, gr[f"kind/{goal.kind}"]))
        if goal.qualifier:
            g.add((node, gr.commitment, gr[f"commitment/{goal.qualifier}"]))
        if goal.period:
            g.add((node, gr.periodStart, Literal(goal.period[0], datatype=XSD.integer)))
            g.add((node, gr.periodEnd, Literal(goal.period[1], datatype=XSD.integer)))
        if goal.section is not None and goal.section in sections:
            g.add((node, gr.section, sections[goal.section]))
        g.add((node, PROV.wasDerivedFrom, mention(goal.start, goal.end, goal.text)))


_MATCH = {"exact": SKOS.exactMatch, "close": SKOS.closeMatch, "broad": SKOS.broadMatch}


def _unique_names(mentions: list[NameMention], key: Any = None) -> list[NameMention]:
    """One entry per name (first mention), remembering every mention in extra['_all']."""
    key = key or (lambda n: n.name)
    firsts: dict[str, NameMention] = {}
    for m in mentions:
        k = slug(key(m))
        if k not in firsts:
            first = NameMention(m.name, m.start, m.end, m.text, m.section, dict(m.extra))
            first.extra["_all"] = []
            firsts[k] = first
        firsts[k].extra["_all"].append(m)
    return list(firsts.values())

