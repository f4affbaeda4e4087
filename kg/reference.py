"""Reference data as RDF: administrative divisions, GB/T 4754-2017 and UN SDG alignments.

* :func:`divisions_graph` — the 3,216 divisions of ``kg/data/divisions.csv`` as ``gr:Region``
  entities with their parent chain, Wikidata's spaced P442 code and the Wikidata / GeoNames
  identifiers of ``kg/data/wikidata_regions.csv`` (verified ones only).
* :func:`gbt4754_graph` — a SKOS concept scheme of the GB/T 4754-2017 codes the industry
  scheme (``kg/data/industries.csv``) points at.
* :func:`wikidata_links_graph` — links built from a query-results CSV of query.wikidata.org
  (``kg link wikidata``).
* :func:`align_sdg` — curated ``skos:relatedMatch`` links from indicators of a report graph to
  UN SDG targets (``kg/data/sdg_indicators.csv``), each one annotated as curated.

The table itself (:class:`DivisionTable`) is also what :mod:`kg.resolve` searches.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import zhconv
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from kg.ns import GR, SCHEMA, WD, WDT, Vocab

# Named graphs (``<base>graph/<name>``) holding reference data and link sets.
DIVISIONS_GRAPH = "reference-divisions"
GBT4754_GRAPH = "reference-gbt4754"
WIKIDATA_LINKS_GRAPH = "links-wikidata"

GEONAMES = "https://sws.geonames.org/"
SDG = "http://metadata.un.org/sdg/"
LEVELS = ("province", "prefecture", "county")


@lru_cache(maxsize=1 << 16)  # (lead_divisions asks for the same short strings again and again)
def normalize_name(text: str) -> str:
    """NFKC, traditional → simplified, no whitespace: the form names are compared in."""
    s = zhconv.convert(unicodedata.normalize("NFKC", text), "zh-cn")
    return re.sub(r"\s+", "", s)


# -- the division table -------------------------------------------------------------------

@dataclass(frozen=True)
class Division:
    """One row of ``divisions.csv``."""

    code: str
    stats_code: str
    name: str
    short_name: str
    level: str
    parent_code: str | None


def _ethnic_alias(d: Division) -> set[str]:
    """管城区 for 管城回族区, 天祝县 for 天祝藏族自治县: the short name with the level, as texts
    commonly write an autonomous county, district or prefecture (not a province)."""
    if "族" not in d.name or d.code.endswith("0000") or len(d.short_name) < 2:
        return set()
    return {normalize_name(d.short_name + d.name[-1])}


class DivisionTable:
    """The divisions with parent/child navigation and a name index (full and short names)."""

    def __init__(self, rows: Iterable[Division]) -> None:
        self.by_code: dict[str, Division] = {}
        self._children: dict[str, list[str]] = {}
        self._names: dict[str, list[Division]] = {}
        for d in rows:
            self.by_code[d.code] = d
            if d.parent_code:
                self._children.setdefault(d.parent_code, []).append(d.code)
            for n in {normalize_name(d.name), normalize_name(d.short_name), *_ethnic_alias(d)}:
                self._names.setdefault(n, []).append(d)
        self.max_name_length = max((len(n) for n in self._names), default=0)

    def __len__(self) -> int:
        return len(self.by_code)

    def __iter__(self) -> Iterator[Division]:
        return iter(self.by_code.values())

    def get(self, code: str) -> Division | None:
        return self.by_code.get(code)

    def ancestors(self, code: str) -> list[Division]:
        """Parent, grandparent, … (nearest first); empty for a province or an unknown code."""
        out: list[Division] = []
        d = self.by_code.get(code)
        while d is not None and d.parent_code:
            d = self.by_code.get(d.parent_code)
            if d is not None:
                out.append(d)
        return out

    def is_within(self, code: str, scope: str) -> bool:
        """True if ``code`` is ``scope`` or one of its descendants."""
        return code == scope or any(a.code == scope for a in self.ancestors(code))

    def descendants(self, code: str) -> Iterator[Division]:
        """Every division below ``code`` (depth first), not ``code`` itself."""
        for child in self._children.get(code, []):
            yield self.by_code[child]
            yield from self.descendants(child)

    def named(self, name: str) -> list[Division]:
        """Divisions whose full or short name equals ``name`` (after :func:`normalize_name`)."""
        return self.named_normalized(normalize_name(name))

    def named_normalized(self, name: str) -> list[Division]:
        """:meth:`named` for a name already normalised (a prefix of a normalised text)."""
        return list(self._names.get(name, []))


@cache
def short_division_names() -> frozenset[str]:
    """Every division's short name of two characters or more (成都, 三台, 科右中旗)."""
    return frozenset(d.short_name for d in divisions() if len(d.short_name) >= 2)


