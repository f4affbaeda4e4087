"""Report text → mentions: targets, actuals, projects, places, industries, sections, report facts.

Pure functions over a parsed :class:`~kg.segment.Document`; no I/O, no RDF. Offsets in every
mention are code-point offsets into the *original* text.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from kg import lexicon as lx
from kg.numbers import COUNT_UNITS, MONEY_UNITS, Quantity, find_quantities, parse_number
from kg.segment import Document, Segmenter, Sentence, parse

_CLAUSE_BREAK = "，。；：！？\n"
_CN_NUMERAL = re.compile(r"^[零〇一二两三四五六七八九十百千]")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?!\d*月)")
_YEAR_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})年\d{1,2}月")
_NOT_A_TARGET_AFTER = ("生活圈", "车程", "经济圈", "号", "级", "线", "期", "届", "次会议", "周年",
                       "方面", "部分", "板块", "领域", "规定", "实事", "大事", "好事")


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


class Extractor:
    """Runs every rule over a document. Holds the (lazily loaded) segmenter."""

    def __init__(self, segmenter: Segmenter | None = None) -> None:
        self.segmenter = segmenter or Segmenter()

    def extract(self, text: str, year: int | None = None, region_name: str | None = None,
                region_code: str | None = None, date: str | None = None) -> Extraction:
        doc = parse(text)
        if region_code is None:  # no sidecar: the region named in the title or lead
            region_code, region_name = region_from_text(doc.text, region_name)
        facts = report_facts(doc, year=year, region_name=region_name, region_code=region_code)
        facts.date = date or facts.date
        sections = find_sections(doc)
        subregions = _subregion_names(region_code)
        goals, actuals = find_goals(doc, facts.year, self.segmenter, subregions)
        projects = find_projects(doc, self.segmenter)
        # sub-regions that report themselves (德清：…) are report regions, not places
        reporting = {g.region_code for g in goals if g.region_code}
        places = find_places(doc, self.segmenter,
                             [t for t in subregions if t[1] not in reporting])
        industries = find_industries(doc)
        for group in (goals, actuals, projects, places, industries):
            for m in group:
                m.section = _section_at(sections, doc, m.start)
        for g in goals:
            g.region_code = g.region_code or region_code
        return Extraction(facts, goals, actuals, projects, places, industries, sections)


_VERBS_EARLY = (
    "加快|加强|推进|推动|新增|新建|建设|实施|完成|启动|开展|打造|培育|引进|建成|支持|深化|提升|"
    "实现|扩大|落实|全面|持续|积极|大力|着力|坚持|强化|优化|改造|整治|创建|新培育|新引进|组织|举办"
)


# --- report facts and structure -------------------------------------------------------------

_ROLE = r"(?:代理?|常务副|副)?(?:省长|市长|区长|县长|州长|盟长|旗长|主席|镇长|乡长)"
_SPEAKER = re.compile(
    rf"(?P<role>{_ROLE})(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?=在|作|代表|所作|同志|向|，|说|表示|指出|提出)"
)


def report_facts(doc: Document, year: int | None, region_name: str | None,
                 region_code: str | None) -> ReportFacts:
    text = doc.text
    facts = ReportFacts(region_name=region_name, region_code=region_code, year=year)
    m = _SPEAKER.search(text)
    if m:
        facts.speaker, facts.speaker_role = m.group("name"), m.group("role")
    if facts.year is None:
        facts.year = _plan_year(text)
    first = doc.sentences[0] if doc.sentences else None
    if first and first.heading and not re.match(r"^[一二三四五六七八九十\d（(]", first.text):
        facts.title = first.text
    return facts


_PLAN_YEAR_CUE = re.compile(
    r"((?:19|20)\d{2})年(?:是|要|将|的?主要(?:预期)?目标|工作安排|政府工作报告|政府工作|主要任务|重点工作|"
    r"全[省市区县州旗]经济社会发展)"
)


def _plan_year(text: str) -> int | None:
    """The plan year as the text states it: 2024年主要预期目标…, or the year after the last
    year reported as past (报告显示，2022年…实现…；今年…)."""
    if m := _PLAN_YEAR_CUE.search(text):
        return int(m.group(1))
    mentions = [(int(m.group(1)), m.start(), m.end()) for m in _YEAR.finditer(text)
                if text[max(0, m.start() - 1):m.start()] not in ("到", "至", "比", "较")]
    if not mentions:
        return None
    future = [y for y, _, e in mentions
              if re.match(r"[^。；]{0,12}?(?:将|要|力争|确保|预期|预计|计划|目标)", text[e:])]
    if future:
        return max(set(future), key=future.count)
    reviewed = [y for y, st, _ in mentions
                if re.search(r"(?:报告显示|过去的?一年|去年|回顾|一年来)[，,：:]?$", text[max(0, st - 8):st])]
    if reviewed:
        return max(reviewed) + 1
    past = [y for y, _, e in mentions
            if re.match(r"[^。；]{0,30}?(?:实现|完成|增长|达到|累计|突破)", text[e:])]
    if past and ("今年" in text or "明年" in text):
        return max(past) + 1
    return max(y for y, _, _ in mentions)


def find_sections(doc: Document) -> list[Section]:
    out: list[Section] = []
    heads = [s for s in doc.sentences if s.heading]
    for i, s in enumerate(heads):
        end = heads[i + 1].start if i + 1 < len(heads) else len(doc.text)
        start, stop = doc.clean.span(s.start, s.end)
        orig_end = doc.clean.span(end - 1, end)[1] if end > 0 else 0
        out.append(Section(title=doc.clean.original[start:stop], start=start, end=orig_end,
                           index=i))
    return out


def _section_at(sections: list[Section], doc: Document, orig_offset: int) -> int | None:
    found = None
    for s in sections:
        if s.start <= orig_offset:
            found = s.index
    return found


# --- goals ----------------------------------------------------------------------------------


def region_from_text(text: str, name: str | None) -> tuple[str | None, str | None]:
    from kg.reference import divisions
    from kg.resolve import region_from_text as resolve_region

    code = resolve_region(text)
    division = divisions().get(code) if code else None
    return code, name or (division.name if division else None)


def _subregion_names(region_code: str | None) -> list[tuple[str, str, bool]]:
    """(name, code, is_full_name) of the divisions below the report's region, longest first."""
    if not region_code:
        return []
    from kg.reference import divisions

    table = divisions()
    region = table.get(region_code)
    if region is None:
        return []
    out: list[tuple[str, str, bool]] = []
    for d in table.descendants(region_code):
        out.append((d.name, d.code, True))
        direct = d.parent_code == region_code
        if direct and len(d.short_name) >= 2 and d.short_name != d.name:
            out.append((d.short_name, d.code, False))
    return sorted(out, key=lambda t: -len(t[0]))


