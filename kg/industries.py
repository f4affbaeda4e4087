"""Industries the report promises to develop, mapped to the industry scheme."""

from __future__ import annotations

import re

from kg import lexicon as lx
from kg.mentions import NameMention
from kg.segment import Document, Segmenter
from kg.textrules import LIST_ITEM, VERBS, list_items

_ONLY_VERBS = re.compile(rf"(?:{VERBS})+")  # (compiled once: the re module's cache would churn)
_INDUSTRY_HEADS = r"(?:重点|主导|基础|新兴|特色|支柱|优势|首位|战略性新兴|未来|现代|传统|优质)?"


_INDUSTRY_LIST = re.compile(
    rf"(?P<items>{LIST_ITEM}(?:、{LIST_ITEM})+)(?:等)?(?:[一二两三四五六七八九十\d]+[个大])?"
    rf"{_INDUSTRY_HEADS}(?:产业|行业|业态)(?!园|区|圈|带|链)"
)


_GROW_VERBS = (r"(?:发展|培育|壮大|做强|做大|做优|打造成|打造|布局|引进|扶持|提速发展|发展壮大|延伸|"
               r"聚焦|大力发展|加快发展|着力发展|转型发展|稳定|主攻|深耕|做精|领跑|促进|振兴)")


_NAME_END = (r"[\u4e00-\u9fff]{1,8}?(?:产业|经济|业|旅游(?!名城|岛|目的地|胜地|城市|品牌|线路|景区|强)|制造|"
             r"化工|电子商务|电商)")
_INDUSTRY_AFTER_VERB = re.compile(
    rf"{_GROW_VERBS}(?P<name>{_NAME_END}(?:和{_NAME_END})?)(?![\u4e00-\u9fff]{{0,2}}"
    r"(?:园|区|圈|带|链|体系|规划|格局|企业|增长极|示范|发展规划|平台|标杆|高地|基地|聚集地|集聚地))"
)


# 推进/推动 take anything; only a name that says 产业 itself is an industry after them
_INDUSTRY_PUSHED = re.compile(
    r"(?:推进|推动)(?P<name>(?!农村|乡村|城乡|县域|区域|城市|高端|传统|现代)[^和与及、，。；\s]{2,8}?产业)"
    r"(?![\u4e00-\u9fff]{0,2}(?:园|区|圈|带|链|城|走廊|体系|规划|格局|企业|项目|集群|基地|发展|结构|"
    r"转型|升级|融合|协同|一体化)|化)"  # 推进科技成果产业化: no industry; 推动甲产业高端化: one
)


# Words before a sector's name that are no part of it: 加强对原有脐橙、…, 做大做强文旅产业,
# 其中汽车…, 来自新一代信息技术…
_LEAD_WORDS = re.compile(
    r"(?:对?原有|做[大强优精实特]|发展壮大|壮大|今年|明年|全年|年内|重塑|其中|来自|预计|涉及|实现)+")


