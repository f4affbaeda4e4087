"""Chinese and Arabic numerals, units, comparators and money normalisation.

Pure functions, no I/O. Numeral conversion is delegated to cn2an; this module only knows
which surface forms make a quantity in a work report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import cn2an

Comparator = Literal["about", "at_least", "at_most", "exactly", "range"]

CN_NUM_CHARS = "零〇一二两三四五六七八九十百千万亿"
_AR = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN = (r"(?:[零〇一二两三四五六七八九十百千]+万[零〇一二两三四五六七八九十百千]+"
       r"|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)")
# An Arabic number may carry a 千/百 multiplier (3千); 万/亿 stay glued to the unit (万人, 亿元).
NUMBER = rf"(?:{_AR}|{_CN})"

# Units, longest first so that 万美元 wins over 美元 and 个百分点 over 个.
MONEY_UNITS: dict[str, tuple[float, str]] = {
    "亿美元": (1e8, "USD"),
    "万美元": (1e4, "USD"),
    "美元": (1.0, "USD"),
    "万亿元": (1e12, "CNY"),
    "亿元": (1e8, "CNY"),
    "千万元": (1e7, "CNY"),
    "万元": (1e4, "CNY"),
    "元": (1.0, "CNY"),
}
PERCENT_UNITS = ("个百分点", "百分点", "%", "‰")
COUNT_UNITS = (
    "个工作日", "工作日", "个", "家", "项", "套", "栋", "幢", "所", "座", "条", "户", "辆", "台",
    "张", "间", "处", "件", "场次", "场", "批", "支", "名", "位", "株", "棵", "头", "只", "艘", "架", "部", "列",
    "人次", "人", "天", "宗", "班次", "班", "羽", "棒", "批次", "架次", "车次", "盏",
    "口",  # wells, pits and ponds (新建沼气池12万口, 打机井50口)
)
MEASURE_UNITS = (
    "平方公里", "平方千米", "平方米", "立方米", "公顷", "亩", "公里", "千米", "米", "吨", "公斤",
    "千克", "千瓦时", "千瓦", "兆瓦", "标箱", "标准箱", "床", "斤", "微克/立方米",
    "毫克/立方米", "吨标准煤/万元", "吨标准煤", "吨标煤", "千公顷", "万人次", "度", "岁", "万元/人", "元/人",
    "元/月", "元/年", "元/亩", "元/吨",  # a rate: 待遇由800元/月提高到1560元/月
    "m2", "m²", "㎡",  # square metres as a page writes them (400万m2)
    "μg/m3", "μg/m³", "ug/m3", "ug/m³",  # PM2.5 concentration as a page writes it
    "锭",  # spindles: a textile industry's size (纺织规模超过60万锭)
    "千伏安", "GWh", "Gwh", "GW", "MWh", "MW",  # transformer and plant capacities (电网容量165万千伏安, 产能96GW)
    "平米", "千升",  # 26万平米 (square metres, as spoken), 白酒产能20万千升 (kilolitres)
)
_MULTIPLIED = ("万", "亿", "千万")


def _unit_alternatives() -> list[str]:
    units = set(MONEY_UNITS) | set(PERCENT_UNITS)
    for u in (*COUNT_UNITS, *MEASURE_UNITS):
        units.add(u)
        if u not in ("个工作日", "工作日", "天", "床") and "/" not in u and u[0] not in "万亿":
            units.update(m + u for m in ("万", "亿"))
    units.add("亿")  # bare 亿 (…超10亿) is money in reports; normalised to 亿元 below
    units.add("个亿")  # 产值突破30个亿 (spoken): money too (not 3个亿元级项目: see below)
    units.update(("万方", "亿方"))  # 天然气产量7亿方: cubic metres (a bare 方 is too many other words)
    return sorted(units, key=len, reverse=True)


UNITS: list[str] = _unit_alternatives()
UNIT_RE = "|".join(re.escape(u) for u in UNITS)
# 翻一番 (doubling) is a target of its own, counted in 番; outside UNIT_RE, where 一番 would
# match 别有一番风味
DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}
EMITTED_UNITS: list[str] = [*UNITS, "番"]

LEADING_AT_LEAST = ("不低于", "不少于", "不小于", "超过", "至少", "突破", "跨越", "高于", "多于", "逾", "超", "破")
LEADING_AT_MOST = ("不超过", "不高于", "不多于", "控制在", "低于", "少于", "压减到", "降至")
LEADING_ABOUT = ("大约", "约", "近")
# 签约一批, 节约…, 条约: 约 is not "about" (but 8条约620公里 is 8 roads of about 620 km)
_YUE_IN_A_WORD = re.compile(r"[签节制预公合践]约$|(?<![\d一二两三四五六七八九十百千万])条约$")
_NOT_LEADING = {"约": _YUE_IN_A_WORD, "破": re.compile(r"[打攻]破$")}  # 打破纪录: 破 is not "past"
_LEADING: list[tuple[str, Comparator]] = sorted(
    [(w, "at_least") for w in LEADING_AT_LEAST]
    + [(w, "at_most") for w in LEADING_AT_MOST]
    + [(w, "about") for w in LEADING_ABOUT],
    key=lambda wc: -len(wc[0]),
)  # longest first: 不低于 must win over 低于
TRAILING = {
    "以上": "at_least", "左右": "about", "上下": "about", "以内": "at_most", "以下": "at_most",
    "之内": "at_most", "内": "at_most", "多": "at_least", "余": "at_least",
}
RANGE_SEP = r"(?:-|—|–|－|~|～|至于|至|到)"  # (至于: a garbled 至, 7%至于7.5%)

QUANTITY_RE = re.compile(
    rf"(?P<pct_cn>(?P<per>[百千])分之(?P<pct_num>{NUMBER}))"
    rf"|(?P<lo>{NUMBER})(?P<lo_unit>%|{UNIT_RE})?\s*{RANGE_SEP}\s*(?P<hi>{NUMBER})(?P<unit>{UNIT_RE})"
    rf"|(?P<num>{NUMBER})(?P<mult>[千百](?!米|瓦|克|公顷)(?=[万亿]?(?:{UNIT_RE})))?"
    rf"(?P<approx>[余多](?=[万亿]|[个家项所座条]))?(?P<unit1>{UNIT_RE})"  # 100余万平方米, 3500多个

    r"|(?P<wan>万)(?P<unit_wan>亿元|亿)"
    r"|(?<![一多大过])半(?P<half>天|个工作日|小时)(?=以内|之内|内)"  # 压减至半天以内
    r"|翻(?P<fan>[一两二三四]?)番"  # (翻番: doubled once)
)
_BARE_TRILLION_BEFORE = re.compile(r"(?:突破|破|超过|达到|迈上|跨越|超|逾|过)$")
# what must stand before 百亿元 (a hundred, its 一 left out) for it to be an amount
_BARE_AMOUNT_BEFORE = re.compile(r"(?:突破|超过|达到|稳定在|实现|超|过|逾|增至|跨越|迈上|在)$")


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, as found in text; offsets are relative to the searched string."""

    start: int
    end: int
    value: float | tuple[float, float]
    unit: str
    comparator: Comparator
    normalized: float | None
    currency: str | None

    @property
    def is_range(self) -> bool:
        return isinstance(self.value, tuple)


