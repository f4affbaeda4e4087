"""Synthetic but realistic Chinese government work reports (政府工作报告) for the benchmark.

Every report is a full-length text with the genre's usual shape — title, 各位代表, a review of
last year with actual figures, the year's main targets, six or so work areas with named
projects, places and industries, and a closing — plus the sidecar ``<stem>.meta.json`` the
ingester reads. Regions come from ``kg/data/divisions.csv``; years are 2016–2025.

Names of people, projects and places are assembled from character pools, so they are
invented (any match with a real name is chance). Output is a pure function of the seed.

    python bench/corpus.py --reports 200 --out /tmp/corpus --seed 6
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIVISIONS = ROOT / "kg" / "data" / "divisions.csv"
INDUSTRIES = ROOT / "kg" / "data" / "industries.csv"
YEARS = tuple(range(2016, 2026))

# --- helpers ------------------------------------------------------------------------------

_CN_DIGITS = "零一二三四五六七八九"


def cn_int(n: int) -> str:
    """0 < n < 10**8 in Chinese numerals as reports write them (十二, 两千, 三万零五百)."""
    if n <= 0 or n >= 100_000_000:
        raise ValueError(n)
    if n >= 10_000:
        hi, lo = divmod(n, 10_000)
        s = _cn_small(hi, leading=True) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + _cn_small(lo, leading=False)
        return "两" + s[1:] if s.startswith("二万") else s
    s = _cn_small(n, leading=True)
    return "两" + s[1:] if s.startswith("二千") else s


def _cn_small(n: int, leading: bool) -> str:
    parts: list[str] = []
    zero = started = False
    for base, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, base)
        if d:
            if zero and started:
                parts.append("零")
            zero = False
            if not (base == 10 and d == 1 and not started and leading):
                parts.append(_CN_DIGITS[d])
            parts.append(name)
            started = True
        elif started:
            zero = True
    return "".join(parts)


def pct(x: float) -> str:
    return f"{x:g}"


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    short: str
    level: str  # province | prefecture | county
    parent: str

    @property
    def unit(self) -> str:
        """全市 / 全县 / 全区 / 全省 / 全州 / 全旗 — the self-reference of the report."""
        n = self.name
        for suffix, word in (("省", "省"), ("自治区", "区"), ("市", "市"), ("自治州", "州"),
                             ("州", "州"), ("盟", "盟"), ("自治县", "县"), ("县", "县"),
                             ("区", "区"), ("旗", "旗")):
            if n.endswith(suffix):
                return word
        return "市"

    @property
    def role(self) -> str:
        u = self.unit
        if self.level == "province":
            return "主席" if u == "区" else "省长" if u == "省" else "市长"
        return {"市": "市长", "县": "县长", "区": "区长", "州": "州长", "旗": "旗长",
                "盟": "盟长"}.get(u, "市长")

    @property
    def scale(self) -> float:
        """Economic size relative to a mid-sized prefecture."""
        return {"province": 12.0, "prefecture": 1.0, "county": 0.18}.get(self.level, 1.0)


def load_regions(path: Path = DIVISIONS) -> list[Region]:
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for r in rows:
        if r["name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        out.append(Region(r["code"], r["name"], r["short_name"] or r["name"], r["level"],
                          r["parent_code"]))
    return out


def load_industries(path: Path = INDUSTRIES) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        return [[r["name"], *(a for a in r["aliases"].split("|") if a)]
                for r in csv.DictReader(fh)]


# --- word pools (invented names are built from these) --------------------------------------------

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田"
            "董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢")
GIVEN = "建国伟华明志强军平海涛磊敏静丽勇鹏宇晨旭东峰立新文斌浩刚云杰春宏亮昊凯瑞博毅翔辉卫庆敬嘉怡"
PLACE_A = "青龙凤金银云鹤桂兰松柏泉溪湖江峰岭林石桥港湾洲塘川源安宁康丰泰嘉宏卓锦翠碧清白紫玉星月"
PLACE_B = "山河田坪湾港城岗坝坡溪洲塘园岭川湖谷桥峪阳岩口营庄屯"
PLACE_SUFFIX = ("片区", "产业园", "高新区", "经济开发区", "科技园", "物流园", "新城", "古镇",
                "湿地公园", "街道", "综合保税区", "现代农业产业园", "旅游度假区", "特色小镇")
PROJECT_TEMPLATES: tuple[Callable[[random.Random, str], str], ...] = (
    lambda r, p: f"{p}大道快速化改造工程",
    lambda r, p: f"{p}污水处理厂扩建项目",
    lambda r, p: f"{p}人民医院新院区",
    lambda r, p: f"{p}实验中学",
    lambda r, p: f"{p}综合客运枢纽",
    lambda r, p: p + r.choice(["智能终端", "动力电池", "光伏组件", "精密模具", "生物制剂",
                               "新型建材", "冷链物流", "数据中心"]) + "产业园",
    lambda r, p: f"{p}水库除险加固工程",
    lambda r, p: f"{p}{r.choice(['500千伏', '220千伏', '110千伏'])}输变电工程",
    lambda r, p: f"{p}片区城市更新项目",
    lambda r, p: f"{p}大桥",
    lambda r, p: f"{p}体育中心",
    lambda r, p: f"{p}高标准农田建设项目",
    lambda r, p: p + r.choice(["年产10万吨", "年产5GW", "年产30万套", "年产2亿片"])
    + r.choice(["新材料", "电池", "零部件", "芯片"]) + "项目",
    lambda r, p: f"{p}老旧小区改造工程",
    lambda r, p: f"{p}文化中心",
)
ROADS = ("沿江", "环城", "滨湖", "东西", "南北", "迎宾", "科技", "创业")

FILLER = (
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，完整、准确、全面贯彻新发展理念，坚持稳中求进工作总基调。",
    "我们坚持把发展作为第一要务，统筹发展和安全，经济运行稳中向好、进中提质。",
    "深化“放管服”改革，推行“一网通办”“一件事一次办”，营商环境持续优化。",
    "坚持生态优先、绿色发展，深入打好蓝天、碧水、净土保卫战，生态环境质量持续改善。",
    "扎实推进乡村振兴，巩固拓展脱贫攻坚成果，农业农村现代化水平稳步提升。",
    "持续保障和改善民生，办好群众“急难愁盼”的实事，人民群众获得感、幸福感、安全感不断增强。",
    "坚持创新驱动发展，加快建设科技创新平台，推动产业链创新链深度融合。",
    "统筹推进疫情防控和经济社会发展，全力稳住经济基本盘。",
    "深化国资国企改革，激发各类市场主体活力，民营经济发展环境更加优化。",
    "健全防范化解重大风险体制机制，守牢安全生产底线，社会大局和谐稳定。",
    "加强城市精细化管理，推进“城市大脑”建设，城市品质不断提升。",
    "推进法治政府建设，自觉接受人大法律监督、工作监督和政协民主监督。",
    "坚持以人民为中心的发展思想，尽力而为、量力而行，把民生实事办实办好。",
    "完善区域协同发展机制，主动融入国家重大战略，开放合作不断深化。",
    "我们也清醒地看到，发展不平衡不充分问题仍然突出，产业结构有待优化，创新能力还不够强。",
    "一些群众关心的教育、医疗、养老、住房等问题仍需下大力气解决。",
    "政府职能转变还不够到位，少数干部担当作为不够，形式主义、官僚主义问题仍然存在。",
    "对此，我们将采取有力措施，认真加以解决，决不辜负全体人民的期望。",
)
PLAN_FILLER = (
    "做好今年政府工作，要坚持稳中求进，更好统筹质的有效提升和量的合理增长。",
    "要坚持项目为王，以大项目好项目支撑高质量发展。",
    "要坚持改革开放，持续激发发展活力和内生动力。",
    "要坚持人民至上，在发展中保障和改善民生。",
    "统筹推进新型城镇化和乡村全面振兴，促进城乡融合发展。",
    "完善招商引资机制，推行产业链招商、以商招商、基金招商。",
    "健全公共服务体系，推进基本公共服务均等化。",
    "落实安全生产责任制，强化重点行业领域风险隐患排查整治。",
)
AREA_TITLES = (  # (heading, which kind of work it introduces)
    ("坚持创新驱动，加快构建现代化产业体系", "industry"),
    ("聚焦实体经济，推动制造业高质量发展", "industry"),
    ("坚持扩大内需，推动经济持续回升向好", "investment"),
    ("坚持项目为王，全力以赴扩大有效投资", "investment"),
    ("坚持改革开放，持续优化营商环境", "opening"),
    ("坚持城乡融合，全面推进乡村振兴", "rural"),
    ("坚持绿色发展，建设美丽生态家园", "ecology"),
    ("坚持民生为本，增进人民福祉", "livelihood"),
    ("办好民生实事，兜牢民生底线", "livelihood"),
)


# --- figures ------------------------------------------------------------------------------

class Figures:
    """The region's economy in one year, scaled by level; actuals and targets derive from it."""

    def __init__(self, rng: random.Random, region: Region) -> None:
        s = region.scale * rng.uniform(0.4, 2.2)
        self.rng = rng
        self.gdp = round(3200 * s, 1)
        self.revenue = round(self.gdp * rng.uniform(0.06, 0.11), 1)
        self.retail = round(self.gdp * rng.uniform(0.32, 0.45), 1)
        self.fai_growth = round(rng.uniform(-2, 12), 1)
        self.fdi_musd = max(500, int(rng.uniform(0.2, 2.5) * s * 10000 // 100 * 100))
        self.jobs = max(1000, int(s * rng.uniform(3000, 9000) // 100 * 100))
        self.trade = round(self.gdp * rng.uniform(0.05, 0.5), 1)
        self.projects = max(15, int(s * rng.uniform(60, 180)))
        self.project_invest = round(self.gdp * rng.uniform(0.08, 0.2), 1)
        self.degrees = max(300, int(s * rng.uniform(2000, 9000) // 100 * 100))

    def growth(self, lo: float = 4.0, hi: float = 9.0) -> float:
        return round(self.rng.uniform(lo, hi) * 2) / 2  # 6, 6.5, 7 …


def change(g: float) -> str:
    """增长6.5% / 下降1.3% / 与上年持平."""
    return f"增长{pct(g)}%" if g > 0 else f"下降{pct(-g)}%" if g < 0 else "与上年持平"


def people(n: float) -> str:
    """1.2万人 / 8600人."""
    return f"{round(n / 10000, 1):g}万人" if n >= 10000 else f"{int(n) // 100 * 100}人"


def yi(x: float) -> str:
    """An amount in 亿元 as reports write it."""
    return f"{x:.0f}" if x >= 1000 else f"{x:.1f}".rstrip("0").rstrip(".")


# --- the writer ---------------------------------------------------------------------------

class ReportWriter:
    def __init__(self, rng: random.Random, region: Region, year: int,
                 industries: list[list[str]]) -> None:
        self.r = rng
        self.region = region
        self.year = year
        self.industries = industries
        self.f = Figures(rng, region)
        self.u = region.unit

    # names
    def person(self) -> str:
        return self.r.choice(SURNAMES) + "".join(self.r.sample(GIVEN, self.r.choice((1, 2))))

    def place_stem(self) -> str:
        return self.r.choice(PLACE_A) + self.r.choice(PLACE_B)

    def place(self) -> str:
        return self.place_stem() + self.r.choice(PLACE_SUFFIX)

    def project(self) -> str:
        tpl = self.r.choice(PROJECT_TEMPLATES)
        stem = self.place_stem() if self.r.random() < 0.8 else self.r.choice(ROADS)
        return tpl(self.r, stem)

    def industry_names(self, n: int) -> list[str]:
        """``n`` different industries, each by its name or one of its aliases."""
        return [self.r.choice(names) for names in self.r.sample(self.industries, n)]

    def filler(self, n: int, pool: tuple[str, ...] = ()) -> str:
        """Policy prose without figures, worded for the report's year."""
        y = self.year
        congress = "十八大" if y <= 2017 else "十九大" if y <= 2022 else "二十大"
        usable = [s for s in (pool or FILLER) if "疫情" not in s or 2020 <= y <= 2022]
        return "".join(self.r.sample(usable, min(n, len(usable)))).replace("二十大", congress)

    def n_of(self, items: int) -> str:
        return cn_int(items) if self.r.random() < 0.5 else str(items)

    # parts
    def header(self) -> tuple[str, str]:
        r, reg, y = self.r, self.region, self.year
        month, day = r.choice((1, 1, 1, 2, 2, 3)), r.randint(5, 27)
        date = f"{y}-{month:02d}-{day:02d}"
        session = cn_int(r.randint(13, 17))
        meeting = cn_int(r.randint(1, 5))
        lines = [
            "政府工作报告",
            f"——{y}年{month}月{day}日在{reg.name}第{session}届人民代表大会第{meeting}次会议上",
            f"{reg.name}{reg.role}　{self.person()}",
            "",
            "各位代表：",
            f"现在，我代表{reg.name}人民政府，向大会报告工作，请予审议，并请政协委员和其他列席人员提出意见。",
        ]
        return "\n".join(lines), date

    def review(self) -> str:
        r, f, u, py = self.r, self.f, self.u, self.year - 1
        g = f.growth(2.0, 8.5)
        paras = [f"一、{py}年工作回顾"]
        paras.append(f"过去的一年，面对复杂严峻的外部环境，在上级党委、政府和{u}委的坚强领导下，"
                     f"我们团结依靠全{u}人民，攻坚克难、砥砺前行，较好完成了{self.region.short}"
                     f"人大第{cn_int(r.randint(1, 5))}次会议确定的目标任务。")
        paras.append(
            f"{py}年，全{u}实现地区生产总值{yi(f.gdp / (1 + g / 100))}亿元，增长{pct(g)}%；"
            f"一般公共预算收入{yi(f.revenue * 0.95)}亿元，{change(f.growth(-3, 9))}；"
            f"固定资产投资{change(f.fai_growth)}；社会消费品零售总额{yi(f.retail * 0.94)}亿元，"
            f"增长{pct(f.growth(1, 10))}%；城乡居民人均可支配收入分别增长{pct(f.growth(3, 7))}%和"
            f"{pct(f.growth(5, 9))}%。")
        paras.append(
            f"一年来，我们全力抓项目扩投资，{r.randint(20, 120)}个省市重点项目完成投资"
            f"{yi(f.project_invest * 0.9)}亿元，{self.project()}、{self.project()}建成投用。"
            f"新增市场主体{round(r.uniform(0.3, 6) * self.region.scale, 1):g}万户，"
            f"新认定高新技术企业{r.randint(10, 400)}家。城镇新增就业{people(f.jobs * 0.95)}，"
            f"实际利用外资{f.fdi_musd * 9 // 10}万美元。")
        for _ in range(r.randint(3, 6)):
            paras.append(self.filler(r.randint(2, 4)))
        return "\n".join(paras)

    def targets(self) -> str:
        r, f, y = self.r, self.f, self.year
        g = f.growth(4.5, 8.0)
        clauses = [
            r.choice((f"地区生产总值增长{pct(g)}%左右", f"地区生产总值增长{pct(g)}%以上",
                      f"地区生产总值增长百分之{cn_int(int(g))}左右" if g == int(g)
                      else f"地区生产总值增长{pct(g)}%",
                      f"地区生产总值突破{yi(f.gdp)}亿元")),
            r.choice((f"一般公共预算收入增长{pct(f.growth(3, 8))}%",
                      f"一般公共预算收入达到{yi(f.revenue)}亿元",
                      f"一般公共预算收入增长{pct(f.growth(3, 6))}%—{pct(f.growth(6.5, 9))}%")),
            r.choice((f"固定资产投资增长{pct(f.growth(5, 12))}%以上",
                      f"完成固定资产投资{yi(f.gdp * r.uniform(0.5, 0.9))}亿元",
                      f"固定资产投资增长{pct(f.growth(5, 10))}%左右")),
            r.choice((f"社会消费品零售总额增长{pct(f.growth(5, 9))}%左右",
                      f"社会消费品零售总额达到{yi(f.retail)}亿元",
                      f"社会消费品零售总额增长不低于{pct(f.growth(5, 8))}%")),
            r.choice((f"实际利用外资{f.fdi_musd}万美元以上",
                      f"实际使用外资{round(f.fdi_musd / 10000, 1):g}亿美元" if f.fdi_musd >= 10000
                      else f"实际使用外资{f.fdi_musd}万美元",
                      f"外贸进出口总额增长{pct(f.growth(3, 8))}%")),
            f"规模以上工业增加值增长{pct(f.growth(5, 10))}%",
            r.choice((f"城镇新增就业{f.jobs}人以上",
                      f"城镇新增就业{round(f.jobs / 10000, 1):g}万人" if f.jobs >= 10000
                      else f"城镇新增就业不少于{f.jobs}人",
                      f"城镇新增就业{cn_int(f.jobs // 1000 * 1000)}人")),
            f"城镇调查失业率控制在{r.choice(('5.5', '5', '4.5'))}%以内",
            f"居民消费价格涨幅控制在{r.choice(('3', '3.5'))}%左右",
            "城乡居民人均可支配收入增长与经济增长基本同步",
            r.choice((f"单位地区生产总值能耗下降{pct(r.choice((2, 2.5, 3, 3.2)))}%",
                      "完成上级下达的节能减排约束性指标")),
        ]
        if r.random() < 0.6:
            clauses.append("研发经费投入占地区生产总值比重提高"
                           f"{r.choice(('0.1', '0.2', '0.3'))}个百分点")
        if r.random() < 0.5:
            clauses.append(f"常住人口城镇化率提高{r.choice(('0.8', '1', '1.2'))}个百分点")
        if r.random() < 0.5:
            clauses.append(f"空气质量优良天数比例不低于{r.randint(80, 95)}%")
        if self.region.level != "county" or r.random() < 0.5:
            area = round(r.uniform(20, 300) * self.region.scale, 1)
            clauses.append(f"粮食播种面积稳定在{area:g}万亩")
        lead = r.choice(("力争", "确保", "", "预期"))
        paras = [
            f"二、{y}年经济社会发展的总体要求和主要目标",
            "".join(r.sample(PLAN_FILLER, 2)),
            f"{y}年经济社会发展的主要预期目标是：{lead}" + "；".join(clauses) + "。",
            f"这些目标，体现了稳中求进的要求，与“{'十三五' if y <= 2020 else '十四五'}”规划相衔接，"
            "经过努力是可以实现的。",
        ]
        return "\n".join(paras)

    def work_area(self, idx: int, title: str, kind: str) -> str:
        r, f, u = self.r, self.f, self.u
        head = f"（{cn_int(idx)}）{title}"
        body: list[str] = []
        if kind == "industry":
            inds = self.industry_names(5)
            body.append(f"做强{inds[0]}、{inds[1]}两大主导产业，培育壮大" + "、".join(inds[2:])
                        + "等新兴产业。")
            body.append(f"力争新增规模以上工业企业{r.randint(10, 300)}家，新认定高新技术企业"
                        f"{r.randint(10, 200)}家，高新技术产业增加值占规模以上工业增加值比重达到"
                        f"{r.randint(30, 60)}%。")
            body.append(f"加快{self.place()}、{self.place()}建设，推动{self.project()}、"
                        f"{self.project()}竣工投产。")
        elif kind == "investment":
            ps = list(dict.fromkeys(self.project() for _ in range(r.randint(3, 6))))
            total = len(ps) + r.randint(2, 40)
            body.append(f"全年安排{u}级重点项目{f.projects}个，年度计划投资{yi(f.project_invest)}亿元。")
            body.append(f"加快推进{'、'.join(ps)}等{self.n_of(total)}个项目建设，"
                        f"确保新开工亿元以上项目{r.randint(10, 120)}个。")
            body.append(f"力争新引进{r.choice(('亿元', '5亿元', '10亿元'))}以上产业项目"
                        f"{self.n_of(r.randint(8, 60))}个，招商引资到位资金"
                        f"{yi(f.gdp * r.uniform(0.05, 0.2))}亿元。")
            body.append(f"社会消费品零售总额增长{pct(f.growth(5, 9))}%，培育{self.place()}、"
                        f"{self.place()}等消费新场景。")
        elif kind == "opening":
            body.append(f"深化{self.place()}改革创新，外贸进出口总额达到{yi(f.trade)}亿元，"
                        f"实际利用外资{f.fdi_musd}万美元以上。")
            body.append(f"新增经营主体{r.randint(2000, 60000)}户，政务服务事项网上可办率保持在"
                        f"{r.choice((95, 98, 99))}%以上。")
            body.append("".join(r.sample(PLAN_FILLER, 2)))
        elif kind == "rural":
            body.append(f"建设高标准农田{r.randint(1, 30) * 1000}亩，粮食总产量稳定在"
                        f"{round(r.uniform(5, 150) * self.region.scale, 1):g}万吨以上。")
            body.append(f"新改建农村公路{r.randint(20, 600)}公里，打造{self.place()}、"
                        f"{self.place()}等{self.n_of(r.randint(3, 12))}个乡村振兴示范片。")
        elif kind == "ecology":
            body.append(f"{r.choice(('确保', '力争'))}PM2.5平均浓度控制在{r.randint(22, 45)}"
                        "微克/立方米以内，"
                        f"空气质量优良天数比例达到{r.randint(80, 96)}%，"
                        f"新增城市绿地{r.randint(20, 400)}公顷。")
            body.append(f"推进{self.place()}生态修复，完成植树造林"
                        f"{round(r.uniform(0.2, 5), 1):g}万亩。")
        else:  # livelihood
            body.append(f"新建改扩建中小学、幼儿园{self.n_of(r.randint(5, 40))}所，"
                        f"新增学位{f.degrees}个，"
                        f"其中新增公办学位{f.degrees * 6 // 10}个。")
            body.append(f"新增普惠性托位{r.randint(2, 40) * 100}个，"
                        f"改造老旧小区{r.randint(10, 300)}个，"
                        f"城镇新增就业{f.jobs}人以上。")
            body.append(f"推动{self.project()}、{self.project()}投入使用，基本养老保险参保率保持在"
                        f"{r.choice((95, 96, 97, 98))}%以上。")
        body.append(self.filler(r.randint(1, 3)))
        return head + "\n" + "\n".join(body)

    def closing(self) -> str:
        return "\n".join([
            "四、全面加强政府自身建设",
            self.filler(2, FILLER[-4:]),
            "各位代表！新征程催人奋进，新使命重任在肩。让我们更加紧密地团结在以习近平同志为核心的"
            f"党中央周围，锐意进取、埋头苦干，为全面建设社会主义现代化{self.region.short}而努力奋斗！",
        ])

    def write(self) -> tuple[str, str]:
        head, date = self.header()
        kinds = ["industry", "investment", "opening", "rural", "ecology", "livelihood"]
        if self.region.level == "province" or self.r.random() < 0.3:
            kinds.remove("rural")
        areas = [self.r.choice([t for t in AREA_TITLES if t[1] == k]) for k in kinds]
        parts = [head, self.review(), self.targets(), f"三、{self.year}年重点工作"]
        parts += [self.work_area(i + 1, t, k) for i, (t, k) in enumerate(areas)]
        parts.append(self.closing())
        return "\n".join(parts) + "\n", date


# --- corpus -------------------------------------------------------------------------------

def pick_pairs(rng: random.Random, regions: list[Region], n: int) -> list[tuple[Region, int]]:
    """``n`` distinct (region, year) pairs; regions recur across years as in a real collection."""
    by_level: dict[str, list[Region]] = {}
    for reg in regions:
        by_level.setdefault(reg.level, []).append(reg)
    pool_size = max(1, min(len(regions), (n + 2) // 3))
    pool: list[Region] = []
    seen: set[str] = set()
    while len(pool) < pool_size:
        level = rng.choices(("province", "prefecture", "county"), (1, 3, 6))[0]
        reg = rng.choice(by_level[level])
        if reg.code not in seen:
            seen.add(reg.code)
            pool.append(reg)
    pairs: list[tuple[Region, int]] = []
    used: set[tuple[str, int]] = set()
    while len(pairs) < n:
        reg = pool[len(pairs) % len(pool)] if len(pairs) < len(pool) else rng.choice(pool)
        free = [y for y in YEARS if (reg.code, y) not in used]
        if not free:
            continue
        y = rng.choice(free)
        used.add((reg.code, y))
        pairs.append((reg, y))
    return pairs


def generate(out: Path, n: int, seed: int = 6) -> list[Path]:
    """Write ``n`` reports (and sidecars) to ``out``; return the text paths in order."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    regions = load_regions()
    industries = load_industries()
    paths = []
    for i, (reg, year) in enumerate(pick_pairs(rng, regions, n)):
        text, date = ReportWriter(random.Random(rng.getrandbits(64)), reg, year,
                                  industries).write()
        stem = f"bench_{i:05d}_{reg.code}_{year}"
        p = out / f"{stem}.txt"
        p.write_text(text, encoding="utf-8")
        meta = {"region_code": reg.code, "region_name": reg.name, "year": year, "date": date,
                "document_type": "full_report"}
        (out / f"{stem}.meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1),
                                               encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=int, default=20)
    ap.add_argument("--out", type=Path, default=Path("bench/out/corpus"))
    ap.add_argument("--seed", type=int, default=6)
    a = ap.parse_args()
    paths = generate(a.out, a.reports, a.seed)
    print(f"wrote {len(paths)} reports to {a.out}")


if __name__ == "__main__":
    main()