def find_industries(doc: Document, segmenter: Segmenter | None = None) -> list[NameMention]:
    text = doc.text
    index = lx.industry_index()
    out: list[NameMention] = []
    seen: set[int] = set()
    covered: set[int] = set()  # offsets inside a name already found

    def add(name: str, start: int) -> None:
        name = re.sub(r"相关(?=(?:产业)?$)", "", name.strip("“”‘’ "))  # 银发经济相关产业
        if (k := name.find("及")) >= 2 and _known(name[:k]) and _known(name[k + 1:]):
            add(name[:k], start)  # 航空航天及装备制造业: two sectors, each known
            add(name[k + 1:], start + k + 1)
            return
        if special := re.fullmatch(r"([\u4e00-\u9fff]{2,6}?)特色(?:产业)?", name):
            name = special.group(1)  # 发展杨梅特色产业: the crop is the industry, 特色 praises it
        bare = re.sub(r"(产业|行业)$", "", name)
        if len(bare) < 2 or start in seen or re.search(r"[\d，。]|[百千万亿]级|^[十百千万亿]+$", bare):
            return  # (千亿产业集群: a class of size)
        if name[0] in "成为" and re.search(_GROW_VERBS + "$", text[max(0, start - 4):start]):
            return  # 把甲、乙培育成经济增长新引擎: what they are grown into
        if len(name) > 3 and text[start - 1:start + 1] in _TWO_CHAR_VERBS:
            start, name = start + 1, name[1:]  # 支|持新能源汽车: the verb's second character
        if name.endswith("业") and text[start + len(name):start + len(name) + 1] == "态":
            return  # 新业态, 新型业态: a kind of business, cut short
        if text[start + len(name):start + len(name) + 1] in "+＋":
            return  # 互联网+种植业: a way of working, not a sector
        if text[start + len(name):start + len(name) + 1] == "业" and not name.endswith("业"):
            name += "业"  # 发展先进制造业: a lazy match stopped at 制造
        if len(name) >= 3 and (name[0] in "以将把" or (name[0] == "建" and text[start - 1:start] in ")）")):
            # 以茶叶、烟叶等为重点; 新(改)建柑桔、…: the verb's last character
            start, name = start + 1, name[1:]
        if (tail := re.search(r"(?:为主|为重点|规上工业|规模以上工业)$", name)) and tail.start() >= 2:
            name = name[:tail.start()]  # 以烟叶为主, 箱包皮具规上工业产值: the sector before the frame
            if re.fullmatch(r"其中|预计|实现|完成|全年|今年|全[省市县区镇乡]", name):
                return  # 其中规上工业增加值: no sector named before the frame
        if (lead := _LEAD_WORDS.match(name)) and len(name) - lead.end() >= 2:
            start, name = start + lead.end(), name[lead.end():]  # 对原有脐橙, 做大做强文旅: the crop, the sector
        if name.endswith("业") and text[start + len(name):start + len(name) + 1] == "化":
            return  # 新型工业化进程: industrialisation, not an industry
        if re.search(r"(?:以及|及|和)$", name) and len(name) > 4:
            name = re.sub(r"(?:以及|及|和)$", "", name)  # 新能源新材料及“互联网+…”: the joint goes
        if name.startswith("其中") and len(name) > 4:
            start, name = start + 2, name[2:]  # 其中淡水产品加工: the list's own word
        if (k := name.rfind("为")) >= 0 and len(name) - k > 2:
            start, name = start + k + 1, name[k + 1:]  # 被市确定为新能源: what it was named as
        if (scope := re.match(r"全(?:球|国|省|市|县|区)", name)) and len(name) - scope.end() >= 2:
            start, name = start + scope.end(), name[scope.end():]  # 为全球新能源、汽车等产业: where, not what
        if name[:1] in "年月" and text[start - 1:start].isdigit():
            start, name = start + 1, name[1:]  # 2012年高新技术: the year's 年
        if placed := re.match(r"[\u4e00-\u9fff]{2,5}?[城镇乡县区市](?=[\u4e00-\u9fff]{4})", name):
            start, name = start + placed.end(), name[placed.end():]  # 某花城生态休闲旅游: the town
            if len(name) >= 3 and name[0] in "以将把":
                start, name = start + 1, name[1:]  # 支持某镇以高品质房地产…: the town, then its means
        bare = re.sub(r"(产业|行业)$", "", name)
        if len(bare) < 2:
            return  # 其中产业: nothing left once the lead words go
        if bare in ("盆地", "绿色", "生态", "低碳") or re.search(r"地区|盆地|新区|园区|片区", bare):
            return  # 泛共和盆地、环湖地区生态旅游: places listed with industries
        if bare in _NOT_INDUSTRY or bare in _NOT_INDUSTRY_ALONE or (
                bare.startswith(_NOT_INDUSTRY_PREFIX) and not bare.startswith("全域")) or re.match(
                r"[一二两三四五六七八九十\d]+[大个]", bare):
            return  # (三大主导产业: a count of the report's own industries)
        if bare.endswith(("核心", "企业", "项目", "重大", "以上", *_NOT_SECTOR_YE, "乐业", "失业")) or (
                "以上" in bare):  # (安居乐业: a good life, not a sector)
            return
        # 低碳清洁型 (a quality), 某职业技术学院 (a partner), 体育事业 (a public service),
        # 村级集体经济 (an ownership form): nouns a growth verb also takes, not industries
        if bare.endswith(("型", "学院", "大学", "学校", "事业", "集体经济", "企")):
            return
        if bare.endswith(("局", "委", "办", "管委会", "药业", "集团", "公司")) or (
                bare[0] in "省市区县镇乡" and bare[1:] in (*_NOT_INDUSTRY, "农业")):
            return  # 区工业和信息化局 (a department), 某某药业 (a firm), 区工业 (the district's)
        if bare.endswith("经济") and _is_region(bare[:-2]):
            return  # 支撑广西经济崛起: a region's economy, not a sector
        if bare.startswith(("万元", "亿元", "单位")) or _NOT_AN_INDUSTRY_AFTER.match(text, start + len(name)):
            return  # 万元工业增加值能耗, 新型农业经营主体, 高新技术企业: other nouns
        if _VERB_INSIDE.search(bare) or _NOT_A_NAME_SHAPE.search(bare):
            return  # 某地打造智能家电, 抢抓人工智能: a clause, not a name
        seen.add(start)
        covered.update(range(start, start + len(name)))
        s, e = doc.clean.span(start, start + len(name))
        entry = index.get(name) or index.get(bare)
        extra = {"concept": entry.name, "gbt4754": entry.gbt4754} if entry else {}
        out.append(NameMention(name=name, start=s, end=e, text=doc.clean.original[s:e],
                               extra=extra))

    def _known(name: str) -> bool:
        return bool(index.get(name) or index.get(re.sub(r"(?:产业|行业|业)$", "", name)))

    for m in _ITEM_LIST.finditer(text):
        listed, end = m.group("items"), m.end()
        if grown := _GROWN_INTO_AFTER.search(listed, listed.rfind("、") + 1):
            listed, end = listed[:grown.start()], m.start("items") + grown.start()  # 甲、乙培育成…
        after = _LIST_HEAD_AFTER.match(text, end)
        if after and text.startswith("体系", after.end()) and not after.group(0).startswith("等"):
            after = None  # 新型城镇化建设、现代产业体系构建: tasks; 甲、乙等现代煤化工产业体系: industries
        counted = re.match(r"等|[一二两三四五六七八九十\d]", after.group(0)) if after else None
        if after and after.group(0).endswith("领域") and _INFRASTRUCTURE_AFTER.match(text, after.end()):
            continue  # 5G基站、特高压、充电桩等7大领域新型基础设施: works to build, not industries
        if after and text.startswith("基地", after.end()) and not counted:
            after = None  # 甲、乙石化产业基地: a list of sites; 甲、乙六大产业基地: industries
        before = (_LIST_VERB_BEFORE.search(text, max(0, m.start() - 6), m.start() + 8)
                  or _GROWN_INTO_AFTER.match(text, end))  # 把甲、乙培育成…: grown too
        if _SPENDING_BEFORE.search(text, max(0, m.start() - 4), m.start() + len(listed.split("、")[0])):
            continue  # 用于教育、医疗、养老等领域: where money goes, not industries
        items = [(st, it) for st, it in list_items(  # 甲、乙以及丙: 以及 joins two items as 和 does
            listed.replace("和", "、").replace("以及", "、、"), m.start("items")) if it]
        first = listed.split("、")[0].split("以及")[0]
        if items and (k := len(first) - len(_strip(first))) < len(first) - len(items[0][1]):
            items[0] = (m.start("items") + k, first[k:])  # 稀土新材料及应用: 及 joins one name
        items = [(st, re.split(r"等|[一二两三四五六七八九十\d]+[个大]", it)[0]) for st, it in items]
        items = [piece for st, it in items for piece in _split_at_composition(st, it)]
        items = _complete_elided_bases(items, index)
        lead = re.match(r"[\u4e00-\u9fff]{0,4}?(?:涉及|涵盖|包括|覆盖)", items[0][1]) if items else None
        if lead and len(items[0][1]) - lead.end() >= 2:
            items[0] = (items[0][0] + lead.end(), items[0][1][lead.end():])  # 项目涉及新材料: what they span
        if _not_an_industry_list(text, m.start(), end, [it for _, it in items]):
            known_items = [(st, it) for st, it in items if it in index or (re.search(
                r"(?:产业|制造|化工|业)$", it) and not it.endswith(_NOT_SECTOR_YE))]
            spans = re.search(r"(?:涉及|涵盖|包括|覆盖)[^，。；、]{0,8}$", text[max(0, m.start() - 4):items[0][0]])
            if not (spans and after and after.group(0).endswith("领域") and len(known_items) >= 2 and not (
                    _not_an_industry_list(text, m.start(), end, [it for _, it in known_items]))):
                continue
            items = known_items  # 涉及新材料、新能源、基础设施等领域: the sectors among the fields
        known = sum(1 for _, it in items if it in index or (re.search(
            r"(产业|经济|制造|服务|业|化工|电商|电子商务|旅游)$", it) and not it.endswith(_NOT_SECTOR_YE)))
        # (围绕 also leads lists of work areas: 围绕乡村振兴、全域旅游、民生保障: all but one sectors)
        need = max(2, len(items) - 1) if before and before.group(0) == "围绕" else max(1, len(items) // 2)
        if not (after or (before and known >= need)):
            continue
        if after and after.group(0).endswith(("种植", "养殖")) and not before and (
                not re.match(r"等特色", after.group(0)) or _FIGURE_AFTER.match(text, after.end())):
            continue  # 扩大甲、乙等种植面积: crops grown on purpose; 甲、乙种植面积达到…: a figure;
            # 甲、乙等特色种养殖: farming to develop
        if text[m.start() - 1:m.start()] == "等" and items[0][1][:1] in "村镇乡":
            items[0] = (items[0][0] + 1, items[0][1][1:])  # 甲、乙等村肉牛、…: the villages' word
        if any(len(it) > 12 or _looks_like_place(it) for _, it in items):
            continue
        for start, item in items:
            add(item, start)
    for m in _INDUSTRY_AFTER_VERB.finditer(text):
        pos = m.start("name")
        whole = m.group("name")
        parts = [whole] if whole in index else whole.split("和")  # 培育数字经济和人力资源服务业
        for part in parts:
            bare = _strip(part)  # 培育壮大新兴产业: 壮大 is a second verb
            add(bare, pos + len(part) - len(bare))
            pos += len(part) + 1
    for m in _INDUSTRY_PUSHED.finditer(text):  # 深入推进商贸物流产业
        add(m.group("name"), m.start("name"))
    for m in _INDUSTRY_AS_MEANS.finditer(text):  # 以数字经济带动工业强市
        add(m.group("name"), m.start("name"))
    for m in _INDUSTRY_GROWING.finditer(text):  # 推进白酒产业高质量发展, 某区电动两轮车产业集群
        name = _strip(re.split(r"[，。；：、]", m.group("name"))[-1])
        name = re.split(r"(?:园区|开发区|新区|[县镇乡区市]域|[区县镇乡])", name)[-1]  # (镇域工业: the town's)
        if len(name) >= 2 and not _NOT_A_NAME_INSIDE.search(name) and not _VERB_INSIDE.search(name):
            add(name + "产业", m.end("name") - len(name))
    for m in _SECTOR_LEADS.finditer(text):  # 焦化行业，打造…。肥料行业，打造…: one sector per clause
        if not re.search(_GENERIC_SECTOR, m.group("name")):
            add(m.group("name"), m.start("name"))
    for m in _SECTOR_PROGRAMME.finditer(text):  # 深入实施林果业提质增效工程
        if m.group("name") not in _NOT_SECTOR_YE:
            add(m.group("name"), m.start("name"))
    for m in _INDUSTRY_UPGRADED.finditer(text):  # 推进卫浴高端化、绿色化发展
        if not _NOT_A_NAME_INSIDE.search(m.group("name")) and not _looks_like_place(m.group("name")):
            add(m.group("name"), m.start("name"))
    for m in _INDUSTRY_ATTACKED.finditer(text):  # 攻坚医药化工产业
        add(m.group("name"), m.start("name"))
    for m in _CHAIN_OF.finditer(text):  # 围绕碳纤维产业链: the chain's industry
        name = _strip(m.group("name"))  # 延伸拓展重化产业链条: 拓展 is a second verb
        if not re.search(r"若干|[千百万]亿|亿级|重点|产业|[圈建强补延]|供应|价值|创新|资金|人才|数据$", name):
            add(name, m.end("name") - len(name))
    for m in _INDUSTRY_SUBJECT.finditer(text):
        name = _strip(re.split(r"[，。；、：]", m.group("name"))[-1])
        name = re.split(r"(?:园区|开发区|新区|产业园|工业园|[区县镇乡])", name)[-1]  # 某工业园区新材料产业
        add(name, m.end("name") - len(name))
    for m in re.finditer(r"战略性新兴产业", text):  # a sector to grow wherever it stands (rule 43)
        add(m.group(0), m.start())
    refused: set[int] = set()  # offsets inside a longer scheme word refused where it stands
    for name in sorted(index, key=len, reverse=True):
        if len(name) < 2:
            continue
        at = text.find(name)
        while at >= 0:  # (str.find: a regex per name would churn the re module's cache)
            if at in refused:
                pass  # 冰雪旅游品牌: 冰雪旅游 names a brand here, so 冰雪 inside it is none either
            elif at not in covered and not _speaks_of_industry(text, name, at, at + len(name)):
                if _SOMETHING_ELSE_AFTER.match(text, at + len(name)):
                    refused.update(range(at, at + len(name)))
            elif at not in covered:
                lead = _modifier_before(text, at, name, segmenter) if segmenter else ""
                add(text[at - len(lead):at] + name, at - len(lead))
            at = text.find(name, at + 1)
    out.sort(key=lambda n: n.start)
    return out


_ITEM = r"(?:(?!等|和|[一二两三四五六七八九十]+[个大]|产业|行业|领域|全产业)[\u4e00-\u9fffA-Za-z]){2,12}"


_LONG_ITEM = _ITEM.replace("{2,12}", "{3,12}")
_ITEM_LIST = re.compile(  # (甲、乙和丙丙丙、丁: a 和 may join two items anywhere in the list; 泛共和盆地 is one)
    rf"(?<![产行])(?P<items>{_ITEM}(?:和{_LONG_ITEM})?(?:、{_ITEM}(?:和{_LONG_ITEM})?)+(?:和{_ITEM})?)")


_INFRASTRUCTURE_AFTER = re.compile(r"的?(?:新型)?基础设施|的?新基建")
_LIST_HEAD_AFTER = re.compile(
    r"(?:等)?(?:“[^”，。；]{1,8}”)?“?(?:[一二两三四五六七八九十\d]+[个大条])?[\u4e00-\u9fff]{0,6}?"
    r"(?:(?:产业|行业|业态|领域|集群|经济|性服务业|服务行业|制造业)(?!园|区|圈|带|项目|重点|企业|链|能级|布局|结构|升级|转型)"
    r"|全?产业链|种植|养殖)"
)


def _complete_elided_bases(items: list[tuple[int, str]],
                            index: dict[str, lx.IndustryEntry]) -> list[tuple[int, str]]:
    """镁基、铝基和化工新材料: a bare 甲基 item shares the scheme word the last item ends with."""
    if len(items) < 2:
        return items
    last = items[-1][1]
    head = max((k for k in index if last.endswith(k) and len(k) < len(last)), key=len, default=None)
    if not head:
        return items
    return [(st, it + head if i < len(items) - 1 and it.endswith("基") else it) for i, (st, it) in enumerate(items)]


def _split_at_composition(start: int, item: str) -> list[tuple[int, str]]:
    """以甲、乙为主的丙: the last item is 乙 and, after 为主的, the whole it makes up (丙)."""
    m = re.search(r"为(?:主题|主打品牌|主打|主|重点|核心|主导|主体|代表|龙头|特色)的", item)
    if not m:
        return [(start, item)]
    return [(start, item[:m.start()]), (start + m.end(), item[m.end():])]


def _not_an_industry_list(text: str, start: int, end: int, items: list[str]) -> bool:
    """合肥、芜湖、滁州… (cities), 国资国企改革、农村综合改革 (reforms), 在医药中间体、食品添加剂
    等领域 (where a technology is applied), 钢铁、焦化等重点行业超低排放改造 (industries to clean
    up, not to grow)."""
    from kg.reference import divisions

    table = divisions()
    if any(table.named(it) or it.endswith(("改革", "体制")) or "在" in it for it in items):
        return True
    if sum(1 for it in items if re.fullmatch(r"[促增惠提优稳保强兴扩降防抓][\u4e00-\u9fff]{2}", it)) * 2 > len(items):
        return True  # 促消费、增财政、惠民生、提外贸: the year's slogans
    if any(it.startswith("从") for it in items):
        return True  # 从硅料到铸锭、拉晶、切片…全产业链: the stages of one chain
    if any("的" in it or _ONLY_VERBS.fullmatch(it) for it in items):
        return True  # 茶树与大山、凉亭、水榭相融合的茶产业景观; 强化…、完善产业标准: no list of sectors
    if any(it.endswith(("项目", "工程")) for it in items):
        return True  # 大抓项目、大抓产业: drives, not sectors
    if any(it.endswith(("资金", "债", "债券", "基金", "贷款")) for it in items):
        return True  # 中央预算内资金、一般债、专项债支持的领域: where money comes from
    if any(it in _FIELD_WORDS or it.endswith(_INDICATOR_ENDS) or _STATE_INSIDE.search(it)
           for it in items):
        return True  # 科技、产业、民生等领域 (fields), 税收占比、进出口总额 (indicators),
        # 经济增长持续向好、农业农村稳固繁荣 (how things are going)
    if text[max(0, start - 1):start] == "在" or re.search(r"在[^，。；、]{0,4}$", text[max(0, start - 6):start]):
        return True
    if _INVESTED_IN_AFTER.match(text, end):
        return True  # 工业、能源、城建、交通等五大重点领域的投资: where money goes
    if re.match(r"等?[\u4e00-\u9fff]{0,4}消费", text[end:end + 8]) and not all(
            it.endswith(_SECTOR_ENDS) for it in items):
        return True  # 提振汽车、家电、家具等大宗消费: what people buy
    return bool(_CURBED_AFTER.match(text, end, end + 16))


# (稳就业, 宜居宜业 are no sectors)
_NOT_SECTOR_YE = ("就业", "创业", "物业", "作业", "毕业", "专业", "企业", "事业", "宜业", "乐业", "兴业")
_FIELD_WORDS = frozenset(("产业", "民生", "科技", "基础设施", "社会事业", "生态", "安全", "新基建",
                          "城建", "交通", "水利", "教育", "医疗", "卫生"))
_INDICATOR_ENDS = ("占比", "总额", "总量", "比重", "增速", "收入", "规模", "投资", "增加值")
_STATE_INSIDE = re.compile(r"向好|繁荣|稳固|突破|稳定|提升|改善|增强|持续|有效|[足大强优好]$|优势$|禀赋|现有|会议|全会|"
                           r"大会|作品展|展览会|论坛|博览会")
_INDUSTRY_AS_MEANS = re.compile(
    rf"(?<![规模])以(?P<name>{_NAME_END})(?:为引领|为主导|为支撑|为龙头|带动|引领|赋能|驱动|促进|支撑|推动)")
_NOT_A_NAME_INSIDE = re.compile(
    rf"[的将要在是为]|{VERBS}|企业|收入|特色|加速|引领|优势|[一二两三四五六七八九十\d]+[个大]")
_INDUSTRY_GROWING = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,10}?)产业(?=集群|高质量发展|转型升级|提质增效|做大做强|发展壮大)")
# 实施林果业提质增效工程, 畜牧业振兴行动: a programme for a sector names the sector
_SECTOR_PROGRAMME = re.compile(r"(?<=实施|推进|开展|启动)(?P<name>[\u4e00-\u9fff]{1,4}业)(?=提质增效|振兴|转型升级)")
# A paragraph that takes the sectors one by one, each named before a comma: 焦化行业，打造…
_SECTOR_LEADS = re.compile(r"(?:^|(?<=[。；\n]))\s*(?P<name>[\u4e00-\u9fff]{2,8}?)行业[，,：:](?=[\u4e00-\u9fff]{0,4}?"
                           rf"(?:{_GROW_VERBS}|推进|建设|加快|实施|支持|引导|鼓励|重点|以|围绕|依托|聚焦))")