def parse_number(text: str) -> float:
    """Arabic (with thousands commas) or Chinese numerals → float. Raises ValueError."""
    t = text.replace(",", "").strip()
    if not t:
        raise ValueError("empty number")
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    try:
        return float(cn2an.cn2an(t, "smart"))
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ValueError(f"not a number: {text!r}") from exc


def canonical_unit(unit: str) -> str:
    """Unit spelling used in output: 个百分点 → 百分点, bare 亿 → 亿元."""
    if unit in ("个百分点", "个工作日"):
        return unit[1:]
    if unit in ("亿", "个亿"):
        return "亿元"
    return unit


def normalize_amount(value: float, unit: str) -> tuple[float | None, str | None]:
    """Money → (amount in base currency units, currency); other units → (plain number, None)."""
    unit = canonical_unit(unit)
    if unit in MONEY_UNITS:
        factor, currency = MONEY_UNITS[unit]
        return round(value * factor, 6), currency
    for prefix, factor in (("千万", 1e7), ("万", 1e4), ("亿", 1e8)):
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return round(value * factor, 6), None
    return value, None


def is_money(unit: str) -> bool:
    return canonical_unit(unit) in MONEY_UNITS


def _plain(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x


def comparator_around(before: str, after: str) -> Comparator:
    """Comparator from the words just before the number and just after the unit."""
    for word, comp in sorted(TRAILING.items(), key=lambda kv: -len(kv[0])):
        if after.startswith(word):
            if word in ("内", "多", "余") and after[len(word) : len(word) + 1] not in (
                "", "，", "。", "；", "、", ",", ";", "）", ")", "\n"
            ):
                continue  # 内 in 年内完成, 多 in 多元… are not comparators
            return comp  # type: ignore[return-value]
    for word, comp in _LEADING:
        if before.endswith(word) and not (word in _NOT_LEADING and _NOT_LEADING[word].search(before)):
            return comp
    return "exactly"


def trailing_comparator_length(after: str) -> int:
    """How many characters of ``after`` are a comparator word that belongs to the span."""
    for word in ("以上", "左右", "上下", "以内", "以下", "之内"):
        if after.startswith(word):
            return len(word)
    return 0


def leading_comparator_length(before: str) -> int:
    for word, _ in _LEADING:
        if before.endswith(word) and not (word in _NOT_LEADING and _NOT_LEADING[word].search(before)):
            return len(word)
    return 0


def find_quantities(text: str) -> list[Quantity]:
    """Every number-with-unit in ``text`` (already normalised: half-width digits, simplified).

    Comparators are read from the immediate context; deciding which quantities are targets is
    the extractor's job.
    """
    out: list[Quantity] = []
    for m in QUANTITY_RE.finditer(text):
        try:
            q = _quantity_from_match(text, m)
        except ValueError:
            continue
        if q is not None:
            out.append(q)
    found = len(out)
    for m in _TEN_THOUSANDS_OF_PEOPLE.finditer(text):  # 8.7万建卡贫困人口, 160多万贫困户
        if any(q.start < m.end("wan") and m.start() < q.end for q in out) or _BENEFIT_BEFORE.search(
                text, max(0, m.start() - 12), m.start()):
            continue  # (惠及1.5万群众: those a work serves, counted by another rule if at all)
        unit = "万户" if m.group("who").endswith("户") else "万人"
        out.append(Quantity(start=m.start(), end=m.end("wan"), value=float(m.group("n")), unit=unit,
                            comparator="exactly", normalized=None, currency=None))  # (160多万: as written)
    if len(out) > found:
        out.sort(key=lambda q: q.start)  # (only when one was added among them)
    return out


_BENEFIT_BEFORE = re.compile(
    r"(?:惠及|造福|受益|覆盖|服务|涉及|巩固|带动|带领|帮助|辐射|依靠|吸纳|[有的])[^，。；]{0,4}$")
# ten thousands of people or households named after the 万 (a unit is missing: 万 counts them)
_TEN_THOUSANDS_OF_PEOPLE = re.compile(
    r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)(?P<approx>余|多)?(?P<wan>万)"
    r"(?=[\u4e00-\u9fff]{0,6}?(?P<who>贫困人口|人口|群众|农民|居民|贫困户|农户|[户人](?![\u4e00-\u9fff])))")


