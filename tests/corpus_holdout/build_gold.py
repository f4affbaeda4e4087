"""Build and verify the held-out gold files from the hand-written drafts below.

    /work/venv/bin/python tests/corpus_holdout/build_gold.py build    # write gold/*.json
    /work/venv/bin/python tests/corpus_holdout/build_gold.py verify   # check gold + meta + texts
    /work/venv/bin/python tests/corpus_holdout/build_gold.py numbers  # list numbers not annotated

Each goal draft is G(anchor, span, value, unit, comparator, qualifier, kind, indicator).
`anchor` is a string that occurs exactly once in the report and contains `span`; the span
is taken at its first occurrence inside the anchor. Offsets are code-point offsets.
`normalized` and `currency` are derived from value/unit (only 万/亿/万亿 prefixes count).
Actual drafts are A(anchor, span, value, unit).
"""
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "reports"
GOLD = HERE / "gold"
DIVISIONS = HERE.parent.parent / "kg" / "data" / "divisions.csv"  # read as data only
SEED_WORDS = ["西山", "昆明", "名悦花园", "草海", "滇池"]

COMPARATORS = {"about", "at_least", "at_most", "range", "exactly"}
QUALIFIERS = {"ensure", "strive", "expected", None}
KINDS = {"growth", "reduction", "percentage_point", "share", "increment", "count", "level"}


def G(anchor, span, value, unit, comparator, qualifier, kind, indicator, region_code=None):
    return dict(anchor=anchor, span=span, value=value, unit=unit, comparator=comparator,
                qualifier=qualifier, kind=kind, indicator=indicator, region_code=region_code)


def A(anchor, span, value, unit):
    return dict(anchor=anchor, span=span, value=value, unit=unit)


# ---------------------------------------------------------------------------------------
# Drafts (annotated by hand following docs/annotation.md and README.md in this folder)
# ---------------------------------------------------------------------------------------
DRAFTS = {}

DRAFTS["01_enshi_2021"] = dict(
    report=dict(region_code="422800", region_name="恩施土家族苗族自治州", year=2021,
                speaker="覃怀志", speaker_role="州长"),
    goals=[
        G("地区生产总值增长10%以上", "10%以上", 10, "%", "at_least", "expected", "growth", "地区生产总值"),
        G("地方一般公共预算收入增长12%", "12%", 12, "%", "exactly", "expected", "growth", "地方一般公共预算收入"),
        G("规模以上工业增加值增长11%", "11%", 11, "%", "exactly", "expected", "growth", "规模以上工业增加值"),
        G("固定资产投资增长15%左右", "15%左右", 15, "%", "about", "expected", "growth", "固定资产投资"),
        G("社会消费品零售总额增长18%", "18%", 18, "%", "exactly", "expected", "growth", "社会消费品零售总额"),
        G("分别增长9%、10%左右", "9%", 9, "%", "about", "expected", "growth", "城镇居民人均可支配收入"),
        G("分别增长9%、10%左右", "10%左右", 10, "%", "about", "expected", "growth", "农村居民人均可支配收入"),
        G("控制在5.5%以内", "控制在5.5%以内", 5.5, "%", "at_most", "expected", "share", "城镇调查失业率"),
        G("居民消费价格涨幅3%左右", "3%左右", 3, "%", "about", "expected", "growth", "居民消费价格涨幅"),
        G("突破1600亿元", "突破1600亿元", 1600, "亿元", "at_least", None, "level", "地区生产总值"),
        G("力争年均增长7.5%左右", "7.5%左右", 7.5, "%", "about", "strive", "growth", "地区生产总值"),
        G("森林覆盖率稳定在70%以上", "70%以上", 70, "%", "at_least", None, "share", "森林覆盖率"),
        G("州级重点项目300个以上", "300个以上", 300, "个", "at_least", None, "count", "州级重点项目"),
        G("完成投资520亿元", "520亿元", 520, "亿元", "exactly", None, "level", "重点项目投资"),
        G("亿元以上项目120个", "120个", 120, "个", "exactly", None, "increment", "亿元以上项目"),
        G("新改建农村公路1500公里", "1500公里", 1500, "公里", "exactly", None, "increment", "农村公路"),
        G("停车泊位四千个", "四千个", 4000, "个", "exactly", None, "increment", "城市停车泊位"),
        G("标准化茶园5万亩", "5万亩", 5, "万亩", "exactly", None, "increment", "标准化茶园"),
        G("茶叶综合产值达到240亿元", "240亿元", 240, "亿元", "exactly", None, "level", "茶叶综合产值"),
        G("接待游客5800万人次", "5800万人次", 5800, "万人次", "exactly", None, "level", "接待游客"),
        G("旅游综合收入420亿元", "420亿元", 420, "亿元", "exactly", None, "level", "旅游综合收入"),
        G("旅游景区2家", "2家", 2, "家", "exactly", None, "increment", "国家4A级旅游景区"),
        G("亿元以上项目10个以上", "10个以上", 10, "个", "at_least", "strive", "increment", "亿元以上项目"),
        G("新增城镇就业3.6万人", "3.6万人", 3.6, "万人", "exactly", None, "increment", "城镇就业"),
        G("中小学校22所", "22所", 22, "所", "exactly", None, "increment", "中小学校"),
        G("公办学位一万二千个", "一万二千个", 12000, "个", "exactly", None, "increment", "公办学位"),
        G("参保率稳定在95%以上", "95%以上", 95, "%", "at_least", None, "share", "城乡居民基本医疗保险参保率"),
        G("普及率达到93%", "93%", 93, "%", "exactly", None, "share", "农村自来水普及率"),
    ],
    actuals=[
        A("完成1126.4亿元", "1126.4亿元", 1126.4, "亿元"),
        A("增长1.2%", "1.2%", 1.2, "%"),
        A("完成49.8亿元", "49.8亿元", 49.8, "亿元"),
        A("下降17.3%", "17.3%", 17.3, "%"),
        A("完成472.5亿元", "472.5亿元", 472.5, "亿元"),
        A("32860元", "32860元", 32860, "元"),
        A("12415元", "12415元", 12415, "元"),
        A("贫困人口1.9万人", "1.9万人", 1.9, "万人"),
        A("农村公路2160公里", "2160公里", 2160, "公里"),
        A("茶园面积达到172万亩", "172万亩", 172, "万亩"),
        A("突破210亿元", "突破210亿元", 210, "亿元"),
        A("接待游客4650万人次", "4650万人次", 4650, "万人次"),
        A("旅游景区3家", "3家", 3, "家"),
        A("年均增长6.4%", "6.4%", 6.4, "%"),
        A("1.4万户农村危房", "1.4万户", 1.4, "万户"),
    ],
    projects=["安来高速公路", "宣鹤高速公路", "恩施许家坪机场改扩建工程", "鹤峰至宣恩高速公路",
              "建始至巴东高速公路", "恩施北站综合交通枢纽", "恩施城区第二水厂"],
    places=["恩施大峡谷", "腾龙洞", "梭布垭石林", "坪坝营", "唐崖土司城址", "利川经济开发区", "恩施高新区"],
    industries=["茶产业", "文化旅游", "硒食品精深加工", "生物医药", "清洁能源", "大数据产业"],
)