_GENERIC_SECTOR = r"^(?:各|重点|传统|相关|新兴|优势|主导|支柱|其他|服务|特色|骨干|全)"
_UPGRADE = r"(?:高端|智能|绿色|集群|规模|数字|集约|品牌|链条)化"
_INDUSTRY_UPGRADED = re.compile(
    rf"(?:推进|推动|促进|加快|引导)(?P<name>[\u4e00-\u9fff]{{2,6}}?)(?:产业)?(?={_UPGRADE}[、和]{_UPGRADE})")
_INDUSTRY_ATTACKED = re.compile(r"(?:攻坚|主攻)(?P<name>[\u4e00-\u9fff]{2,8}?产业)(?![园区链])")
_CHAIN_OF = re.compile(
    r"(?:围绕|聚焦|延伸|打造|完善|补齐|做强|壮大|延长|拉长)(?P<name>[\u4e00-\u9fff]{2,8}?)(?:产业)?链(?!长)")
_INVESTED_IN_AFTER = re.compile(r"等?[一二三四五六七八九十\d]*大?(?:重点)?领域的?(?:投资|建设|支出)")
# what is done to an industry that is being restrained rather than grown
_CURBED_AFTER = re.compile(r"[^，。；]{0,10}?(?:超低排放|节能降碳|淘汰|去产能|压减|关停|整治|环保改造)")
_NOT_AN_INDUSTRY_AFTER = re.compile(r"经营主体|主体|等?企业|等?公司|临床|批件|增加值能耗|能耗|人才|农民|消费|事业"
                                    r"|等?项目")  # (发展教育事业: a public service; 某智能制造等项目: a firm's)


