"""General word lists the extraction rules use: commitments, tense markers, kinds, suffixes.

Nothing here is specific to one report; every list is about the genre (政府工作报告).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

QUALIFIERS: list[tuple[str, str]] = [
    ("确保", "ensure"), ("必须", "ensure"), ("保证", "ensure"), ("坚决", "ensure"), ("力保", "ensure"),
    ("力争", "strive"), ("争取", "strive"), ("努力", "strive"), ("力促", "strive"),
    ("力求", "strive"), ("预期", "expected"), ("预计", "expected"),
]

# The first year of each five-year plan (“十三五” = 2016–2020)
FIVE_YEAR_PLAN_START = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026,
                        "十六五": 2031}

# Words that put what follows in the past (actual figures) or in the future (targets).
PAST_MARKERS = (
    "去年", "上年度", "过去一年", "过去五年", "过去的一年", "一年来", "五年来", "这一年", "刚刚过去",
    "近五年", "近年来", "过去几年", "过去的五年", "过去的几年", "过去三年", "过去的三年", "这五年", "五年间",
    "截至", "此前", "往年", "报告显示", "数据显示", "回顾", "标志着", "今年以来", "年初以来",
    "两年来", "三年来", "四年来", "十年来", "近三年", "过去两年", "这三年",
    "会议以来", "全会以来", "党代会以来",  # 市五届人大一次会议以来: since the last congress, a term looked back on
)
# Past markers that only speak for their own clause (…已建成的32家…，全年新增500家).
CLAUSE_PAST_MARKERS = (
    "已经", "已", "完成了", "实现了", "达到了", "增长了", "新增了", "建成了", "累计完成", "分别增长了",
    "荣获", "获评", "成功", "连续", "正在",  # (正在建设4家酒店: in hand now, no promise)
)
# Existing stock used as a resource (依托区内12个…): past only inside the same clause.
STOCK_MARKERS = ("依托", "现有", "共有", "目前", "已有", "全区共", "全市共", "全县共", "现在有")
FUTURE_MARKERS = (
    "今年", "明年", "年内", "力争", "确保", "争取", "预期", "预计", "计划", "目标", "将", "要",
    "努力", "力促", "力求", "到年底", "年底前", "必须", "拟", "新的一年",
)
REVIEW_HEADING = ("回顾", "回望", "过去一年", "过去五年", "工作总结", "一年来", "五年来", "主要成绩",
                  "成绩单", "去年", "成就", "开展情况", "进展情况", "推进情况", "完成情况")  # (三、工作开展情况)
PLAN_HEADING = (
    "今年", "工作安排", "主要任务", "重点工作", "目标", "总体要求", "展望", "工作打算",
    "明年", "重点任务", "工作建议",
)

GROWTH_VERBS = ("增长", "增速", "增幅", "涨幅", "提高", "提升", "增加", "上涨", "递增", "年均增长", "比增")
TO_LEVEL = ("提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至", "达到",
            "达", "降至", "降到", "下降到", "下降至", "降低到", "降低至", "控制在", "保持在", "稳定在")
REDUCTION_VERBS = ("下降", "减少", "降低", "压减", "削减", "压缩", "减排", "节约", "减轻", "降", "消除")
INCREMENT_VERBS = (
    "新增", "净增", "新建", "新培育", "新引进", "新认定", "新开工", "新创建", "新设立", "新发展",
    "新招引", "新落地", "新登记", "新注册", "新改建", "新改造", "新开办", "新上", "新签约", "新纳入",
    "新入库", "新培", "新开", "新打造", "新创", "新获批", "新建成", "新铺设", "新植", "新引育", "新办",
    "新供", "新竣工",
)
SHARE_WORDS = ("率", "占比", "比重", "比例", "占", "覆盖")

# Prefixes stripped from an indicator phrase (commitment, time, scope, verbs).
INDICATOR_NOISE_PREFIX = (
    "全年", "今年", "年内", "明年", "全区", "全市", "全县", "全省", "全州", "全镇", "全乡", "全旗",
    "我区", "我市", "我县", "我省", "我州", "力争", "确保", "力保", "争取", "努力", "预期", "预计", "实现",
    "完成", "达到", "分别", "累计", "共", "各类", "全面", "积极", "加快", "推进", "实施", "力促",
    "力求", "主要", "目标", "是", "要", "将", "其中", "全社会", "年均", "计划", "以上", "的", "加速",
    "培育", "认定", "引进", "建设", "打造", "开工", "竣工", "新开工", "扶持", "支持", "推动", "落实",
    "确保完成", "新培育认定", "每年", "为", "和", "及", "同时", "建成", "新建", "改扩建",
    "扩建", "改造", "提升", "开展", "组织", "开发", "投入", "兑现", "创建", "发展", "改建", "安排",
    "减少", "新获", "新获批", "促进", "即", "基本完成", "基本", "着力推出", "推出", "守住", "消除",
    "新组建", "组建", "打通", "新推广", "推广", "同步建成", "同步",
)
INDICATOR_NOISE_SUFFIX = (
    "分别", "增长", "增速", "增幅", "达到", "达", "完成", "实现", "控制在", "提高", "提升", "提高到",
    "提升到", "增加", "下降", "减少", "降低", "突破", "跨越", "超过", "不低于", "不少于", "不超过", "超",
    "保持在", "稳定在", "年均", "比上年", "同比", "较上年", "以上", "约", "在", "为", "至", "到", "了",
    "总量", "规模", "累计", "力争", "确保", "争取", "预计", "预期", "新增", "共", "的",
    "每人每年", "每人每月", "每年", "保持", "再", "问题", "预期目标", "同口径", "比增",
    "目标", "设定", "设定为", "目标设定为",
)

# Zones and parks that host projects: listed with projects (甲港区、乙产业园等项目) they are places
ZONES_HOSTING_PROJECTS = ("港区", "集聚区", "聚集区", "风景区", "旅游区", "度假区", "开发区", "高新区", "片区",
                          "产业园", "工业园", "园区")
PLACE_SUFFIXES = (
    "科技城", "科学城", "科教城", "国际科教城", "科创大走廊", "大走廊", "总部基地", "中心区",
    "中央商务区", "商务区", "航空城", "步行街", "金融街", "起步区", "新片区", "实验区", "综合实验区",
    "生态区", "金融湾", "农谷", "功能区", "产业功能区", "旅游度假区", "软件园", "金融城", "港务区",
    "寺", "古城", "互市贸易区", "贸易区", "大峡谷", "峡谷", "石林", "城址", "矿山公园",
    "自由贸易试验区", "自贸试验区", "综合保税区", "保税区", "高新技术产业开发区", "经济技术开发区",
    "经济开发区", "开发区", "高新区", "经开区", "新区", "片区", "园区", "工业园", "产业园", "科技园",
    "物流园", "风景名胜区", "风景区", "旅游区", "度假区", "景区", "国家森林公园", "森林公园",
    "湿地公园", "公园", "组团", "商圈", "街道", "街区", "新城", "老城", "古镇", "小镇", "特色小镇",
    "镇", "乡", "村", "社区", "苏木", "嘎查", "湖", "水库", "岛", "港区", "港", "示范区", "先行区", "功能区",
    "集聚区", "聚集区", "试验区", "工业区", "老工业区", "风貌区", "历史文化风貌区", "中央活动区", "国际陆港",
    "陆港", "湿地", "祠", "庙", "遗址", "示范园", "博览园", "生态园", "农业园", "观光园", "植物园",
    "动物园", "乐园", "故居", "都市圈", "城市带", "城市群", "经济带", "经济圈", "库区", "地区", "山区",
    "产业带", "平原", "自然保护区", "经济区", "产业区",
    "工业集中区", "集中区", "科创飞地", "创业园", "孵化园",
    "综保区", "口岸", "大街", "商业街", "特色街", "合作区", "深度合作区", "特别合作区",
    "化工园", "轻工园", "加工园", "科创园", "创新园", "文化园", "双创园", "小微园", "农耕园", "非遗园",
    "蔬菜基地", "茶叶基地", "种植基地", "核桃基地", "石榴基地",
    "发展区",  # 万绿湖生态发展区, 郑新共同发展区: a zone a region plans by its role
)
# Generic heads that are not names on their own (建设园区 is not a place).
# Suffixes that also end ordinary words: they only make a place at a phrase boundary.
WEAK_PLACE_SUFFIXES = ("湖", "港", "岛", "村", "社区", "公园", "水库", "街区", "寺", "古城", "湿地", "陆港",
                       "祠", "庙", "遗址", "地区", "山区", "平原")
GENERIC_PLACE_STEMS = (
    "设施", "航空", "大学生", "青年", "返乡", "农民工",
    "行政", "集中", "商业", "科创", "专业", "县域", "县域特色", "一流", "古村", "高新技术",
    "示范", "重点", "产业", "特色", "美丽", "和美", "中心", "全域", "城乡", "老旧", "农村", "城市",
    "文明", "生态", "旅游", "工业", "经济", "物流", "现代", "各乡", "健康产业", "产业示范", "功能",
    "核心", "未来", "试点", "口袋", "分钟", "完整", "智慧", "数字", "宜居", "绿色", "低碳", "零碳",
    "世界级", "国家级", "省级", "市级", "高品质", "新型", "城", "乡", "农", "口袋", "国家高新",
    "高新", "开放", "创新", "合作", "发展", "数据中心", "上旅游", "精品", "样板", "景观", "河",
    "河湖", "美丽河",
    "跨境经济", "跨境", "边境经济", "湿地", "街道", "社区", "乡镇", "常住人口城", "人口", "国家", "文旅", "新城",
    "安全", "化工", "主体", "重要", "城市新", "城市更新", "特殊", "特区", "一线", "二线", "周边", "节点", "魅力",
)
GENERIC_PLACE_HEADS = (
    "城区", "园区", "景区", "农区", "片区", "社区", "乡村", "农村", "新城", "示范区", "集聚区",
    "功能区", "开发区", "工业园", "产业园", "试验区", "各乡", "乡镇", "村", "镇", "乡", "城镇",
)

PROJECT_SUFFIXES = (
    "项目", "工程", "城际", "铁路", "高铁", "高速公路", "高速", "快速路", "大道", "大桥", "隧道",
    "地铁", "轨道交通", "机场", "水库", "电站", "风电场", "光伏电站", "医院", "学校", "中学", "小学",
    "幼儿园", "校区", "体育馆", "体育中心", "文化中心", "会展中心", "综合体", "产业园", "花园",
    "小区", "广场", "公寓", "馆",
)
GENERIC_PROJECT_WORDS = (
    "重点", "重大", "建设", "基础设施", "民生", "产业", "工业", "续建", "在建", "新建", "新开工",
    "招商引资", "前期", "政府投资", "亿元以上", "各类", "一批", "这些", "相关", "配套", "示范",
    "试点", "改造", "提升", "项目", "工程", "学校建设", "排危新建", "民生实事", "十大", "重点工业",
    "重点产业", "市级重点", "省级重点", "审批制度改革", "惠民", "整治", "攻坚", "城市更新",
    "棚户区改造", "老旧小区改造", "交通", "水利", "能源", "新基建", "路基", "主体", "土建", "配套设施",
    "商业综合体", "商贸中心", "轨道交通", "乡村公路", "农村公路", "无障碍改造", "适老化改造", "危房改造",
    "薄弱学校改造", "改厕", "市政", "村组公路", "农网",
)

STAGES = {
    "新开工": "new_start", "开工": "new_start", "续建": "continuing", "在建": "under_construction",
    "竣工": "completed", "建成": "completed", "投产": "in_operation", "签约": "signed",
    "前期": "preparation",
}


@dataclass(frozen=True)
class IndustryEntry:
    name: str
    aliases: tuple[str, ...]
    gbt4754: str | None
    match: str  # exact | close | broad: how the concept relates to the GB/T 4754 class
    label_en: str


@cache
def industries() -> list[IndustryEntry]:
    """The industry scheme: names, aliases and GB/T 4754-2017 codes (kg/data/industries.csv)."""
    path = resources.files("kg") / "data" / "industries.csv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [
        IndustryEntry(
            name=r["name"],
            aliases=tuple(a for a in r["aliases"].split("|") if a),
            gbt4754=r["gbt4754"] or None,
            match=r["match"] or "close",
            label_en=r["label_en"],
        )
        for r in rows
    ]


@cache
def industry_index() -> dict[str, IndustryEntry]:
    """Every name and alias → its entry."""
    idx: dict[str, IndustryEntry] = {}
    for e in industries():
        for n in (e.name, *e.aliases):
            idx.setdefault(n, e)
    return idx


@dataclass(frozen=True)
class Landmark:
    name: str
    aliases: tuple[str, ...]
    kind: str  # scenic | mountain | river | lake | island | street
    province: str


@cache
def landmarks() -> list[Landmark]:
    """Well-known named sites that carry no place suffix (梵净山, 鼓浪屿, 锦里, 洱海), from
    ``kg/data/landmarks.csv``.

    Source: compiled by hand from general, widely published lists, not from any report: the
    national 5A-class tourist attractions (国家5A级旅游景区, Ministry of Culture and Tourism),
    China's best-known mountains, rivers and lakes as named in school geography, and the best
    known historic streets and districts of provincial capitals. 长江 and 黄河 are left out: in
    work reports they mostly name national strategies (长江经济带, 黄河流域生态保护…).
    """
    path = resources.files("kg") / "data" / "landmarks.csv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [
        Landmark(name=r["name"], aliases=tuple(a for a in r["aliases"].split("|") if a),
                 kind=r["kind"], province=r["province"])
        for r in rows
    ]


@cache
def landmark_names() -> frozenset[str]:
    """Every landmark name and alias."""
    return frozenset(n for lm in landmarks() for n in (lm.name, *lm.aliases))


# Surface names of the same indicator → one concept label (the National Bureau of Statistics'
# wording), so that targets of different reports join on one gr:Indicator.
INDICATOR_SYNONYMS: dict[str, str] = {
    "GDP": "地区生产总值", "生产总值": "地区生产总值", "全市生产总值": "地区生产总值",
    "全区生产总值": "地区生产总值", "全县生产总值": "地区生产总值", "全省生产总值": "地区生产总值",
    "经济总量": "地区生产总值", "经济增长": "地区生产总值", "经济增速": "地区生产总值",
    "规上工业增加值": "规模以上工业增加值", "规模工业增加值": "规模以上工业增加值",
    "工业增加值": "规模以上工业增加值",
    "社零总额": "社会消费品零售总额", "社会消费品零售额": "社会消费品零售总额",
    "固投": "固定资产投资", "全社会固定资产投资": "固定资产投资",
    "地方一般公共预算收入": "一般公共预算收入", "财政一般公共预算收入": "一般公共预算收入",
    "CPI": "居民消费价格", "居民消费价格涨幅": "居民消费价格", "物价涨幅": "居民消费价格",
    "城镇调查失业率": "城镇调查失业率", "城镇登记失业率": "城镇登记失业率",
    "外贸进出口总额": "进出口总额", "外贸进出口": "进出口总额", "进出口": "进出口总额",
    "实际使用外资": "实际利用外资", "利用外资": "实际利用外资",
    "城镇新增就业": "城镇新增就业", "新增城镇就业": "城镇新增就业", "城镇就业": "城镇新增就业",
}


def canonical_indicator(surface: str) -> str:
    """The concept label for an indicator as written (unchanged when no synonym is known)."""
    return INDICATOR_SYNONYMS.get(surface, surface)