_LEAD_MARKS = re.compile(r"^[\s（(【\[〔]*(?:[一二三四五六七八九十\d]+[、.．)）]\s*)?[（(【\[]?")


def find_goals(doc: Document, plan_year: int | None, segmenter: Segmenter,
               subregions: list[tuple[str, str, bool]] | None = None,
               ) -> tuple[list[GoalMention], list[GoalMention]]:
    """Quantities in the text, split into forward-looking targets and actual figures.

    A text about several sub-regions (德清：… 长兴：…) keeps each target with the sub-region
    named at the start of its paragraph or heading."""
    goals: list[GoalMention] = []
    actuals: list[GoalMention] = []
    mode = "plan"
    tense_in_paragraph: str | None = None
    last_line = -1
    text = doc.text
    list_qualifier: str | None = None  # 主要预期目标是：… carries "expected" down its list
    prev_end = ""
    heading_region: str | None = None  # set by a heading, kept down to the next heading
    current_region: str | None = None  # set by a paragraph's first words, kept in it
    region_line = -1
    for sent in doc.sentences:
        line_of_sent = text.count("\n", 0, sent.start)
        if sent.heading:
            heading_region = None
        if line_of_sent != region_line:
            current_region, region_line = None, line_of_sent
            lead = _LEAD_MARKS.sub("", sent.text)
            for name, code, _ in subregions or ():
                if lead.startswith(name):
                    current_region = code
                    if sent.heading:
                        heading_region = code
                    break
        current_region = current_region or heading_region
        if list_qualifier and not (_LIST_ITEM_START.match(sent.text) or prev_end in "；：;:"):
            list_qualifier = None
        prev_end = sent.text[-1:]
        if sent.heading:
            mode = _heading_mode(sent.text, plan_year) or mode
            tense_in_paragraph = None
        line_no = text.count("\n", 0, sent.start)
        if line_no != last_line:
            tense_in_paragraph, last_line = None, line_no
        quantities = find_quantities(sent.text)
        if not quantities:
            tense_in_paragraph = _tense(sent.text, len(sent.text), plan_year) or tense_in_paragraph
            if re.search(r"预期(性)?(目标|指标)", sent.text):
                list_qualifier = "expected"
            continue
        boundaries: set[int] | None = None
        for q in quantities:
            if _CN_NUMERAL.match(sent.text[q.start:]) or _needs_boundary(sent.text, q):
                if boundaries is None:
                    boundaries = segmenter.boundaries(sent.text)
                if not _plausible_chinese_numeral(sent.text, q, boundaries):
                    continue
            if not _is_quantity_of_interest(sent.text, q):
                continue
            clause = _clause_before(sent.text, q.start)
            if any(w in clause for w in (*lx.STOCK_MARKERS, *lx.CLAUSE_PAST_MARKERS)):
                tense = "past"
            else:
                tense = _tense(sent.text, q.start, plan_year) or tense_in_paragraph
            is_target = tense == "future" or (tense is None and mode == "plan")
            g = _goal(doc, sent, q, plan_year)
            g.region_code = current_region
            if g.qualifier is None and list_qualifier:
                g.qualifier = list_qualifier
            (goals if is_target else actuals).append(g)
        tense_in_paragraph = _tense(sent.text, len(sent.text), plan_year) or tense_in_paragraph
        if re.search(r"预期(性)?(目标|指标)", sent.text):
            list_qualifier = "expected"
    _distribute_comparators(goals)
    return goals, actuals


_LIST_ITEM_START = re.compile(r"^\s*(?:\d+[．.、]|[（(]\d+[)）]|——|—|-|·|•|[①-⑳])")


def _distribute_comparators(goals: list[GoalMention]) -> None:
    """分别增长7%、8%以上: the trailing comparator speaks for every value of the list."""
    for i, g in enumerate(goals[:-1]):
        if g.comparator != "exactly" or "分别" not in g.sentence:
            continue
        j = i
        while j + 1 < len(goals) and goals[j + 1].sentence is g.sentence and _joined(goals[j],
                                                                                     goals[j + 1]):
            j += 1
        if j > i and goals[j].comparator in ("about", "at_least", "at_most"):
            g.comparator = goals[j].comparator


def _joined(a: GoalMention, b: GoalMention) -> bool:
    return 0 <= b.start - a.end <= 2 and a.unit == b.unit


def _heading_mode(title: str, plan_year: int | None) -> str | None:
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", title)]
    if plan_year and years:
        return "review" if max(years) < plan_year else "plan"
    if any(w in title for w in lx.REVIEW_HEADING):
        return "review"
    if any(w in title for w in lx.PLAN_HEADING):
        return "plan"
    return None