def _looks_like_place(item: str) -> bool:
    return bool(re.search(r"(?:区|镇|乡|村|县|市|省|园|城|基地|街道)$", item))


# 把甲、乙培育成…, 支持甲、乙向精深方向发展: the list's items are what is grown
_TWO_CHAR_VERBS = frozenset(("支持", "坚持", "扶持", "保持", "维持", "推动", "带动", "拉动", "利用", "涵盖"))
_GROWN_INTO_AFTER = re.compile(
    r"(?:培育|打造|发展|建设|做大做强|壮大)成为?|向[^，。；、]{1,6}?(?:方向)?(?:发展|延伸|迈进)")


def _is_region(name: str) -> bool:
    from kg.reference import divisions

    return bool(name) and bool(divisions().named(name))


_LIST_VERB_BEFORE = re.compile(r"(?:围绕|聚焦|培育|壮大|做强|做优|做大|布局|大力发展|加快发展|发展|扩大)")
_FIGURE_AFTER = re.compile(r"[^，。；]{0,2}(?:面积|规模|产量|大户|[\d一二三四五六七八九十两])")


# 新材料产业园, 石化产业集聚区, 电商产业功能区: a park named after an industry is a place.
_PARK_AFTER = r"(?![\u4e00-\u9fff]{0,2}(?:园|集聚区|聚集区|功能区|基地|示范区|开发区))"
_INDUSTRY_AFTER = re.compile(
    rf"(?:产业链|产业(?!化){_PARK_AFTER}|行业|经济|集群|领域|业态|发展|增加值|产值|营业收入|"
    rf"等(?:[^，。；]{{0,6}})?产业(?!项目))"
)