DRAFTS["02_zhungeer_2018"] = dict(
    report=dict(region_code="150622", region_name="准格尔旗", year=2018,
                speaker="额尔敦巴雅尔", speaker_role="旗长"),
    goals=[
        G("地区生产总值增长6%左右", "6%左右", 6, "%", "about", "expected", "growth", "地区生产总值"),
        G("一般公共预算收入增长5%", "5%", 5, "%", "exactly", "expected", "growth", "一般公共预算收入"),
        G("规模以上工业增加值增长6.5%", "6.5%", 6.5, "%", "exactly", "expected", "growth", "规模以上工业增加值"),
        G("固定资产投资增长10%", "10%", 10, "%", "exactly", "expected", "growth", "固定资产投资"),
        G("力争达到300亿元", "300亿元", 300, "亿元", "exactly", "strive", "level", "固定资产投资"),
        G("社会消费品零售总额增长8%", "8%", 8, "%", "exactly", "expected", "growth", "社会消费品零售总额"),
        G("城镇常住居民人均可支配收入增长7%", "7%", 7, "%", "exactly", "expected", "growth", "城镇常住居民人均可支配收入"),
        G("农村牧区常住居民人均可支配收入增长8%", "8%", 8, "%", "exactly", "expected", "growth", "农村牧区常住居民人均可支配收入"),
        G("控制在3.8%以内", "控制在3.8%以内", 3.8, "%", "at_most", "expected", "share", "城镇登记失业率"),
        G("稳定在2.6亿吨左右", "2.6亿吨左右", 2.6, "亿吨", "about", None, "level", "原煤产量"),
        G("就地转化率提高到30%", "30%", 30, "%", "exactly", None, "share", "煤炭就地转化率"),
        G("煤电装机132万千瓦", "132万千瓦", 132, "万千瓦", "exactly", None, "increment", "煤电装机"),
        G("亿元以上项目15个", "15个", 15, "个", "exactly", None, "increment", "投资亿元以上项目"),
        G("到位资金120亿元以上", "120亿元以上", 120, "亿元", "at_least", None, "level", "招商引资到位资金"),
        G("接待游客突破300万人次", "突破300万人次", 300, "万人次", "at_least", None, "level", "接待游客"),
        G("旅游综合收入增长20%", "20%", 20, "%", "exactly", None, "growth", "旅游综合收入"),
        G("高标准农田3万亩", "3万亩", 3, "万亩", "exactly", None, "increment", "高标准农田"),
        G("造林绿化8000公顷", "8000公顷", 8000, "公顷", "exactly", None, "level", "造林绿化"),
        G("水土流失面积80平方公里", "80平方公里", 80, "平方公里", "exactly", None, "level", "治理水土流失面积"),
        G("新增城镇就业2800人", "2800人", 2800, "人", "exactly", None, "increment", "城镇就业"),
        G("参保率达到98%", "98%", 98, "%", "exactly", None, "share", "城乡居民基本养老保险参保率"),
        G("老旧小区改造40个", "40个", 40, "个", "exactly", None, "count", "老旧小区改造"),
        G("公共租赁住房一千套", "一千套", 1000, "套", "exactly", None, "increment", "公共租赁住房"),
        G("每人每月680元", "680元", 680, "元", "exactly", None, "level", "城乡低保标准"),
        G("一般性支出压减5%", "5%", 5, "%", "exactly", None, "reduction", "一般性支出"),
    ],
    actuals=[
        A("完成1023亿元", "1023亿元", 1023, "亿元"),
        A("增长5.1%", "5.1%", 5.1, "%"),
        A("完成86.5亿元", "86.5亿元", 86.5, "亿元"),
        A("增长21.7%", "21.7%", 21.7, "%"),
        A("原煤产量达到2.6亿吨", "2.6亿吨", 2.6, "亿吨"),
    ],
    projects=["鑫旺100万吨乙二醇项目", "准格尔旗大数据中心一期", "薛家湾第三小学", "沙圪堵镇卫生院综合楼"],
    places=["大路工业园区", "准格尔经济开发区", "黄河大峡谷景区", "准格尔召景区", "油松王景区",
            "十二连城乡", "暖水乡", "薛家湾镇", "沙圪堵镇"],
    industries=["煤炭产业", "现代煤化工", "新能源", "新材料", "现代物流产业"],
)