def _quantity_from_match(text: str, m: re.Match[str]) -> Quantity | None:
    start, end = m.start(), m.end()
    if m.group("fan") is not None:
        if not m.group("fan") and not (text[max(0, start - 3):start].endswith(("实现", "提前", "基础上"))
                                       and text[end:end + 1] in ("，", "。", "；", ",", ";", "")):
            return None  # 以脱贫翻番为目标, 打好经济翻番: a slogan; 产值实现翻番，, 在某年基础上提前翻番，: targets
        value, unit = float(DOUBLINGS.get(m.group("fan"), 1)), "番"
    elif m.group("pct_cn"):
        pct = m.group("pct_num")
        value: float | tuple[float, float] = 100.0 if pct == "百" else parse_number(pct)  # 百分之百
        unit = "%" if m.group("per") == "百" else "‰"  # 千分之四: per mille
    elif m.group("hi"):
        lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
        change = re.search(r"[从由][^，。；]{0,12}$", text[max(0, start - 14) : start])
        if change or lo >= hi:
            # 从10%提高到15%: a change of level, not a range; the target is the end point.
            start = m.start("hi")
            value, unit = hi, m.group("unit")
        else:
            value, unit = (lo, hi), m.group("unit")
    elif m.group("half"):
        value, unit = 0.5, m.group("half")
    elif m.group("wan"):  # 突破万亿元, 规模破万亿: a trillion, its 一 left out
        if not _BARE_TRILLION_BEFORE.search(text, 0, start) or re.match(
                r"(?!以上|左右|以内|大关|规模)[\u4e00-\u9fff]", text[end:end + 2]):
            return None  # 万亿级产业: a class of industries
        value, unit = 1.0, "万亿元"
    elif m.group("num") in ("百", "千") and re.match(r"[场家个项所次]$", m.group("unit1")):  # 百场以上
        digit_before = re.match(r"[\d一二三四五六七八九十两〇零]", text[max(0, start - 1):start])
        built = re.search(r"(?:打造|建设|建成|培育|发展|新建|创建)$", text[max(0, start - 2):start])
        if not (re.match(r"以上|左右", text[end:end + 2]) or (built and m.group("unit1") == "个")) or digit_before:
            return None  # 百家争鸣: a saying; a hundred counts with its comparator or after 打造 (打造百个…)
        value, unit = {"百": 100.0, "千": 1000.0}[m.group("num")], m.group("unit1")
    elif m.group("num") in ("百", "千") and m.group("unit1")[0] in "万亿":  # 百亿元, 百万吨
        if not _BARE_AMOUNT_BEFORE.search(text, 0, start) or re.match(
                r"(?!以上|左右|以内|大关|规模)[\u4e00-\u9fff]", text[end:end + 2]):
            return None  # 千亿元园区, 产值过百亿元企业: a class of parks or firms
        value, unit = {"百": 100.0, "千": 1000.0}[m.group("num")], m.group("unit1")
    else:
        value = parse_number(m.group("num"))
        if m.group("mult"):
            value *= {"千": 1000, "百": 100}[m.group("mult")]
        unit = m.group("unit1")
    if unit == "个亿" and text[end:end + 1] in ("元", "级"):
        unit, end = "个", end - 1  # 建设3个亿元级项目, 1-2个亿元以上项目: projects, each of 亿元
    after = text[end : end + 4]
    before = text[max(0, start - 6) : start]
    comparator: Comparator = "range" if isinstance(value, tuple) else comparator_around(before, after)
    if m.group("approx") and comparator == "exactly" and unit[:1] in "万亿":  # (3500多个: as written)
        comparator = "at_least"
    end += trailing_comparator_length(after)
    start -= leading_comparator_length(before)
    unit = canonical_unit(unit)
    base = value[1] if isinstance(value, tuple) else value
    normalized, currency = normalize_amount(base, unit)
    value = (_plain(value[0]), _plain(value[1])) if isinstance(value, tuple) else _plain(value)
    return Quantity(
        start=start, end=end, value=value, unit=unit, comparator=comparator,
        normalized=_plain(normalized) if normalized is not None else None, currency=currency,
    )