_INDUSTRY_SUBJECT = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,12}?(?:服务业|产业|业))(?=增加值|营业收入|产值|规模|营收)"
)


_INDUSTRY_BEFORE = re.compile(
    r"(?:发展|培育|壮大|做强|做大|做优|打造|布局|引进|扶持|聚焦|大力发展|加快发展|着力发展)$"
)


def _speaks_of_industry(text: str, name: str, start: int, end: int) -> bool:
    """A word of the scheme is an industry only where the text speaks of one: 发展养老产业 yes,
    养老床位/养老金 no. A longer word that itself names a sector (数字经济, 装备制造业, 全域旅游)
    counts wherever it stands, unless what follows makes it something else (数字经济企业,
    现代服务业集聚区)."""
    if _INDUSTRY_AFTER.match(text, end):
        return True
    if _SOMETHING_ELSE_AFTER.match(text, end):
        return False
    if (len(name) >= 4 and name.endswith(_SECTOR_ENDS)) or (len(name) == 3 and name.endswith("业")):
        return not _NOT_AN_INDUSTRY_AFTER.match(text, end)  # (畜牧业, 会展业: a sector too)
    return bool(_INDUSTRY_BEFORE.search(text, max(0, start - 6), start))


_SECTOR_ENDS = ("经济", "产业", "业", "制造", "旅游")