def _read_csv(filename: str) -> list[dict[str, str]]:
    path = resources.files("kg") / "data" / filename
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def divisions() -> DivisionTable:
    """``kg/data/divisions.csv``, loaded once."""
    return DivisionTable(
        Division(r["code"], r["stats_code"], r["name"], r["short_name"], r["level"],
                 r["parent_code"] or None)
        for r in _read_csv("divisions.csv")
    )


@dataclass(frozen=True)
class ExternalIds:
    """Verified Wikidata QID and/or GeoNames id of one division (``wikidata_regions.csv``)."""

    code: str
    wikidata: str | None
    geonames: str | None
    source: str


@cache
def external_ids() -> tuple[ExternalIds, ...]:
    """``kg/data/wikidata_regions.csv``: only identifiers read in a cited source."""
    return tuple(
        ExternalIds(r["code"], r["wikidata"] or None, r["geonames"] or None, r["source"])
        for r in _read_csv("wikidata_regions.csv")
    )


# -- Wikidata's P442 form -----------------------------------------------------------------

_P442 = re.compile(r"^(\d{2})(?: ?(\d{2}))?(?: ?(\d{2}))?$")


def p442_code(code: str) -> str:
    """A 6-digit GB/T 2260 code in the form Wikidata stores under P442 ("China administrative
    division code"): pairs separated by spaces, trailing ``00`` pairs dropped —
    530112 → ``53 01 12``, 530100 → ``53 01``, 530000 → ``53``."""
    if not re.fullmatch(r"[1-9]\d{5}", code):
        raise ValueError(f"not a 6-digit division code: {code!r}")
    parts = [code[0:2], code[2:4], code[4:6]]
    while len(parts) > 1 and parts[-1] == "00":
        parts.pop()
    return " ".join(parts)


def code_from_p442(value: str) -> str | None:
    """The 6-digit code of a P442 value (``53 01 12`` → 530112, ``53 01`` → 530100); None for
    anything else, including township-level values (``53 01 12 001``)."""
    m = _P442.match(value.strip())
    if not m:
        return None
    return "".join(p or "00" for p in m.groups())


# -- divisions → RDF ----------------------------------------------------------------------

def _new_graph() -> Graph:
    g = Graph()
    for prefix, ns in (("gr", GR), ("schema", SCHEMA), ("skos", SKOS), ("owl", OWL),
                       ("wd", WD), ("wdt", WDT), ("dcterms", DCTERMS), ("prov", PROV)):
        g.bind(prefix, ns)
    return g


def region_iri(vocab: Vocab, code: str) -> URIRef:
    return vocab.iri("region", code)


def add_external_links(g: Graph, region: URIRef, wikidata: str | None,
                       geonames: str | None) -> None:
    """``owl:sameAs`` and ``skos:exactMatch`` to the Wikidata item and the GeoNames feature."""
    for target in (
        WD[wikidata] if wikidata else None,
        URIRef(f"{GEONAMES}{geonames}/") if geonames else None,
    ):
        if target is not None:
            g.add((region, OWL.sameAs, target))
            g.add((region, SKOS.exactMatch, target))


def divisions_graph(vocab: Vocab, table: DivisionTable | None = None,
                    ids: Iterable[ExternalIds] | None = None) -> Graph:
    """Every division as a ``gr:Region`` with names, codes, level and parent; plus the verified
    external identifiers."""
    table = table or divisions()
    g = _new_graph()
    for d in table:
        r = region_iri(vocab, d.code)
        g.add((r, RDF.type, GR.Region))
        g.add((r, RDFS.label, Literal(d.name, lang="zh")))
        g.add((r, GR.shortName, Literal(d.short_name, lang="zh")))
        g.add((r, GR.divisionCode, Literal(d.code)))
        g.add((r, GR.statsCode, Literal(d.stats_code)))
        g.add((r, GR.level, Literal(d.level)))
        g.add((r, WDT.P442, Literal(p442_code(d.code))))
        g.add((r, GR.wikidataDivisionCode, Literal(p442_code(d.code))))
        if d.parent_code:
            parent = region_iri(vocab, d.parent_code)
            g.add((r, GR.parentRegion, parent))
            g.add((r, SCHEMA.containedInPlace, parent))
    for x in external_ids() if ids is None else ids:
        if x.code in table.by_code:
            add_external_links(g, region_iri(vocab, x.code), x.wikidata, x.geonames)
    return g