DRAFTS["03_suifenhe_2017"] = dict(
    report=dict(region_code="231081", region_name="绥芬河市", year=2017,
                speaker="于海涛", speaker_role="市长"),
    goals=[
        G("地区生产总值增长6.5%", "6.5%", 6.5, "%", "exactly", None, "growth", "地区生产总值"),
        G("一般公共预算收入增长5%", "5%", 5, "%", "exactly", None, "growth", "一般公共预算收入"),
        G("固定资产投资增长12%以上", "12%以上", 12, "%", "at_least", None, "growth", "固定资产投资"),
        G("外贸进出口总额增长8%", "8%", 8, "%", "exactly", None, "growth", "外贸进出口总额"),
        G("实际利用外资达到3000万美元", "3000万美元", 3000, "万美元", "exactly", None, "level", "实际利用外资"),
        G("过货量突破1000万吨", "突破1000万吨", 1000, "万吨", "at_least", None, "level", "口岸过货量"),
        G("人均可支配收入增长7%", "7%", 7, "%", "exactly", None, "growth", "城乡居民人均可支配收入"),
        G("控制在4.5%以内", "控制在4.5%以内", 4.5, "%", "at_most", None, "share", "城镇登记失业率"),
        G("开行200列", "200列", 200, "列", "exactly", "strive", "count", "中俄跨境集装箱班列"),
        G("达到两万标箱", "两万标箱", 2, "万标箱", "exactly", None, "level", "集装箱运量"),
        G("加工贸易企业十五家", "十五家", 15, "家", "exactly", None, "increment", "加工贸易企业"),
        G("达到800万立方米", "800万立方米", 800, "万立方米", "exactly", None, "level", "木材进口量"),
        G("突破5亿元", "突破5亿元", 5, "亿元", "at_least", None, "level", "跨境电商交易额"),
        G("城市道路12公里", "12公里", 12, "公里", "exactly", None, "increment", "城市道路"),
        G("供热管网25公里", "25公里", 25, "公里", "exactly", None, "increment", "供热管网"),
        G("公共停车场3处", "3处", 3, "处", "exactly", None, "increment", "公共停车场"),
        G("新增城镇就业2500人", "2500人", 2500, "人", "exactly", None, "increment", "城镇就业"),
        G("棚户区改造1500户", "1500户", 1500, "户", "exactly", None, "level", "棚户区改造"),
        G("保持在97%以上", "97%以上", 97, "%", "at_least", None, "share", "城乡居民医保参保率"),
        G("卫生院1所", "1所", 1, "所", "exactly", None, "increment", "标准化卫生院"),
        G("一般性支出压减5%", "5%", 5, "%", "exactly", None, "reduction", "一般性支出"),
    ],
    actuals=[
        A("地区生产总值135.7亿元", "135.7亿元", 135.7, "亿元"),
        A("增长3.6%", "3.6%", 3.6, "%"),
        A("56.2亿美元", "56.2亿美元", 56.2, "亿美元"),
        A("下降9.8%", "9.8%", 9.8, "%"),
        A("完成865万吨", "865万吨", 865, "万吨"),
        A("突破120万人次", "突破120万人次", 120, "万人次"),
        A("进出口额5.3亿美元", "5.3亿美元", 5.3, "亿美元"),
        A("交易额增长35%", "35%", 35, "%"),
        A("城市道路18公里", "18公里", 18, "公里"),
        A("棚户区改造3200户", "3200户", 3200, "户"),
    ],
    projects=["绥满铁路扩能改造工程", "东宁至绥芬河高速公路续建工程", "绥芬河综合保税区二期",
              "绥芬河市第二中学教学楼"],
    places=["绥芬河综合保税区", "绥芬河互市贸易区", "阜宁木业园区", "绥阳黑木耳产业园",
            "天长山森林公园", "国门景区", "阜宁镇", "绥阳镇"],
    industries=["木材精深加工", "跨境电商", "现代物流", "对俄旅游产业"],
)