# 打造先进制造平台: the industry word names what is built for it
_SOMETHING_ELSE_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,2}(?:示范|中心|品牌|线路|目的地|平台|标杆|高地|基地|园|集聚区|聚集地|名城|强[市县区省]|"
    r"先行区|试验区|引领区|景点|景区|片区|规划|新天地|展览会|展会|(?<![重要亮难焦痛特])点|区(?!域))")
# (乡村旅游景点, 乡村旅游点, 生态旅游区, 冰雪新天地: sites and plans)
_SPENDING_BEFORE = re.compile(r"用于|投向|投入|倾斜")
_STRIP = re.compile(
    rf"^(?:.*(?:{VERBS}|推广|扩大|[的和与等、“”·])|[将把以])(?=[\u4e00-\u9fffA-Za-z]{{2}})")


def _modifier_before(text: str, at: int, name: str, segmenter: Segmenter) -> str:
    """The words that make a scheme's word a narrower industry (碳基|新材料, 商贸|物流业,
    一批现代|医药 → 现代): what is left of the run of characters before it once verbs,
    function words and counts are cut, when it is short and no region's or class's word."""
    run = re.search(r"[\u4e00-\u9fff]{1,8}$", text[max(0, at - 8):at])
    if not run:
        return ""
    stripped = _strip(run.group(0) + name)
    lead = re.sub(r"^[一二两三四五六七八九十\d]*[批个大项类]", "", stripped[:len(stripped) - len(name)])
    if not 2 <= len(lead) <= 4:
        return ""
    if _NOT_A_MODIFIER.search(lead) or lead in _NOT_INDUSTRY:
        return ""
    # common nouns and attributes only (汽车, 商贸, 高档, 现代): no place, person, firm or verb
    # (巴蜀文化旅游, 万达文化旅游, 抢占数字经济)
    words = segmenter.pos_tokenizer.lcut(lead)
    if any(w.flag not in _MODIFIER_TAGS or w.word in ("国家", "国际") for w in words):
        return ""
    return lead