def _tense(s: str, upto: int, plan_year: int | None) -> str | None:
    """'past' or 'future' from the nearest time/commitment marker before ``upto`` in ``s``."""
    best_pos, best = -1, None
    head = s[:upto]
    for words, tense in ((lx.PAST_MARKERS, "past"), (lx.FUTURE_MARKERS, "future")):
        for w in words:
            p = head.rfind(w)
            if p > best_pos or (p == best_pos and p >= 0 and tense == "past"):
                if w == "将" and p >= 0 and head[p - 1 : p] in ("即", "并"):
                    continue
                if w == "已" and head[p : p + 2] in ("已有",) and tense == "past":
                    pass
                if p > best_pos:
                    best_pos, best = p, tense
    for m in _YEAR.finditer(head):
        if _YEAR_DATE.match(head, m.start()) or head[max(0, m.start() - 1):m.start()] in (
                "比", "较", "与", "同", "于"):
            continue  # a date, or 比2010年翻一番: a comparison base, not a time
        y = int(m.group(1))
        if m.start() > best_pos and plan_year:
            best_pos = m.start()
            prefix = head[max(0, m.start() - 1) : m.start()]
            best = "future" if y >= plan_year or prefix in ("到", "至") else "past"
    return best


def _needs_boundary(s: str, q: Quantity) -> bool:
    return q.start > 0 and s[q.start - 1].isdigit()


_NUMERAL_PREFIX = re.compile(
    r"[零〇一二两三四五六七八九十百千万点]+?(?=[万亿]?(?:[^零〇一二两三四五六七八九十百千万点]|$))"
)


def _plausible_chinese_numeral(s: str, q: Quantity, boundaries: set[int]) -> bool:
    """Reject 一批, 统一条…, 三个基础产业 (a count summarising the list just given)."""
    if s.startswith("百分之", q.start) or "百分之" in s[q.start:q.end]:
        return True  # 百分之六 is an explicit percentage
    num_start = q.start
    while num_start < q.end and not (_CN_NUMERAL.match(s[num_start:]) or s[num_start].isdigit()):
        num_start += 1
    if num_start not in boundaries and not (num_start > 0 and s[num_start - 1] in "超约近逾达"):
        return False
    numeral = _NUMERAL_PREFIX.match(s, num_start)
    if not numeral:
        return True
    try:
        v = parse_number(numeral.group(0))
    except ValueError:
        return False
    if v <= 1 and not q.unit.startswith(("万", "亿")):
        return False  # 一批, 一流…; but 一万套 is a number
    if v <= 10:
        clause = _clause_before(s, num_start)
        if "、" in clause and "等" not in clause[-3:]:
            return False  # 做优A、B、C三个…: the count of a list, not a commitment
        if s[max(0, num_start - 1) : num_start] in ("“", "‘", "「"):
            return False
    return True


def _clause_before(s: str, pos: int) -> str:
    i = pos
    while i > 0 and s[i - 1] not in _CLAUSE_BREAK:
        i -= 1
    return s[i:pos]


def _clause_after(s: str, pos: int) -> str:
    i = pos
    while i < len(s) and s[i] not in _CLAUSE_BREAK + "、":
        i += 1
    return s[pos:i]


def _is_quantity_of_interest(s: str, q: Quantity) -> bool:
    before = s[max(0, q.start - 1) : q.start]
    if before in ("第", "前", "后"):
        return False
    after = s[q.end : q.end + 4]
    if any(after.startswith(w) for w in _NOT_A_TARGET_AFTER):
        return False
    clause = _clause_before(s, q.start)
    if clause.count("“") > clause.count("”"):
        return False  # inside a quoted name or slogan (“某十条”)
    following = s[q.end:q.end + 12]
    if q.currency and re.match(r"(以上|以下)?的?[^，。；、\d]{0,6}?项目", following):
        return False  # 总投资10亿元以上项目: a threshold describing the projects counted
    if not _is_count_unit(q.unit) and re.match(r"[\u4e00-\u9fff]{1,8}?项目", following):
        return False  # 100万吨乙二醇项目: a capacity inside a project's name
    if re.search(r"[从由][^，。；]{0,10}$", clause) and re.match(
        r"(提高|增加|提升|增长|下降|降低|减少|扩大|缩小)?(到|至)", after
    ):
        return False  # 从10%提高到15%: the starting level
    return not (q.unit in ("人", "名") and re.search(r"(每|万)$", clause))


def _goal(doc: Document, sent: Sentence, q: Quantity, plan_year: int | None) -> GoalMention:
    s = sent.text
    window = _clause_before(s, q.start)
    kind = _kind(window, q, s[q.end : q.end + 6])
    qualifier = _qualifier(s[: q.start])
    indicator = _indicator(window, _clause_after(s, q.end), q)
    start, end = doc.clean.span(sent.start + q.start, sent.start + q.end)
    value: float | int | list[float | int] = (
        list(q.value) if isinstance(q.value, tuple) else q.value
    )
    return GoalMention(
        text=doc.clean.original[start:end], start=start, end=end, value=value, unit=q.unit,
        comparator=q.comparator, qualifier=qualifier, kind=kind, indicator=indicator,
        normalized=q.normalized, currency=q.currency, period=_period(s[: q.start], plan_year),
        sentence=s,
    )


def _kind(window: str, q: Quantity, after: str) -> str:
    if q.unit == "百分点":
        return "percentage_point"
    tail = window[-8:]
    if any(v in window for v in lx.INCREMENT_VERBS):
        return "increment"
    to_level = next((w for w in lx.TO_LEVEL if tail.endswith(w) or tail.endswith(w + "约")), None)
    reduction = _last_pos(window, lx.REDUCTION_VERBS)
    growth = _last_pos(window, lx.GROWTH_VERBS)
    if to_level:
        if q.unit == "%":
            return "growth" if any(w in window for w in ("涨幅", "增幅", "增速")) else "share"
        return _count_or_level(q, window)
    if reduction > growth and reduction >= 0:
        return "reduction"
    if growth >= 0:
        return "growth" if q.unit == "%" else "increment" if _last_pos(
            window, ("增加",)) == growth else _count_or_level(q, window)
    if q.unit == "%":
        return "share"
    return _count_or_level(q, window)