# -- GB/T 4754-2017 -----------------------------------------------------------------------

# Sections (门类) A–T and the divisions (大类) that kg/data/industries.csv uses, with the titles
# of GB/T 4754-2017 《国民经济行业分类》. Divisions are keyed as the industry scheme writes
# them: section letter + 2-digit division number.
GBT4754_LABELS: dict[str, str] = {
    "A": "农、林、牧、渔业",
    "B": "采矿业",
    "C": "制造业",
    "D": "电力、热力、燃气及水生产和供应业",
    "E": "建筑业",
    "F": "批发和零售业",
    "G": "交通运输、仓储和邮政业",
    "H": "住宿和餐饮业",
    "I": "信息传输、软件和信息技术服务业",
    "J": "金融业",
    "K": "房地产业",
    "L": "租赁和商务服务业",
    "M": "科学研究和技术服务业",
    "N": "水利、环境和公共设施管理业",
    "O": "居民服务、修理和其他服务业",
    "P": "教育",
    "Q": "卫生和社会工作",
    "R": "文化、体育和娱乐业",
    "S": "公共管理、社会保障和社会组织",
    "T": "国际组织",
    "A01": "农业",
    "A02": "林业",
    "A03": "畜牧业",
    "A04": "渔业",
    "C14": "食品制造业",
    "C15": "酒、饮料和精制茶制造业",
    "C16": "烟草制品业",
    "C17": "纺织业",
    "C26": "化学原料和化学制品制造业",
    "C27": "医药制造业",
    "C31": "黑色金属冶炼和压延加工业",
    "C32": "有色金属冶炼和压延加工业",
    "C35": "专用设备制造业",
    "C36": "汽车制造业",
    "C37": "铁路、船舶、航空航天和其他运输设备制造业",
    "C39": "计算机、通信和其他电子设备制造业",
    "D44": "电力、热力生产和供应业",
    "F52": "零售业",
    "G55": "水上运输业",
    "I64": "互联网和相关服务",
    "I65": "软件和信息技术服务业",
    "K70": "房地产业",
    "L72": "商务服务业",
    "N77": "生态保护和环境治理业",
    "P83": "教育",
    "Q84": "卫生",
    "Q85": "社会工作",
    "R89": "体育",
    # classes and groups used by the narrower concepts of the industry scheme
    "A0141": "蔬菜种植",
    "A0142": "食用菌种植",
    "A0143": "花卉种植",
    "A015": "水果种植",
    "A017": "中药材种植",
    "A0311": "牛的饲养",
    "A0313": "猪的饲养",
    "A0314": "羊的饲养",
    "A032": "家禽饲养",
    "B06": "煤炭开采和洗选业",
    "C1512": "白酒制造",
    "C19": "皮革、毛皮、羽毛及其制品和制鞋业",
    "C21": "家具制造业",
    "C22": "造纸和纸制品业",
    "C274": "中成药生产",
    "C292": "塑料制品业",
    "C30": "非金属矿物制品业",
    "C301": "水泥、石灰和石膏制造",
    "C304": "玻璃制造",
    "C307": "陶瓷制品制造",
    "C339": "铸造及其他金属制品制造",
    "C34": "通用设备制造业",
    "C351": "采矿、冶金、建筑专用设备制造",
    "C358": "医疗仪器设备及器械制造",
    "C367": "汽车零部件及配件制造",
    "C371": "铁路运输设备制造",
    "C373": "船舶及相关装置制造",
    "C3841": "锂离子电池制造",
    "I6450": "互联网数据服务",
    "R87": "广播、电视、电影和录音制作业",
}
SECTIONS = tuple(k for k in GBT4754_LABELS if len(k) == 1)