DRAFTS["04_yubei_2022"] = dict(
    report=dict(region_code="500112", region_name="渝北区", year=2022,
                speaker="唐文斌", speaker_role="区长"),
    goals=[
        G("地区生产总值增长7%—7.5%", "7%—7.5%", [7, 7.5], "%", "range", "expected", "growth", "地区生产总值"),
        G("规模以上工业增加值增长8%", "8%", 8, "%", "exactly", "expected", "growth", "规模以上工业增加值"),
        G("百分之八", "百分之八", 8, "%", "exactly", "expected", "growth", "固定资产投资"),
        G("社会消费品零售总额增长9%", "9%", 9, "%", "exactly", "expected", "growth", "社会消费品零售总额"),
        G("一般公共预算收入增长5.5%", "5.5%", 5.5, "%", "exactly", "expected", "growth", "一般公共预算收入"),
        G("控制在5.5%左右", "控制在5.5%左右", 5.5, "%", "about", "expected", "share", "城镇调查失业率"),
        G("能耗下降3.2%", "3.2%", 3.2, "%", "exactly", "expected", "reduction", "单位地区生产总值能耗"),
        G("提高0.2个百分点", "0.2个百分点", 0.2, "百分点", "exactly", "expected", "percentage_point", "研发经费投入强度"),
        G("年内完成投资80亿元", "80亿元", 80, "亿元", "exactly", None, "level", "机场建设投资"),
        G("恢复到4000万人次", "4000万人次", 4000, "万人次", "exactly", "strive", "level", "机场旅客吞吐量"),
        G("货邮吞吐量达到45万吨", "45万吨", 45, "万吨", "exactly", None, "level", "货邮吞吐量"),
        G("世界500强企业2家", "2家", 2, "家", "exactly", None, "increment", "世界500强企业"),
        G("10亿元以上项目15个", "15个", 15, "个", "exactly", None, "increment", "总投资10亿元以上项目"),
        G("增加值增长15%以上", "15%以上", 15, "%", "at_least", None, "growth", "数字经济增加值"),
        G("软件企业30家", "30家", 30, "家", "exactly", None, "increment", "规上软件企业"),
        G("5G基站2000个", "2000个", 2000, "个", "exactly", None, "count", "5G基站"),
        G("高标准农田1.2万亩", "1.2万亩", 1.2, "万亩", "exactly", None, "increment", "高标准农田"),
        G("突破200万人次", "突破200万人次", 200, "万人次", "at_least", None, "level", "接待游客"),
        G("幼儿园15所", "15所", 15, "所", "exactly", None, "increment", "中小学、幼儿园"),
        G("新增学位1.8万个", "1.8万个", 1.8, "万个", "exactly", None, "increment", "学位"),
        G("老旧小区120个", "120个", 120, "个", "exactly", None, "count", "城镇老旧小区"),
        G("惠及居民4.5万户", "4.5万户", 4.5, "万户", "exactly", None, "level", "惠及居民"),
        G("养老服务中心10个", "10个", 10, "个", "exactly", None, "increment", "社区嵌入式养老服务中心"),
        G("医师数达到3.2人", "3.2人", 3.2, "人", "exactly", None, "level", "每千人口执业（助理）医师数"),
        G("控制在35微克/立方米以内", "控制在35微克/立方米以内", 35, "微克/立方米", "at_most", None, "level", "PM2.5年均浓度"),
        G("比例达到88%以上", "88%以上", 88, "%", "at_least", None, "share", "空气质量优良天数比例"),
    ],
    actuals=[
        A("地区生产总值2208亿元", "2208亿元", 2208, "亿元"),
        A("增长9.1%", "9.1%", 9.1, "%"),
        A("增长14.2%", "14.2%", 14.2, "%"),
        A("突破1000亿元", "突破1000亿元", 1000, "亿元"),
        A("增长16.3%", "16.3%", 16.3, "%"),
        A("分别增长8.6%", "8.6%", 8.6, "%"),
        A("10.2%", "10.2%", 10.2, "%"),
    ],
    projects=["重庆江北国际机场T3B航站楼", "重庆江北国际机场第四跑道工程", "轨道交通4号线二期",
              "轨道交通9号线一期", "渝北区第二人民医院新院区"],
    places=["重庆临空经济示范区", "临空前沿科技城", "空港工业园区", "仙桃国际大数据谷", "统景镇",
            "大盛镇", "茨竹镇", "统景温泉景区", "铜锣山矿山公园", "铜锣山", "明月山", "御临河"],
    industries=["数字经济", "软件信息服务", "智能网联新能源汽车", "集成电路", "工业互联网"],
)

DRAFTS["05_karamay_2016"] = dict(
    report=dict(region_code="650200", region_name="克拉玛依市", year=2016,
                speaker="热合曼·阿不都拉", speaker_role="市长"),
    goals=[
        G("地区生产总值达到900亿元", "900亿元", 900, "亿元", "exactly", None, "level", "地区生产总值"),
        G("年均增长7%以上", "7%以上", 7, "%", "at_least", None, "growth", "地区生产总值"),
        G("比重提高到35%", "35%", 35, "%", "exactly", None, "share", "非石油产业增加值占地区生产总值比重"),
        G("城镇就业5000人以上", "5000人以上", 5000, "人", "at_least", None, "increment", "城镇就业"),
        G("森林覆盖率达到5.5%", "5.5%", 5.5, "%", "exactly", None, "share", "森林覆盖率"),
        G("地区生产总值增长5%左右", "5%左右", 5, "%", "about", "expected", "growth", "地区生产总值"),
        G("一般公共预算收入增长3%", "3%", 3, "%", "exactly", "expected", "growth", "一般公共预算收入"),
        G("一百六十亿元", "一百六十亿元", 160, "亿元", "exactly", "expected", "level", "固定资产投资"),
        G("社会消费品零售总额增长8%", "8%", 8, "%", "exactly", "expected", "growth", "社会消费品零售总额"),
        G("控制在4%以内", "控制在4%以内", 4, "%", "at_most", "expected", "share", "城镇登记失业率"),
        G("1100万吨左右", "1100万吨左右", 1100, "万吨", "about", "expected", "level", "原油产量"),
        G("天然气产量30亿立方米", "30亿立方米", 30, "亿立方米", "exactly", "expected", "level", "天然气产量"),
        G("云计算企业10家以上", "10家以上", 10, "家", "at_least", None, "increment", "云计算企业"),
        G("力争突破2亿美元", "突破2亿美元", 2, "亿美元", "at_least", "strive", "level", "综合保税区进出口额"),
        G("交通投资25亿元", "25亿元", 25, "亿元", "exactly", None, "level", "交通投资"),
        G("接待游客突破400万人次", "突破400万人次", 400, "万人次", "at_least", None, "level", "接待游客"),
        G("旅游总收入增长20%以上", "20%以上", 20, "%", "at_least", None, "growth", "旅游总收入"),
        G("4A级景区1个", "1个", 1, "个", "exactly", None, "increment", "国家4A级景区"),
        G("造林面积3000公顷", "3000公顷", 3000, "公顷", "exactly", None, "increment", "造林面积"),
        G("保障性住房2600套", "2600套", 2600, "套", "exactly", None, "increment", "保障性住房"),
    ],
    actuals=[
        A("年均增长7.8%", "7.8%", 7.8, "%"),
        A("稳定在1100万吨以上", "1100万吨以上", 1100, "万吨"),
        A("跨过4万元", "4万元", 4, "万元"),
        A("668.3亿元", "668.3亿元", 668.3, "亿元"),
        A("下降4.1%", "4.1%", 4.1, "%"),
        A("完成80.6亿元", "80.6亿元", 80.6, "亿元"),
        A("原油产量1120万吨", "1120万吨", 1120, "万吨"),
        A("31.5亿立方米", "31.5亿立方米", 31.5, "亿立方米"),
        A("增长12.5%", "12.5%", 12.5, "%"),
    ],
    projects=["克拉玛依至塔城铁路", "独山子至奎屯快速路", "克拉玛依区第十三中学迁建工程"],
    places=["独山子区", "克拉玛依云计算产业园区", "克拉玛依综合保税区", "白碱滩区", "乌尔禾区",
            "世界魔鬼城景区", "黑油山景区", "九龙潭景区"],
    industries=["油气生产", "石油化工", "技术服务", "信息产业", "旅游业", "云计算产业"],
)