def _is_count_unit(unit: str) -> bool:
    base = unit.lstrip("万亿")
    return base in COUNT_UNITS and base not in ("人", "人次", "天", "工作日", "个工作日", "户")


def _count_or_level(q: Quantity, window: str = "") -> str:
    if re.search(r"每[千万百]|[千万]人口|[千万]名", window):
        return "level"  # 每千人口拥有床位7.2张: a ratio, not a count
    if _is_count_unit(q.unit):
        return "count"
    if q.unit in MONEY_UNITS:
        return "level"
    return "level"


def _last_pos(s: str, words: tuple[str, ...]) -> int:
    return max((s.rfind(w) for w in words), default=-1)


def _qualifier(before: str) -> str | None:
    """The commitment word governing a quantity: the nearest one before it in the sentence,
    unless a later clause starts a new predicate (…确保A开工，新增B三千个: B is unqualified)."""
    cut = max(before.rfind("。"), before.rfind("；"))
    head = before[cut + 1 :]
    best, pos = None, -1
    for w, q in lx.QUALIFIERS:
        p = head.rfind(w)
        if p > pos:
            best, pos = q, p
    if best is None:
        return None
    for m in re.finditer(r"[，：]", head[pos:]):
        if _NEW_PREDICATE.match(head, pos + m.end()):
            return None
    return best


_NEW_PREDICATE = re.compile(rf"(?:{_VERBS_EARLY})")


def _strip_words(s: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
    changed = True
    while changed and s:
        changed = False
        for p in sorted(prefixes, key=len, reverse=True):
            if s.startswith(p) and len(s) > len(p):
                s, changed = s[len(p) :], True
                break
        for x in sorted(suffixes, key=len, reverse=True):
            if s.endswith(x) and len(s) > len(x):
                s, changed = s[: -len(x)], True
                break
    return s


def _indicator(window: str, after: str, q: Quantity) -> str:
    w = re.split(r"[、“”\"（）()]", window)[-1]
    w = re.sub(r"^.*?等", "", w) if "等" in w else w
    w = re.sub(r"((?:19|20)\d{2}年|十[四五六]五|[一二三四]季度)", "", w)
    w = _strip_words(w.strip(), lx.INDICATOR_NOISE_PREFIX + lx.INCREMENT_VERBS,
                     lx.INDICATOR_NOISE_SUFFIX)
    for v in (*lx.INCREMENT_VERBS, *lx.TO_LEVEL, *lx.GROWTH_VERBS, *lx.REDUCTION_VERBS):
        if w.endswith(v) and len(w) > len(v) + 1:
            w = w[: -len(v)]
    if w in lx.INDICATOR_NOISE_SUFFIX or w in lx.INDICATOR_NOISE_PREFIX or re.fullmatch(
        rf"(?:{_VERBS})+", w
    ):
        w = ""
    if len(w) >= 2:
        return w
    a = re.sub(r"^(以上|左右|以内|以下)", "", after)
    a = re.split(r"(如期|按期|加快|年内|建成|开工|竣工|投产|落地|的|，)", a)[0]
    a = _strip_words(a.strip(), lx.INDICATOR_NOISE_PREFIX, lx.INDICATOR_NOISE_SUFFIX)
    return a or w


def _period(before: str, plan_year: int | None) -> list[int] | None:
    if m := re.search(r"到((?:19|20)\d{2})年", before):
        return [plan_year or int(m.group(1)), int(m.group(1))]
    five_year = {"十四五": [2021, 2025], "十五五": [2026, 2030], "十三五": [2016, 2020]}
    for k, v in five_year.items():
        if k in before[-20:]:
            return v
    return [plan_year, plan_year] if plan_year else None


# --- projects -------------------------------------------------------------------------------

_LIST_ITEM = r"(?:(?!等)[\u4e00-\u9fffA-Za-z0-9·（）()]){2,24}"
_VERBS = (
    "确保|力争|争取|推进|推动|加快|加速|开工|建设|建成|实施|启动|完成|引导|抓好|抓实|做好|开展|谋划|"
    "包装|落实|新建|改建|扩建|续建|打造|引进|招引|支持|促进|保障|服务|加强|全力|着力|重点|积极|持续|"
    "依托|围绕|发挥|融入|提升|完善|优化|稳步|解决|开发|保护|培育|发展|创建|申报|争创|高标准|高质量|"
    "深度|主动|统筹|实现|带动|聚焦|对接|承接|做强|做优|做大|壮大|增强|形成|构建|布局|扶持|提速|"
    "编制|建立|健全|深化|探索|用好|盘活|规划|谋划|稳定|整合|依法|推进实施|加大|支撑|汇聚|拓展|"
    "新增|新建|改扩建|扩建|建成|投用|完善|提质|升级|改造|配合|突出|依托|聚焦|围绕|服务|争创|"
    "高水平|高起点|全力|深入|协同|联动|辐射|对接|融入|带动|坚持|统筹推进"
)
# Strip everything up to the last verb (or function word) that still leaves a name behind;
# a leading preposition (以世界魔鬼城…为依托) goes too.
_VERB_PREFIX = re.compile(
    rf"^(?:.*(?:{_VERBS}|将以|并以|[的在和与及等、“”·])|[以将把向对从在为])(?=[\u4e00-\u9fffA-Za-z0-9]{{2}})"
)
_ENUM_PROJECTS = re.compile(
    rf"(?P<items>{_LIST_ITEM}(?:、{_LIST_ITEM})*)等(?P<count>[\d一二两三四五六七八九十百]*)"
    r"(?:个|项|家|所|条|座)?(?P<head>[\u4e00-\u9fff]{0,12}?)(?P<suffix>项目|工程)"
)
_NAMED_PROJECT = re.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,20}?)(?P<suffix>项目|工程)(?!师|院|局|建设管理)"
)


def _strip_verbs(s: str) -> str:
    return _VERB_PREFIX.sub("", s)