def industry_codes() -> list[str]:
    """The GB/T 4754 codes used by the industry scheme (``industries.csv`` column gbt4754)."""
    return sorted({r["gbt4754"] for r in _read_csv("industries.csv") if r["gbt4754"]})


def gbt4754_scheme(vocab: Vocab) -> URIRef:
    return vocab.iri("scheme", "gbt4754")


def gbt4754_graph(vocab: Vocab, codes: Iterable[str] | None = None) -> Graph:
    """A ``skos:ConceptScheme`` with the 20 sections and the given codes (default: those the
    industry scheme uses). Concept IRIs are ``vocab.iri("gbt4754", code)``, the IRIs
    :mod:`kg.build` links industries to; ``skos:notation`` is the code as written there."""
    g = _new_graph()
    scheme = gbt4754_scheme(vocab)
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal("国民经济行业分类（GB/T 4754-2017）", lang="zh")))
    g.add((scheme, RDFS.label, Literal("国民经济行业分类（GB/T 4754-2017）", lang="zh")))
    g.add((scheme, SKOS.prefLabel, Literal("Industrial classification for national economic "
                                           "activities (GB/T 4754-2017)", lang="en")))
    g.add((scheme, DCTERMS.identifier, Literal("GB/T 4754-2017")))
    wanted = set(SECTIONS) | set(industry_codes() if codes is None else codes)
    for code in sorted(wanted):
        c = vocab.iri("gbt4754", code)
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, SKOS.inScheme, scheme))
        g.add((c, SKOS.notation, Literal(code)))
        if label := GBT4754_LABELS.get(code):
            g.add((c, SKOS.prefLabel, Literal(label, lang="zh")))
            g.add((c, RDFS.label, Literal(label, lang="zh")))
        if len(code) == 1:
            g.add((c, SKOS.topConceptOf, scheme))
            g.add((scheme, SKOS.hasTopConcept, c))
        else:
            g.add((c, SKOS.broader, vocab.iri("gbt4754", code[0])))
    return g


# -- Wikidata link sets from a query.wikidata.org CSV ---------------------------------------

WIKIDATA_QUERY = """\
SELECT ?item ?code ?label WHERE {
  ?item wdt:P442 ?code .
  FILTER(REGEX(?code, "^[0-9]{2}( [0-9]{2}){0,2}$"))
  FILTER NOT EXISTS { ?item wdt:P576 ?dissolved }
  OPTIONAL { ?item rdfs:label ?label FILTER(LANG(?label) = "zh") }
}"""
"""What to run at https://query.wikidata.org/ (then Download → CSV) for ``kg link wikidata``:
every item with a county-level-or-above P442 code, leaving out dissolved divisions (P576), with
its Chinese label for a sanity check."""

_QID = re.compile(r"^(?:https?://www\.wikidata\.org/entity/)?(Q[1-9]\d*)$")


@dataclass
class LinkReport:
    """What :func:`wikidata_links_graph` did with each row."""

    linked: dict[str, str] = field(default_factory=dict)  # code → QID
    unknown_code: list[str] = field(default_factory=list)  # P442 values not in the table
    bad_row: list[str] = field(default_factory=list)  # not a QID / not a county+ code
    ambiguous: dict[str, list[str]] = field(default_factory=dict)  # code → several QIDs
    label_mismatch: dict[str, str] = field(default_factory=dict)  # code → Wikidata label


def _label_matches(label: str, d: Division) -> bool:
    n = normalize_name(label)
    return normalize_name(d.short_name) in n or normalize_name(d.name) in n