DRAFTS["06_sichuan_2026"] = dict(
    report=dict(region_code="510000", region_name="四川省", year=2026,
                speaker="罗家明", speaker_role="省长"),
    goals=[
        G("地区生产总值增长5.5%左右", "5.5%左右", 5.5, "%", "about", "expected", "growth", "地区生产总值"),
        G("规模以上工业增加值增长6%", "6%", 6, "%", "exactly", "expected", "growth", "规模以上工业增加值"),
        G("全社会固定资产投资增长4%", "4%", 4, "%", "exactly", "expected", "growth", "全社会固定资产投资"),
        G("5%—6%", "5%—6%", [5, 6], "%", "range", "expected", "growth", "社会消费品零售总额"),
        G("一般公共预算收入增长4.5%", "4.5%", 4.5, "%", "exactly", "expected", "growth", "一般公共预算收入"),
        G("85万人以上", "85万人以上", 85, "万人", "at_least", "expected", "increment", "城镇新增就业"),
        G("城镇调查失业率5.5%左右", "5.5%左右", 5.5, "%", "about", "expected", "share", "城镇调查失业率"),
        G("居民消费价格涨幅2%左右", "2%左右", 2, "%", "about", "expected", "growth", "居民消费价格涨幅"),
        G("稳定在700亿斤以上", "700亿斤以上", 700, "亿斤", "at_least", "expected", "level", "粮食产量"),
        G("突破1.8万亿元", "突破1.8万亿元", 1.8, "万亿元", "at_least", "strive", "level", "电子信息产业营业收入"),
        G("企业100家以上", "100家以上", 100, "家", "at_least", None, "increment", "国家级专精特新“小巨人”企业"),
        G("白酒产业营业收入增长8%", "8%", 8, "%", "exactly", None, "growth", "白酒产业营业收入"),
        G("省重点项目700个", "700个", 700, "个", "exactly", None, "count", "省重点项目"),
        G("8000亿元以上", "8000亿元以上", 8000, "亿元", "at_least", None, "level", "重点项目年度投资"),
        G("干线公路1200公里", "1200公里", 1200, "公里", "exactly", None, "increment", "普通国省干线公路"),
        G("五十万亩", "五十万亩", 50, "万亩", "exactly", None, "increment", "有效灌溉面积"),
        G("外贸进出口额增长10%", "10%", 10, "%", "exactly", None, "growth", "川南临港片区外贸进出口额"),
        G("1500万千瓦以上", "1500万千瓦以上", 1500, "万千瓦", "at_least", None, "increment", "电力装机"),
        G("新能源装机1000万千瓦", "1000万千瓦", 1000, "万千瓦", "exactly", None, "increment", "新能源装机"),
        G("5600亿千瓦时", "5600亿千瓦时", 5600, "亿千瓦时", "exactly", None, "level", "发电量"),
        G("公办幼儿园200所", "200所", 200, "所", "exactly", None, "increment", "公办幼儿园"),
        G("普惠托位两万个", "两万个", 2, "万个", "exactly", None, "increment", "普惠托位"),
        G("老旧小区3000个", "3000个", 3000, "个", "exactly", None, "count", "城镇老旧小区"),
        G("每人每月165元", "165元", 165, "元", "exactly", None, "level", "城乡居民基础养老金最低标准"),
    ],
    actuals=[
        A("6.78万亿元", "6.78万亿元", 6.78, "万亿元"),
        A("增长5.6%", "5.6%", 5.6, "%"),
        A("增长6.3%", "6.3%", 6.3, "%"),
        A("719.5亿斤", "719.5亿斤", 719.5, "亿斤"),
        A("突破1万亿元", "突破1万亿元", 1, "万亿元"),
        A("92.6万人", "92.6万人", 92.6, "万人"),
    ],
    projects=["成达万高铁", "西渝高铁", "引大济岷工程", "川藏铁路雅安至林芝段", "成渝中线高铁",
              "雅叶高速康定至新都桥段", "向家坝灌区北总干渠二期工程"],
    places=["成都", "四川天府新区", "成都东部新区", "宜宾", "泸州", "南充", "达州",
            "中国（四川）自由贸易试验区川南临港片区"],
    industries=["电子信息", "装备制造", "食品轻纺", "能源化工", "先进材料", "医药健康", "人工智能",
                "低空经济", "航空航天", "白酒产业", "清洁能源"],
)