def find_projects(doc: Document, segmenter: Segmenter) -> list[NameMention]:
    out: list[NameMention] = []
    text = doc.text
    seen: set[int] = set()

    def add(name: str, start: int, extra: dict[str, Any] | None = None,
            listed: bool = False, exact: str | None = None) -> None:
        """``exact``: a name completed from an elided list (深大、深惠城际 → 深惠城际);
        the span then covers only what the text says at ``start``."""
        stripped = name.lstrip("·•-—")
        start += len(name) - len(stripped)
        name = stripped.strip("“”‘’《》 ")
        if start in seen or not _is_project_name(name, segmenter, listed):
            return
        seen.add(start)
        length = len(name)
        if exact is not None:
            m = re.match(r"[\u4e00-\u9fffA-Za-z0-9·]+", text[start:])
            length = min(len(name), m.end() if m else len(name))
        s, e = doc.clean.span(start, start + length)
        out.append(NameMention(name=name, start=s, end=e, text=doc.clean.original[s:e],
                               extra=extra or {}))

    _facilities(doc, add)
    for m in _ENUM_PROJECTS.finditer(text):
        head = m.group("head")
        stage = next((v for k, v in lx.STAGES.items() if k in head or k in text[m.end(): m.end()
                                                                                 + 6]), None)
        for start, item in _list_items(m.group("items"), m.start("items")):
            add(item, start, {"stage": stage} if stage else None, listed=True)
    for m in _NAMED_PROJECT.finditer(text):
        name = re.split(r"[，。；、：“”]", m.group("name"))[-1]
        cleaned = _strip_verbs(name)
        if "等" in cleaned or re.search(r"\d+个", cleaned):
            continue
        start = m.end("name") - len(cleaned)
        for es, item in _elided_list_before(text, start):
            add(item, es)
        add(cleaned, start)
    out.sort(key=lambda n: n.start)
    return out


_FACILITY_SUFFIX = (
    "高速公路|高速|高铁|城际铁路|铁路|城际|快速路|快速化改造|大道|大桥|隧道|绿道|生态长廊|新机场|机场|"
    "港区|码头|人民医院|医院|院区|分院|实验学校|学校|中学|小学|幼儿园|会展中心|体育中心|奥体中心|"
    "文化中心|博物馆|图书馆|科技馆|体育馆|水库|水厂|污水处理厂|电站|风电场|综合体|综合交通枢纽|"
    "交通枢纽|快速通道|大数据中心|数据中心|卫生院|二桥|三桥|大桥|航站楼|产业园(?=[一二三四五六七八九十]期)"
)
_PHASE = (
    r"(?:[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}段|扩能改造|扩容|续建|教学楼|综合楼|"
    r"[A-Z]\d[A-Z]?航站楼|第[一二三四五六七八九十]跑道|[\u4e00-\u9fff]{1,2}(?:院区|分院|校区)|"
    r"[一二三四五六七八九十\d]期|新院区|扩建|改扩建|改造|扩能提升|提升|西延伸|东延伸|南延伸|北延伸|"
    r"延伸|北延|南延|东延|西延|南段|北段|东段|西段|支线|迁建|[\u4e00-\u9fff]{2}段)"
)
_FACILITY = re.compile(
    rf"(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{{1,16}}?(?:{_FACILITY_SUFFIX}))(?P<phase>(?:{_PHASE}){{0,2}})"
)
_LINE = re.compile(
    r"(?P<prefix>(?:[\u4e00-\u9fff]{2}(?:城市轨道交通|轨道交通))|城市轨道交通|轨道交通|地铁)?"
    rf"(?P<line>S?\d+号线|S\d+线)(?P<phase>(?:{_PHASE})?)"
)
_LINE_LIST = re.compile(r"(?P<prefix>城市轨道交通|轨道交通|地铁)(?P<nums>\d+(?:、\d+)+)号线")
_BUILD_CONTEXT = re.compile(
    r"建设|开工|建成|竣工|投用|推进|加快|开通|通车|启动|完成|实施|改扩建|扩建|新建|续建|迁建|修复|"
    r"力争|确保|招生|运营|投运|贯通|规划建设|提升"
)
_FACILITY_STOP = re.compile(
    rf"^.*(?:{_VERBS}|[的在和与及以把将向对为从于由到等、“”：])(?=[\u4e00-\u9fffA-Za-z0-9]{{2}})"
)
_GENERIC_FACILITY_STEM = re.compile(
    r"^(?:[一二三四五六七八九十\d]+级|全[省市县区]|各[类级]?|公办|民办|普惠性?|新|中|老旧|农村|城乡|"
    r"乡镇|社区|重点|综合|专科|示范|标准化|智慧|数字|高标准|[\u4e00-\u9fff]?小)$"
)
_SINGLE_CHAR_OWNER = "县市区镇乡州"
_WATER_DIVERSION = re.compile(r"引[\u4e00-\u9fff]{1,3}[济入补][\u4e00-\u9fff]{1,3}(?:工程)?")
# A list item ending like this is a complete name, not the stem of an elided one.
_COMPLETE_NAME = re.compile(r"(?:中心|大道|路|桥|园|馆|厂|院|站|场|城|区|楼|湾|街|口|港|塔|馆)$")