_MODIFIER_TAGS = frozenset(("n", "b", "t"))


# 全市, 我区, 规上, 千亿级, 重点, 发展: the whole region, a class or a verb, not a kind of industry
_NOT_A_MODIFIER = re.compile(r"[省市县区镇乡村州旗]|规上|规模|级|重点|主导|支柱|首位|相关|各类|本地|当地|"
                             r"优势|新兴|产业|行业|企业|经济|发展|建设|[的和与及或在对为是]")


def _strip(s: str) -> str:
    """strip_verbs without cutting at 及 (智能传感器及物联网 is one industry)."""
    return _STRIP.sub("", s)


# 有品牌、有实力, 上下游紧密协同的, 万亿元级, 网红经济蜚声全国, 民生工程, 特色优势: list items
# that are qualities, classes, clauses or programmes
_NOT_A_NAME_SHAPE = re.compile(
    r"的$|级|^(?:个|入|暨|有(?!色)|到|随着|加快|构建|应对|调|综合运用|[省市县区]委)|"
    r"(?:工程|门户|优势|支撑|引领|丰富|先进|集聚|协同|全国|理念|主导|支柱|实业)$|[上中]高度|紧密|"
    r"拉长|延伸|招商|引资|建强|转变|集团|"
    # 一支懂经济的队伍, 成本更低, 细化到产业, 分析了产业: clauses
    r"^[一两二三四五六七八九十][支批个种条项家]|[更最很较][低高好强大小优]|到$|改革开放|了|"
    # 战新产业产值 (an indicator), 培育计划 (a programme), 首席科学家 (people)
    r"^(?:产值|营收|税收|收入)$|计划$|(?:科学|艺术|金融|企业|实业|投资)家$")