DRAFTS["07_liuzhou_2023"] = dict(
    report=dict(region_code="450200", region_name="柳州市", year=2023,
                speaker="黄志强", speaker_role="市长"),
    goals=[
        G("地区生产总值增长6.5%左右", "6.5%左右", 6.5, "%", "about", "expected", "growth", "地区生产总值"),
        G("规模以上工业增加值增长8%", "8%", 8, "%", "exactly", "expected", "growth", "规模以上工业增加值"),
        G("固定资产投资增长10%", "10%", 10, "%", "exactly", "expected", "growth", "固定资产投资"),
        G("社会消费品零售总额增长6%", "6%", 6, "%", "exactly", "expected", "growth", "社会消费品零售总额"),
        G("一般公共预算收入增长5%", "5%", 5, "%", "exactly", "expected", "growth", "一般公共预算收入"),
        G("分别增长6%和7.5%", "6%", 6, "%", "exactly", "expected", "growth", "城镇居民人均可支配收入"),
        G("分别增长6%和7.5%", "7.5%", 7.5, "%", "exactly", "expected", "growth", "农村居民人均可支配收入"),
        G("控制在5.5%以内", "控制在5.5%以内", 5.5, "%", "at_most", "expected", "share", "城镇调查失业率"),
        G("居民消费价格涨幅3%左右", "3%左右", 3, "%", "about", "expected", "growth", "居民消费价格涨幅"),
        G("稳定在43万吨以上", "43万吨以上", 43, "万吨", "at_least", "expected", "level", "粮食产量"),
        G("力争达到210万辆", "210万辆", 210, "万辆", "exactly", "strive", "count", "汽车产量"),
        G("突破80万辆", "突破80万辆", 80, "万辆", "at_least", None, "count", "新能源汽车产量"),
        G("充电桩五千个", "五千个", 5000, "个", "exactly", None, "increment", "公共充电桩"),
        G("占比提高到35%", "35%", 35, "%", "exactly", None, "share", "新能源汽车保有量占比"),
        G("零部件企业30家", "30家", 30, "家", "exactly", None, "increment", "汽车零部件企业"),
        G("原材料基地10万亩", "10万亩", 10, "万亩", "exactly", None, "increment", "螺蛳粉原材料基地"),
        G("七百亿元", "七百亿元", 700, "亿元", "exactly", None, "level", "柳州螺蛳粉全产业链销售收入"),
        G("出口额增长30%以上", "30%以上", 30, "%", "at_least", None, "growth", "螺蛳粉出口额"),
        G("市级重点项目300个", "300个", 300, "个", "exactly", None, "count", "市级重点项目"),
        G("新开工项目120个", "120个", 120, "个", "exactly", None, "increment", "新开工项目"),
        G("完成投资600亿元以上", "600亿元以上", 600, "亿元", "at_least", None, "level", "重点项目投资"),
        G("城市道路40公里", "40公里", 40, "公里", "exactly", None, "increment", "城市道路"),
        G("突破6000万人次", "突破6000万人次", 6000, "万人次", "at_least", None, "level", "接待游客"),
        G("旅游总消费增长15%", "15%", 15, "%", "exactly", None, "growth", "旅游总消费"),
        G("百分之十以上", "百分之十以上", 10, "%", "at_least", None, "growth", "外贸进出口总额"),
        G("实际使用外资2亿美元", "2亿美元", 2, "亿美元", "exactly", None, "level", "实际使用外资"),
        G("亿元以上项目150个", "150个", 150, "个", "exactly", None, "increment", "亿元以上项目"),
        G("一般性支出压减10%以上", "10%以上", 10, "%", "at_least", None, "reduction", "市本级一般性支出"),
        G("城镇新增就业4万人以上", "4万人以上", 4, "万人", "at_least", None, "increment", "城镇新增就业"),
        G("创业担保贷款10亿元", "10亿元", 10, "亿元", "exactly", None, "level", "创业担保贷款"),
        G("租赁住房一万套", "一万套", 1, "万套", "exactly", None, "increment", "保障性租赁住房"),
        G("床位数达到7.2张", "7.2张", 7.2, "张", "exactly", None, "level", "每千人口医疗卫生机构床位数"),
    ],
    actuals=[
        A("完成3109.7亿元", "3109.7亿元", 3109.7, "亿元"),
        A("增长2.1%", "2.1%", 2.1, "%"),
        A("增长1.8%", "1.8%", 1.8, "%"),
        A("增长7.6%", "7.6%", 7.6, "%"),
        A("1205亿元", "1205亿元", 1205, "亿元"),
        A("完成163.4亿元", "163.4亿元", 163.4, "亿元"),
        A("45390元", "45390元", 45390, "元"),
        A("20130元", "20130元", 20130, "元"),
        A("分别增长3.5%", "3.5%", 3.5, "%"),
        A("6.1%", "6.1%", 6.1, "%"),
        A("196.5万辆", "196.5万辆", 196.5, "万辆"),
        A("62.3万辆", "62.3万辆", 62.3, "万辆"),
        A("增长41%", "41%", 41, "%"),
        A("突破600亿元", "突破600亿元", 600, "亿元"),
        A("重大项目168个", "168个", 168, "个"),
        A("完成投资486亿元", "486亿元", 486, "亿元"),
        A("4.3万人", "4.3万人", 4.3, "万人"),
        A("幼儿园26所", "26所", 26, "所"),
        A("2.1万个", "2.1万个", 2.1, "万个"),
        A("比例达到93.2%", "93.2%", 93.2, "%"),
        A("下降到30微克/立方米", "30微克/立方米", 30, "微克/立方米"),
        A("植树造林12.6万亩", "12.6万亩", 12.6, "万亩"),
        A("缓费86.5亿元", "86.5亿元", 86.5, "亿元"),
        A("市场主体5.6万户", "5.6万户", 5.6, "万户"),
        A("增长58%", "58%", 58, "%"),
    ],
    projects=["柳梧铁路", "柳州东站综合交通枢纽", "柳州螺蛳粉产业园三期", "柳州至广州铁路",
              "柳州至贺州铁路", "鹧鸪江大桥", "洛维大桥", "柳州市工人医院北院区二期"],
    places=["柳江", "柳州综合保税区", "柳东新区", "北部生态新区", "百里柳江", "窑埠古镇", "程阳八寨", "三江侗族自治县",
            "融水苗族自治县"],
    industries=["汽车产业", "新能源汽车", "新能源电池", "智能网联汽车", "工程机械", "生物医药", "螺蛳粉产业"],
)