def _facilities(doc: Document, add: Any) -> None:
    """Named infrastructure without 项目: hospitals, schools, roads, rail and metro lines."""
    text = doc.text
    for sent in doc.sentences:
        if not _BUILD_CONTEXT.search(sent.text):
            continue
        s = sent.text
        last_prefix = ""
        for m in _LINE.finditer(s):
            prefix = m.group("prefix") or ""
            if prefix:
                last_prefix = prefix
            elif last_prefix and s[max(0, m.start() - 1):m.start()] in ("、", "和", "及"):
                prefix = last_prefix
            else:
                continue
            name = _FACILITY_STOP.sub("", prefix) + m.group("line") + m.group("phase")
            start = sent.start + m.start() - (len(prefix) - len(m.group("prefix") or ""))
            begin = m.end("prefix") - len(_FACILITY_STOP.sub("", prefix)) if m.group(
                "prefix") else m.start("line")
            add(name, sent.start + begin, None, True,
                exact=name if not m.group("prefix") else None)
            del start
        for m in _WATER_DIVERSION.finditer(s):  # 引大济岷: water diversion projects
            add(re.sub("工程$", "", m.group(0)), sent.start + m.start(), None, True)
        for m in _LINE_LIST.finditer(s):
            pos = m.start("nums")
            for num in m.group("nums").split("、"):
                name = f"{m.group('prefix')}{num}号线"
                add(name, sent.start + pos, None, True, exact=name)
                pos += len(num) + 1
        for m in _FACILITY.finditer(s):
            raw = m.group("name")
            name = _FACILITY_STOP.sub("", re.split(r"[，。；、：]", raw)[-1])
            suffix = re.search(rf"(?:{_FACILITY_SUFFIX})$", name)
            if not suffix:
                continue
            stem = name[: suffix.start()]
            if (len(stem) < 2 and stem not in _SINGLE_CHAR_OWNER) or (
                    _GENERIC_FACILITY_STEM.match(stem)) or not stem or stem.endswith(
                    ("工程", "项目")):
                continue
            full = name + m.group("phase")
            begin = m.end("name") - len(name)
            add(full, sent.start + begin, None, True)
            for es, item in _elided_list_before(s, begin, _FACILITY_STOP):
                if 2 <= len(item) <= 6 and not re.search(_FACILITY_SUFFIX, item) and not re.search(
                        r"[期段线]$|快速", item) and not _COMPLETE_NAME.search(item):
                    add(item + suffix.group(0), sent.start + es, None, True,
                        exact=item + suffix.group(0))
    del text


def _list_items(items: str, offset: int) -> list[tuple[int, str]]:
    """Split 推进A、B、C into [(offset, A), (offset, B), (offset, C)], verbs stripped from A."""
    out: list[tuple[int, str]] = []
    for i, part in enumerate(items.split("、")):
        item = _strip_verbs(part) if i == 0 else part
        out.append((offset + len(part) - len(item), item))
        offset += len(part) + 1
    return out


def _elided_list_before(text: str, start: int,
                        stop: re.Pattern[str] | None = None) -> list[tuple[int, str]]:
    """X、Y、Z片区 or X、Y项目: the items before a name in the same 、-list."""
    strip = (stop or _VERB_PREFIX).sub
    found: list[tuple[int, str]] = []
    pos = start
    while pos > 0 and text[pos - 1] == "、":
        j = pos - 1
        while j > 0 and text[j - 1] not in "，。；：、\n" and pos - 1 - j < 16:
            j -= 1
        item = strip("", text[j : pos - 1])
        found.append((pos - 1 - len(item), item))
        pos = j
        if text[j - 1 : j] != "、":
            break
    return found


def _is_project_name(name: str, segmenter: Segmenter, listed: bool = False) -> bool:
    if len(name) < 2 or len(name) > 24 or re.search(r"\d+个|[，。；、]", name):
        return False
    core = re.sub(r"(项目|工程)$", "", name)
    if len(core) < 2:
        return False
    if any(core == g or (core.endswith(g) and len(core) <= len(g) + 2)
           for g in lx.GENERIC_PROJECT_WORDS):
        return False
    if core.startswith(("重点", "重大", "各类", "一批", "这些", "相关", "所有", "部分", "其他", "有关")):
        return False
    return listed or segmenter.has_proper_noun(core)


# --- places ---------------------------------------------------------------------------------

_PLACE_SUFFIX_RE = "|".join(sorted(lx.PLACE_SUFFIXES, key=len, reverse=True))
_PLACE_RE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{1,12}?(?:（[\u4e00-\u9fff]{2,4}）[\u4e00-\u9fff]{0,8}?)?)"
    rf"(?P<suffix>{_PLACE_SUFFIX_RE})(?P<more>区?)"
)
_PLACE_CHAIN = re.compile(rf"(?:{_PLACE_SUFFIX_RE})")