def wikidata_links_graph(csv_text: str, vocab: Vocab,
                         table: DivisionTable | None = None) -> tuple[Graph, LinkReport]:
    """Parse a query-results CSV (columns ``item``, ``code``, optional ``label``) and link each
    division whose code has exactly one item. A row whose Chinese label names neither the full
    nor the short name of the division is left out (code reused after a boundary change)."""
    table = table or divisions()
    reader = csv.DictReader(io.StringIO(csv_text.lstrip("\ufeff")))
    missing = {"item", "code"} - set(reader.fieldnames or [])
    if missing:
        raise ValueError(f"CSV lacks column(s) {', '.join(sorted(missing))}; "
                         "expected the columns of WIKIDATA_QUERY (item, code, label)")
    report = LinkReport()
    items: dict[str, set[str]] = {}
    for row in reader:
        m = _QID.match((row.get("item") or "").strip())
        code = code_from_p442(row.get("code") or "")
        if not m or code is None:
            report.bad_row.append(f"{row.get('item')},{row.get('code')}")
            continue
        d = table.get(code)
        if d is None:
            report.unknown_code.append(code)
            continue
        label = (row.get("label") or "").strip()
        if label and not _label_matches(label, d):
            report.label_mismatch[code] = label
            continue
        items.setdefault(code, set()).add(m.group(1))
    g = _new_graph()
    for code, qids in sorted(items.items()):
        if len(qids) > 1:
            report.ambiguous[code] = sorted(qids)
            continue
        qid = next(iter(qids))
        add_external_links(g, region_iri(vocab, code), qid, None)
        report.linked[code] = qid
    return g, report


# -- UN SDG alignment -----------------------------------------------------------------------

@dataclass(frozen=True)
class SdgRule:
    """One row of ``sdg_indicators.csv``: indicator labels containing ``keyword`` relate to SDG
    target ``target``."""

    keyword: str
    target: str
    note: str

    @property
    def target_iri(self) -> URIRef:
        return URIRef(SDG + self.target)


@cache
def sdg_rules() -> tuple[SdgRule, ...]:
    rules = tuple(SdgRule(normalize_name(r["keyword"]), r["sdg_target"].strip(), r["note"])
                  for r in _read_csv("sdg_indicators.csv"))
    for r in rules:
        if not re.fullmatch(r"(?:[1-9]|1[0-7])\.(?:[1-9]|[a-d])", r.target):
            raise ValueError(f"sdg_indicators.csv: {r.target!r} is not an SDG target number")
    return rules


def matching_rules(label: str, rules: Iterable[SdgRule] | None = None) -> list[SdgRule]:
    """Rules whose keyword occurs in ``label``; a rule is dropped when a longer matching keyword
    contains its keyword (单位地区生产总值能耗 wins over 地区生产总值)."""
    text = normalize_name(label)
    hits = [r for r in (sdg_rules() if rules is None else rules) if r.keyword in text]
    return [r for r in hits
            if not any(r.keyword != o.keyword and r.keyword in o.keyword for o in hits)]


def align_sdg(graph: Graph, vocab: Vocab, rules: Iterable[SdgRule] | None = None) -> int:
    """Add ``skos:relatedMatch`` from every ``gr:Indicator`` of ``graph`` whose label (pref or alt)
    matches a curated rule to the SDG target, plus an ``rdf:Statement`` that says the link is curated
    (``dcterms:creator "curated"``), which rule made it and why. Returns the links added."""
    rules = tuple(sdg_rules() if rules is None else rules)
    added = 0
    for ind in sorted(set(graph.subjects(RDF.type, GR.Indicator))):
        labels = [str(x) for p in (SKOS.prefLabel, SKOS.altLabel) for x in graph.objects(ind, p)]
        for rule in {r for lab in labels for r in matching_rules(lab, rules)}:
            target = rule.target_iri
            if (ind, SKOS.relatedMatch, target) in graph:
                continue
            graph.add((ind, SKOS.relatedMatch, target))
            st = vocab.iri("sdg-alignment", ind.rsplit("/", 1)[-1], rule.target)
            graph.add((st, RDF.type, RDF.Statement))
            graph.add((st, RDF.subject, ind))
            graph.add((st, RDF.predicate, SKOS.relatedMatch))
            graph.add((st, RDF.object, target))
            graph.add((st, DCTERMS.creator, Literal("curated")))
            graph.add((st, DCTERMS.description, Literal(
                f"indicator label contains “{rule.keyword}” → SDG target {rule.target} "
                "(kg/data/sdg_indicators.csv)", lang="en")))
            if rule.note:
                graph.add((st, SKOS.note, Literal(rule.note, lang="en")))
            rule_iri = vocab.iri("sdg-rule", rule.keyword, rule.target)
            graph.add((st, PROV.wasDerivedFrom, rule_iri))
            graph.add((rule_iri, RDF.type, PROV.Plan))
            graph.add((rule_iri, RDFS.label, Literal(f"{rule.keyword} → SDG {rule.target}",
                                                     lang="zh")))
            added += 1
    return added