DRAFTS["08_lhasa_2024"] = dict(
    report=dict(region_code="540100", region_name="拉萨市", year=2024,
                speaker="旦增平措", speaker_role="市长"),
    goals=[
        G("GDP预期增长8%左右", "8%左右", 8, "%", "about", "expected", "growth", "GDP"),
        G("报告提出，地区生产总值增长8%左右", "8%左右", 8, "%", "about", None, "growth", "地区生产总值"),
        G("固定资产投资增长10%", "10%", 10, "%", "exactly", None, "growth", "固定资产投资"),
        G("社会消费品零售总额增长9%以上", "9%以上", 9, "%", "at_least", None, "growth", "社会消费品零售总额"),
        G("分别增长7%、10%以上", "7%", 7, "%", "at_least", None, "growth", "城镇居民人均可支配收入"),
        G("分别增长7%、10%以上", "10%以上", 10, "%", "at_least", None, "growth", "农村居民人均可支配收入"),
        G("突破4500万人次", "突破4500万人次", 4500, "万人次", "at_least", "strive", "level", "接待游客"),
        G("旅游总收入增长12%", "12%", 12, "%", "exactly", None, "growth", "旅游总收入"),
        G("景区两家", "两家", 2, "家", "exactly", None, "increment", "4A级以上景区"),
        G("等6个项目", "6个", 6, "个", "exactly", None, "count", "开工项目"),
        G("光伏装机20万千瓦", "20万千瓦", 20, "万千瓦", "exactly", None, "increment", "光伏装机"),
        G("产值达到80亿元", "80亿元", 80, "亿元", "exactly", None, "level", "清洁能源产业产值"),
        G("8000人以上", "8000人以上", 8000, "人", "at_least", None, "increment", "城镇就业"),
        G("控制在5%以内", "控制在5%以内", 5, "%", "at_most", None, "share", "城镇调查失业率"),
        G("幼儿园12所", "12所", 12, "所", "exactly", None, "increment", "幼儿园"),
        G("10万亩以上", "10万亩以上", 10, "万亩", "at_least", None, "level", "造林"),
        G("小区改造85个", "85个", 85, "个", "exactly", None, "count", "城镇老旧小区改造"),
        G("城市绿道30公里", "30公里", 30, "公里", "exactly", None, "increment", "城市绿道"),
        G("百分之九十", "百分之九十", 90, "%", "exactly", None, "share", "城区公交车新能源化比例"),
    ],
    actuals=[
        A("918.6亿元", "918.6亿元", 918.6, "亿元"),
        A("增长9.4%", "9.4%", 9.4, "%"),
        A("4100万人次", "4100万人次", 4100, "万人次"),
        A("突破530亿元", "突破530亿元", 530, "亿元"),
        A("24860元", "24860元", 24860, "元"),
        A("增长10.1%", "10.1%", 10.1, "%"),
        A("造林32万亩", "32万亩", 32, "万亩"),
    ],
    projects=["拉萨南北山绿化工程", "羊八井地热电站扩容", "尼木光伏储能电站", "拉萨市第二人民医院新院区",
              "纳金二桥", "柳梧至达孜快速通道"],
    places=["八廓街", "布达拉宫", "拉萨经济技术开发区", "拉萨高新区", "柳梧新区", "当雄县",
            "羊八井镇", "拉萨河"],
    industries=["文化旅游产业", "清洁能源", "高原生物", "藏医药", "数字经济产业"],
)


# ---------------------------------------------------------------------------------------
PREFIX = [("万亿", 10 ** 12), ("亿", 10 ** 8), ("万", 10 ** 4)]


def num(x):
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def normalize(value, unit):
    if isinstance(value, list):
        return None
    for p, m in PREFIX:
        if unit.startswith(p) and len(unit) > len(p):
            v = value * m
            return num(round(v, 6)) if isinstance(v, float) else v
    return num(value)


def currency(unit):
    if unit.endswith("美元"):
        return "USD"
    if unit.endswith("元"):
        return "CNY"
    return None


def locate(text, anchor, span, what):
    n = text.count(anchor)
    if n != 1:
        raise SystemExit(f"{what}: anchor {anchor!r} occurs {n} times")
    a = text.index(anchor)
    i = anchor.index(span)
    return a + i, a + i + len(span)


def build_one(slug, d):
    text = (REPORTS / f"{slug}.txt").read_text(encoding="utf-8")
    code = d["report"]["region_code"]
    goals = []
    for g in d["goals"]:
        s, e = locate(text, g["anchor"], g["span"], slug)
        value = [num(v) for v in g["value"]] if isinstance(g["value"], list) else num(g["value"])
        goals.append(dict(text=g["span"], start=s, end=e, value=value, unit=g["unit"],
                          comparator=g["comparator"], qualifier=g["qualifier"], kind=g["kind"],
                          indicator=g["indicator"], normalized=normalize(value, g["unit"]),
                          currency=currency(g["unit"]), region_code=g["region_code"] or code))
    actuals = []
    for a in d["actuals"]:
        s, e = locate(text, a["anchor"], a["span"], slug)
        actuals.append(dict(text=a["span"], start=s, end=e, value=num(a["value"]), unit=a["unit"]))
    goals.sort(key=lambda x: x["start"])
    actuals.sort(key=lambda x: x["start"])
    return {
        "file": f"{slug}.txt",
        "report": d["report"],
        "goals": goals,
        "actuals": actuals,
        "projects": [{"name": n} for n in d["projects"]],
        "places": [{"name": n} for n in d["places"]],
        "industries": [{"name": n} for n in d["industries"]],
    }