def find_places(doc: Document, segmenter: Segmenter,
                subregions: list[tuple[str, str, bool]] | None = None) -> list[NameMention]:
    out: list[NameMention] = []
    text = doc.text
    seen: set[int] = set()

    def add(name: str, start: int, suffix: str, elided: bool = False,
            span_len: int | None = None) -> bool:
        """``span_len``: how much of the text at ``start`` the mention covers, when the name
        is completed from a list (郑州、开封片区 → …开封片区)."""
        if start in seen or not _is_place_name(name, suffix):
            return False
        seen.add(start)
        length = span_len if span_len is not None else len(name) - (len(suffix) if elided else 0)
        s, e = doc.clean.span(start, start + length)
        extra: dict[str, Any] = {"type": suffix}
        if elided:
            extra["elided"] = True
        out.append(NameMention(name=name, start=s, end=e, text=doc.clean.original[s:e],
                               extra=extra))
        return True

    last_end = 0
    pos = 0
    while m := _PLACE_RE.search(text, pos):
        pos = m.end()
        if m.start() < last_end:
            continue
        if m.group("suffix") in lx.WEAK_PLACE_SUFFIXES and not _weak_ok(text, m.end()):
            strong = _PLACE_RE_STRONG.match(text, m.start())
            if not strong:
                continue  # 太湖图影…: keep scanning after the weak suffix
            m = strong
            pos = m.end()
        suffix = m.group("suffix") + (m.group("more") if m.group("suffix").endswith("园") else "")
        end = m.end("suffix") + len(suffix) - len(m.group("suffix"))
        while more := _PLACE_CHAIN.match(text, end):  # 风情镇组团: the last suffix is the type
            suffix, end = more.group(0), more.end()
        if suffix in lx.WEAK_PLACE_SUFFIXES and not _weak_ok(text, end):
            continue  # 太湖图影旅游度假区: 湖 here is inside a longer name
        areas = _FTZ_AREAS.match(text, end) if suffix.endswith(("试验区", "示范区")) else None
        if paren := re.match(r"[（(][\u4e00-\u9fff]{2,4}[）)]", text[end:]):
            end += paren.end()  # 杭州高新区（滨江）
        full = m.group("name") + text[m.end("name"):end]
        name = re.split(r"[和与及]", _strip_verbs(full))[-1]
        start = end - len(name)
        last_end = end
        if areas:  # 中国（X）自由贸易试验区A、B、C片区: one place per area
            pos = end
            for i, item in enumerate(areas.group("items").split("、")):
                first = i == 0
                add(name + item + "片区", start if first else pos, "片区", elided=not first,
                    span_len=(pos - start + len(item)) if first else len(item))
                pos += len(item) + 1
            last_end = areas.end()
            continue
        counted = re.match(r"^(.*?)[一二三四五六七八九十两\d]+[大个]$", name[: -len(suffix)])
        if counted is not None:  # 周庄、千灯、锦溪三大古镇: every item is one
            last = counted.group(1)
            if 2 <= len(last) <= 6:
                add(last + suffix, start, suffix, elided=True)
            for es, item in _elided_list_before(text, start):
                if 2 <= len(item) <= 6:
                    add(item + suffix, es, suffix, elided=True)
            continue
        if not add(name, start, suffix):
            continue
        for es, item in _elided_list_before(text, start):
            own = next((x for x in sorted(lx.PLACE_SUFFIXES, key=len, reverse=True)
                        if item.endswith(x)), None)
            if own and len(item) > len(own) + 1:
                add(item, es, own)  # 上庄镇、温泉镇: a full name of its own
            elif 2 <= len(item) <= 6 and _LANDMARK_END.search(item):
                add(item, es, item[-1])  # 腾龙洞、梭布垭石林: the first is a name already
            elif 2 <= len(item) <= 6 and not item.endswith(lx.PLACE_SUFFIXES):
                add(item + suffix, es, suffix, elided=True)
    _division_places(doc, subregions or [], out)
    out.sort(key=lambda n: n.start)
    return out


def _division_places(doc: Document, subregions: list[tuple[str, str, bool]],
                     out: list[NameMention]) -> None:
    """Divisions below the report's region named in the text (独山子区, 当雄县; 成都 in a
    province report), outside spans already taken by a longer place name."""
    text = doc.text
    spans = [(n.start, n.end) for n in out]
    for name, code, _full in subregions:
        for m in re.finditer(re.escape(name), text):
            s, e = doc.clean.span(m.start(), m.end())
            if any(a <= s < b or a < e <= b for a, b in spans):
                continue
            nxt = text[m.end():m.end() + 1]
            if not _full and nxt and re.match(r"[\u4e00-\u9fff]", nxt) and nxt not in "市等和、":
                continue  # a short name inside a longer word
            spans.append((s, e))
            out.append(NameMention(name=name, start=s, end=e, text=doc.clean.original[s:e],
                                   extra={"type": "division", "division_code": code}))


_PHRASE_END = re.compile(r"$|[、，。；：）)和与及等的\n]")
_LANDMARK_END = re.compile(r"(?:洞|营|山|峰|河|江|湖|宫|街|寨|谷|岛|寺|塔|城|湾|滩|泉|林)$")
_PLACE_RE_STRONG = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{1,12}?(?:（[\u4e00-\u9fff]{2,4}）[\u4e00-\u9fff]{0,8}?)?)"
    r"(?P<suffix>" + "|".join(sorted((x for x in lx.PLACE_SUFFIXES if x not in
                                      lx.WEAK_PLACE_SUFFIXES), key=len, reverse=True))
    + r")(?P<more>区?)"
)
_AFTER_WEAK = re.compile(rf"(?:{_VERBS})|[\u4e00-\u9fff]{{1,4}}(?:村|社区)")


def _weak_ok(text: str, end: int) -> bool:
    """A weak suffix (湖, 村, 镇…) ends a name at a phrase boundary, before a verb, or before a
    village of the township (水口乡顾渚村)."""
    return bool(_PHRASE_END.match(text, end) or _AFTER_WEAK.match(text, end))
_FTZ_AREAS = re.compile(r"(?P<items>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*)片区")
_PLACE_VERB_INSIDE = re.compile(
    rf"(?:{_VERBS}|增速|高于|快于|低于|达到|实现|分钟|以上|以下|收入|人口)"
)


def _is_place_name(name: str, suffix: str) -> bool:
    if len(name) <= len(suffix) or len(name) > 28:
        return False
    stem = name[: name.rfind(suffix)] if suffix in name else name
    if name in lx.GENERIC_PLACE_HEADS or len(stem) < 2:
        return False
    if re.search(r"[一二三四五六七八九十两双\d]+[个大家极核轴翼带区组]", stem):
        return False  # 一核两翼, 三带示范…: the speaker's own slogans
    if re.search(r"[、，。“”]", name) or stem[0] in "个家项所座条批上":
        return False
    if _PLACE_VERB_INSIDE.search(stem) or stem in lx.GENERIC_PLACE_STEMS:
        return False
    if stem.endswith(("个", "类", "级", "型", "化", "性", "农村", "城镇", "乡村")) or "级" in stem:
        return False
    if stem.endswith("产业") and len(stem) < 8:  # 黄河三角洲农业高新技术产业示范区 is a name
        return False
    if name.endswith(("乡村", "农村", "城镇", "特色小镇", "未来社区")):
        return False
    return not stem.startswith(("各", "全", "本", "该", "一批", "这些", "所有", "相关", "重点",
                                "国家"))


# --- industries -----------------------------------------------------------------------------