_VERB_INSIDE = re.compile(
    r"打造|发展|推进|推动|抢抓|支持|培育|壮大|建设|一体|聚力|作为|这一|生有|生新|向|我[镇乡县区市]|活跃|"
    # 活跃经济 (to enliven), 增加值占规上工业 (an indicator's words), 某县长…, 人大代表 (people)
    r"增加值|比重|^占|大抓|带农|富农|联农|[省市区县]长|人大|代表|"
    # 粮油生产是农业…, 努力把中药材…, 成功入列, 开始鼓励, 涉及教育, 扭负为正, 排名, 放在: clauses
    r"是|把|成功|开始|鼓励|涉及|扭负为正|排名|放在|"
    # 瞄准汽摩, 开辟生物医药, 强攻工业, 打好, 提供, 要以, 如规上工业: a verb or a lead-in, no name
    r"瞄准|开辟|必须|强攻|打好|提供|^要以|^如|^改造")
_NOT_INDUSTRY = ("未来", "服务业", "制造业", "高技术制造业", "高新技术", "科技", "工业",
                 "先导", "优质", "主导", "基础", "重点", "新兴", "传统", "特色", "支柱", "优势", "首位",
                 "战略性", "各类", "相关", "新", "本地", "区域", "实体", "民营", "县域", "社会",
                 "国民", "地区", "宏观", "发展", "外溢", "产业", "服务", "新兴产业", "实体经济",
                 "民营经济", "县域经济", "经济", "全产业", "产业链", "新兴经济", "农业",
                 "现代工业", "完成", "工业经济", "新型农业", "农村经济", "城乡经济", "区域经济", "城市经济",
                 "镇域经济", "乡域经济", "第一", "第二", "第三", "乡村", "农村")
# Words a lazy match leaves as a sector, never one alone: qualities, parts of a clause (现代 and
# 高端 still narrow a sector before it, 现代医药)
_NOT_INDUSTRY_ALONE = ("现代", "高端", "主体", "生产", "成色", "新业", "崭新业", "技术含量", "实现", "更深",
                       "高品质", "标准化", "集约化", "数字化", "高技术", "城市工业", "规下工业", "地方经济")


_NOT_INDUSTRY_PREFIX = ("非", "国际", "世界", "目标", "让", "一系列", "更多",
                        "优质", "主导", "基础", "重点", "各类", "相关", "一批", "外溢", "这些", "规模",
                        "规上", "省级", "市级", "国家级", "全", "一二三", "第一产", "第二产", "第三产")
