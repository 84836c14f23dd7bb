"""The groupbuy stalls: Yantai 团长 and H5 mini-shops, in group-chat voice: the first half."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit
from demo.families.corpus import Registered, bad, decoy, shown_as
from demo.families.groupbuy import Goods, Stall

ABS, MED, RET = "ad.absolute_terms", "ad.medical_claims", "returns.refused"
LURE, MIS = "live.offplatform_lure", "licence.mismatch"
LTD = "有限责任公司（自然人投资或控股）"
SOLE = "个体工商户"


def _reg(
    seed: str, name: str, division: str, person: str, address: str, founded: str, kind: str = LTD
) -> Registered:
    category = {SOLE: "2", "农民专业合作社": "3"}.get(kind, "1")
    return Registered(
        name,
        code_for("groupbuy/" + seed, division, category),
        kind,
        person,
        "山东省烟台市" + address,
        founded,
    )


XIAGUO = _reg(
    "gb-01",
    "栖霞市霞光苹果专业合作社",
    "370686",
    "牟霞",
    "栖霞市桃村镇霞光村",
    "2013年10月08日",
    kind="农民专业合作社",
)
HAIBAO = _reg(
    "gb-02",
    "牟平区海宝生鲜店",
    "370612",
    "刘海宝",
    "牟平区宁海街道正阳路45号",
    "2020年06月18日",
    kind=SOLE,
)
BEIKE = _reg(
    "gb-03",
    "烟台莱山区贝壳湾水产经营部",
    "370613",
    "徐贝",
    "莱山区黄海路8号",
    "2019年03月03日",
    kind=SOLE,
)
JIUXIANG = _reg(
    "gb-04",
    "烟台开发区酒乡副食店",
    "370676",
    "曲酒乡",
    "开发区衡山路16号",
    "2017年12月01日",
    kind=SOLE,
)
FENSI = _reg(
    "gb-05",
    "龙口市粉丝人家食品店",
    "370681",
    "杨丝",
    "龙口市徐福街道龙口路3号",
    "2016年02月20日",
    kind=SOLE,
)
AZHEN = _reg(
    "gb-06",
    "芝罘区阿珍海鲜摊",
    "370602",
    "阮珍",
    "芝罘区二马路早市12号",
    "2021年05月05日",
    kind=SOLE,
)
TIANGUO = _reg(
    "gb-07",
    "烟台甜果鲜农业发展有限公司",
    "370682",
    "常甜",
    "莱阳市照旺庄镇甜果路1号",
    "2018年11月11日",
)
SHANJU = _reg(
    "gb-08", "烟台山居酒业有限公司", "370687", "于山", "海阳市朱吴镇酒庄大道8号", "2014年07月07日"
)
LANMEI = _reg(
    "gb-09",
    "海阳市蓝莓小镇果蔬店",
    "370687",
    "蓝蕾",
    "海阳市郭城镇蓝莓路6号",
    "2022年04月01日",
    kind=SOLE,
)
YINGTAO = _reg(
    "gb-10",
    "福山区老孙樱桃园水果店",
    "370611",
    "孙德",
    "福山区门楼镇樱桃沟",
    "2015年05月25日",
    kind=SOLE,
)
SHENXIAN = _reg(
    "gb-11",
    "烟台参鲜到家电子商务有限公司",
    "370613",
    "鲍鲜",
    "莱山区港城东大街100号",
    "2023年01月09日",
)
FACTORY = Registered(
    "长岛县海珍品加工厂",
    code_for("groupbuy/gb-11/factory", "370634"),
    LTD,
    "包珍",
    "山东省烟台市长岛县砣矶镇",
    "2008年08月08日",
)
LINLI = _reg(
    "gb-12",
    "芝罘区邻里优选便利店",
    "370602",
    "邻小优",
    "芝罘区世回尧街道青年南路88号",
    "2021年09月09日",
    kind=SOLE,
)

PICKUP = "明天下午3点后到小区自提点，记得带取货码。"


FIRST = (
    Stall(
        "gb-01",
        "wd1001",
        "微店",
        "霞光苹果社员直供",
        XIAGUO,
        "生鲜",
        shown_as(XIAGUO),
        cert="sheet",
        entry="店铺信息",
        feed=(
            ("牟霞", "团长", "家人们，今年的红富士下树了，今晚8点截团，" + PICKUP),
            (
                "牟霞",
                "团长",
                decoy(
                    RET,
                    "苹果是生鲜，签收后非质量问题不退；坏果拍照发群里，按个数退款。",
                    "fresh fruit: the perishable exemption",
                ),
            ),
            ("张阿姨", "团员", "去年买的就很好吃，这次多要两箱"),
        ),
        jielong=("1. 张阿姨 红富士10斤×2", "2. 小李 红富士5斤×1"),
        goods=(
            Goods(
                "g11",
                "栖霞红富士 80mm 10斤",
                "58",
                ("合作社社员果园统一采摘",),
                (decoy(RET, "生鲜水果不支持七天无理由退货，坏果包赔。", "fresh fruit exemption"),),
            ),
        ),
        note="Clean co-operative: licence only in the hidden 店铺信息 pop-up; perishable "
        "exemption.",
    ),
    Stall(
        "gb-02",
        "ktt2002",
        "快团团",
        "海宝即食海参团",
        HAIBAO,
        "食品",
        shown_as(HAIBAO),
        feed=(("海宝", "团长", "即食海参今晚截单，" + PICKUP),),
        goods=(
            Goods(
                "g21",
                "即食海参 500g 冷冻装",
                "368",
                ("解冻即食，凉拌、煮面都行",),
                ("冷冻食品，质量问题签收24小时内联系团长。",),
            ),
        ),
        note="permit.food_missing: ready-to-eat sea cucumber sold with no 食品经营许可证.",
    ),
    Stall(
        "gb-03",
        "yz3003",
        "有赞",
        "贝壳湾海鲜团购",
        BEIKE,
        "生鲜",
        shown_as(BEIKE),
        entry="店铺资质",
        feed=(
            ("徐贝", "团长", "今天的扇贝个头大，" + PICKUP),
            ("小王", "团员", "团长微信多少？"),
            (
                "徐贝",
                "团长",
                bad(
                    LURE,
                    "下次直接微信转我，不走小程序，每斤便宜5块。",
                    "the 团长 asks buyers to pay by WeChat transfer off the platform",
                ),
            ),
        ),
        goods=(Goods("g31", "鲜活海湾扇贝 5斤", "45", ("当天出海，活着发",)),),
        note="live.offplatform_lure: the 团长 asks for WeChat transfers, bypassing the shop.",
    ),
    Stall(
        "gb-04",
        "wd1004",
        "微店",
        "酒乡红酒团",
        JIUXIANG,
        "酒水",
        shown_as(JIUXIANG),
        permit=food_permit("370676", 5504),
        feed=(
            (
                "曲酒乡",
                "团长",
                bad(
                    MED,
                    "每天睡前一小杯，软化血管，三高的人喝了都不用吃降压药了。",
                    "the 团长 claims wine treats high blood pressure",
                ),
            ),
        ),
        goods=(Goods("g41", "蓬莱产区 赤霞珠干红 750ml", "88", ("橡木桶陈酿12个月",)),),
        note="ad.medical_claims in the 团长's group notice.",
    ),
    Stall(
        "gb-05",
        "ktt2005",
        "快团团",
        "龙口粉丝人家",
        FENSI,
        "食品",
        shown_as(FENSI),
        permit=food_permit("370681", 5505),
        notice=(
            bad(
                RET,
                "团购商品一经售出概不退换，不接受任何理由退货。",
                "prepackaged 粉丝 are returnable: the notice refuses every return",
            ),
        ),
        feed=(("杨丝", "团长", "新到的龙口粉丝，炖菜涮锅都行，" + PICKUP),),
        goods=(Goods("g51", "龙口粉丝 400g×5袋", "29.9", ("绿豆粉丝，预包装",)),),
        note="returns.refused: 一经售出概不退换 for prepackaged food.",
    ),
    Stall(
        "gb-06",
        "ktt2006",
        "快团团",
        "阿珍海鲜接龙",
        AZHEN,
        "生鲜",
        None,
        cert="none",
        feed=(("阿珍", "团长", "早市刚到的鲅鱼，接龙的家人们" + PICKUP),),
        jielong=("1. 王姐 鲅鱼2条", "2. 301刘 鲅鱼1条"),
        goods=(Goods("g61", "鲜鲅鱼 约2斤一条", "35", ("烟台本地鲅鱼，现杀",)),),
        note="licence.missing: a registered 个体户 shows no licence and no declaration.",
    ),
)