_INDUSTRY_HEADS = r"(?:重点|主导|基础|新兴|特色|支柱|优势|首位|战略性新兴|未来|现代|传统|优质)?"
_INDUSTRY_LIST = re.compile(
    rf"(?P<items>{_LIST_ITEM}(?:、{_LIST_ITEM})+)(?:等)?(?:[一二两三四五六七八九十\d]+[个大])?"
    rf"{_INDUSTRY_HEADS}(?:产业|行业|业态)(?!园|区|圈|带|链)"
)
_GROW_VERBS = (r"(?:发展|培育|壮大|做强|做大|做优|打造|布局|引进|扶持|提速发展|发展壮大|延伸|"
               r"聚焦|大力发展|加快发展|着力发展|转型发展|稳定)")
_INDUSTRY_AFTER_VERB = re.compile(
    rf"{_GROW_VERBS}(?P<name>[\u4e00-\u9fff]{{2,8}}?(?:产业|经济|业))(?![\u4e00-\u9fff]{{0,2}}"
    r"(?:园|区|圈|带|链|体系|规划|格局|企业|增长极|示范|发展规划))"
)


def find_industries(doc: Document) -> list[NameMention]:
    text = doc.text
    index = lx.industry_index()
    out: list[NameMention] = []
    seen: set[int] = set()
    covered: list[tuple[int, int]] = []

    def add(name: str, start: int) -> None:
        name = name.strip("“”‘’ ")
        bare = re.sub(r"(产业|行业)$", "", name)
        if len(bare) < 2 or start in seen or re.search(r"[\d，。]", name):
            return
        if bare in _NOT_INDUSTRY or bare.startswith(_NOT_INDUSTRY_PREFIX):
            return
        if bare.endswith(("核心", "企业", "项目", "重大", "以上")) or "以上" in bare:
            return
        seen.add(start)
        covered.append((start, start + len(name)))
        s, e = doc.clean.span(start, start + len(name))
        entry = index.get(name) or index.get(bare)
        extra = {"concept": entry.name, "gbt4754": entry.gbt4754} if entry else {}
        out.append(NameMention(name=name, start=s, end=e, text=doc.clean.original[s:e],
                               extra=extra))

    for m in _ITEM_LIST.finditer(text):
        after = _LIST_HEAD_AFTER.match(text, m.end())
        before = _LIST_VERB_BEFORE.search(text, max(0, m.start() - 6), m.start() + 8)
        items = _list_items(m.group("items").replace("和", "、"), m.start("items"))
        items = [(st, re.split(r"等|[一二两三四五六七八九十\d]+[个大]", it)[0]) for st, it in items]
        known = sum(1 for _, it in items if it in index or re.search(r"(产业|经济|制造|服务|业)$",
                                                                      it))
        if not (after or (before and known >= max(1, len(items) // 2))):
            continue
        if any(len(it) > 12 or _looks_like_place(it) for _, it in items):
            continue
        for start, item in items:
            add(item, start)
    for m in _INDUSTRY_AFTER_VERB.finditer(text):
        pos = m.start("name")
        for part in m.group("name").split("和"):  # 培育数字经济和人力资源服务业
            add(part, pos)
            pos += len(part) + 1
    for m in _INDUSTRY_SUBJECT.finditer(text):
        name = _strip_verbs(re.split(r"[，。；、：]", m.group("name"))[-1])
        add(name, m.end("name") - len(name))
    for name in sorted(index, key=len, reverse=True):
        if len(name) < 2:
            continue
        for m in re.finditer(re.escape(name), text):
            if any(a <= m.start() < b for a, b in covered):
                continue
            # A word of the scheme is an industry only where the text speaks of one:
            # 发展养老产业 yes, 养老床位/养老金 no.
            if _INDUSTRY_AFTER.match(text, m.end()) or _INDUSTRY_BEFORE.search(
                    text, max(0, m.start() - 6), m.start()):
                add(name, m.start())
    out.sort(key=lambda n: n.start)
    return out


_ITEM = r"(?:(?!等|和|[一二两三四五六七八九十]+[个大]|产业|行业|领域)[\u4e00-\u9fffA-Za-z]){2,12}"
_ITEM_LIST = re.compile(rf"(?P<items>{_ITEM}(?:、{_ITEM})+(?:和{_ITEM})?)")
_LIST_HEAD_AFTER = re.compile(
    r"(?:等)?(?:[一二两三四五六七八九十\d]+[个大])?[\u4e00-\u9fff]{0,6}?"
    r"(?:产业|行业|业态|领域|集群|经济)(?!园|区|圈|带|项目|链)"
)


def _looks_like_place(item: str) -> bool:
    return bool(re.search(r"(?:区|镇|乡|村|县|市|省|园|城|基地|街道)$", item))
_LIST_VERB_BEFORE = re.compile(r"(?:聚焦|培育|壮大|做强|做优|做大|布局|大力发展|加快发展|发展)")
_INDUSTRY_AFTER = re.compile(
    r"(?:产业|行业|经济|集群|产业链|领域|业态|发展|增加值|产值|营业收入|等(?:[^，。；]{0,6})?产业)"
)
_INDUSTRY_SUBJECT = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,8}?(?:服务业|产业|业))(?=增加值|营业收入|产值|规模|营收)"
)
_INDUSTRY_BEFORE = re.compile(
    r"(?:发展|培育|壮大|做强|做大|做优|打造|布局|引进|扶持|聚焦|大力发展|加快发展|着力发展)$"
)
_NOT_INDUSTRY = ("先导", "先进制造业", "优质", "主导", "基础", "重点", "新兴", "传统", "特色", "支柱", "优势", "首位",
                 "战略性", "各类", "相关", "新", "本地", "区域", "实体", "民营", "县域", "社会",
                 "国民", "地区", "宏观", "发展", "外溢", "产业", "服务", "新兴产业", "实体经济",
                 "民营经济", "县域经济", "经济", "全产业", "产业链")
_NOT_INDUSTRY_PREFIX = ("优质", "主导", "基础", "重点", "各类", "相关", "一批", "外溢", "这些", "规模",
                        "规上", "省级", "市级", "国家级", "全", "一二三", "第一", "第二", "第三")