def build():
    GOLD.mkdir(exist_ok=True)
    for slug, d in DRAFTS.items():
        out = build_one(slug, d)
        (GOLD / f"{slug}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n",
                                          encoding="utf-8")
        print(f"{slug}: {len(out['goals'])} goals, {len(out['actuals'])} actuals, "
              f"{len(out['projects'])} projects, {len(out['places'])} places, "
              f"{len(out['industries'])} industries")


CN_NUM = "零〇一二两三四五六七八九十百千万亿"
NUM_RE = re.compile(r"[0-9０-９][0-9０-９.．]*|[" + CN_NUM + r"]+")


def expected_comparator(span):
    if re.search(r"[—–\-至]", span):
        return "range"
    if "左右" in span or span.startswith(("约", "大约", "近")):
        return "about"
    if re.search(r"以上|超过|^超|突破|不少于|不低于|至少|^逾", span):
        return "at_least"
    if re.search(r"以内|以下|低于|不超过|控制在", span):
        return "at_most"
    return "exactly"


def verify():
    divisions = {r["code"]: r for r in csv.DictReader(open(DIVISIONS, encoding="utf-8"))}
    problems = []
    slugs = sorted(p.stem for p in GOLD.glob("*.json"))
    assert slugs == sorted(DRAFTS), (slugs, sorted(DRAFTS))
    total = dict(goals=0, actuals=0, projects=0, places=0, industries=0)
    for slug in slugs:
        text = (REPORTS / f"{slug}.txt").read_text(encoding="utf-8")
        meta = json.loads((REPORTS / f"{slug}.meta.json").read_text(encoding="utf-8"))
        gold = json.loads((GOLD / f"{slug}.json").read_text(encoding="utf-8"))
        P = lambda m: problems.append(f"{slug}: {m}")
        if gold != build_one(slug, DRAFTS[slug]):
            P("gold file differs from draft (run build)")
        if not 800 <= len(text) <= 2500:
            P(f"length {len(text)} outside 800-2500")
        for w in SEED_WORDS:
            if w in text or w in json.dumps(gold, ensure_ascii=False):
                P(f"seed word {w}")
        if set(meta) != {"region_code", "region_name", "year", "date", "source_url", "document_type"}:
            P(f"meta keys {sorted(meta)}")
        if meta["document_type"] not in ("full_report", "news_summary", "excerpt"):
            P("document_type")
        rep = gold["report"]
        for k in ("region_code", "region_name", "year"):
            if meta[k] != rep[k]:
                P(f"meta/gold mismatch on {k}")
        div = divisions.get(rep["region_code"])
        if not div or div["name"] != rep["region_name"]:
            P(f"region {rep['region_code']} {rep['region_name']} not in divisions.csv")
        if gold["file"] != f"{slug}.txt":
            P("file field")
        spans = []
        for g in gold["goals"]:
            if text[g["start"]:g["end"]] != g["text"]:
                P(f"goal span mismatch {g['text']}")
            if g["comparator"] not in COMPARATORS or g["qualifier"] not in QUALIFIERS or g["kind"] not in KINDS:
                P(f"bad enum {g}")
            exp = expected_comparator(g["text"])
            distributed = text[g["end"]:g["end"] + 1] in ("、", "和")  # 分别…7%、10%以上
            if exp != g["comparator"] and not distributed and not (
                    g["text"].startswith("控制在") and g["text"].endswith("左右")):
                P(f"comparator {g['comparator']} vs span {g['text']} ({exp})")
            if (g["unit"] == "百分点") != (g["kind"] == "percentage_point"):
                P(f"百分点/kind mismatch {g['text']}")
            if (g["comparator"] == "range") != isinstance(g["value"], list):
                P(f"range/value mismatch {g['text']}")
            if g["region_code"] not in divisions:
                P(f"goal region {g['region_code']}")
            if g["unit"] != "%" and g["unit"] not in g["text"]:
                P(f"unit {g['unit']} not in span {g['text']}")
            digits = re.findall(r"\d+(?:\.\d+)?", g["text"].replace("PM2.5", ""))
            if digits and not isinstance(g["value"], list) and float(digits[0]) != g["value"]:
                P(f"value {g['value']} vs span {g['text']}")
            spans.append((g["start"], g["end"], g["text"]))
        for a in gold["actuals"]:
            if text[a["start"]:a["end"]] != a["text"]:
                P(f"actual span mismatch {a['text']}")
            spans.append((a["start"], a["end"], a["text"]))
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                P(f"overlap {t1} / {t2}")
        for kind in ("projects", "places", "industries"):
            names = [x["name"] for x in gold[kind]]
            if len(set(names)) != len(names):
                P(f"duplicate {kind}")
            for n in names:
                if n not in text:
                    # expanded elided list members need not occur verbatim
                    print(f"  note {slug}: {kind[:-1]} {n!r} not verbatim in text (expanded)")
            total[kind] += len(names)
        total["goals"] += len(gold["goals"])
        total["actuals"] += len(gold["actuals"])
    print("totals:", total)
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    print(f"OK: {len(slugs)} files verified")


def numbers():
    """Print every numeral run that is not inside a goal or actual span, for review."""
    for slug in sorted(DRAFTS):
        text = (REPORTS / f"{slug}.txt").read_text(encoding="utf-8")
        gold = build_one(slug, DRAFTS[slug])
        covered = [(x["start"], x["end"]) for x in gold["goals"] + gold["actuals"]]
        print(f"== {slug}")
        for m in NUM_RE.finditer(text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            ctx = text[max(0, m.start() - 8):m.end() + 6].replace("\n", " ")
            print(f"   {m.group()!r:12} …{ctx}…")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "verify"
    {"build": build, "verify": verify, "numbers": numbers}[cmd]()
