"""The first tplmall sellers: Yantai companies' flagship stores, in formal company copy."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, Said, bad, decoy, shown_as
from demo.families.tplmall import Product, Seller

ABS, MED, RET, MIS = "ad.absolute_terms", "ad.medical_claims", "returns.refused", "licence.mismatch"
LTD = "有限责任公司（自然人投资或控股）"


def _reg(
    seed: str, name: str, division: str, person: str, address: str, founded: str
) -> Registered:
    return Registered(
        name, code_for(seed, division), LTD, person, f"山东省烟台市{address}", founded
    )


HAIDAI = _reg(
    "tp-01", "烟台海岱酒庄有限公司", "370687", "于海岱", "海阳市留格庄镇酒庄路1号", "2012年05月18日"
)
LUSHEN = _reg(
    "tp-02",
    "烟台鲁参坊海洋食品有限公司",
    "370612",
    "孙立群",
    "牟平区宁海街道海滨路66号",
    "2016年09月02日",
)
LUWEI = _reg(
    "tp-03",
    "烟台福山鲁味食品有限公司",
    "370611",
    "王福春",
    "福山区清洋街道永达街18号",
    "2018年03月27日",
)
KANGHAI = _reg(
    "tp-04",
    "烟台康海堂生物科技有限公司",
    "370671",
    "刘康",
    "高新区蓝海路1号创业大厦",
    "2019年11月11日",
)
BOHAI = _reg(
    "tp-05", "烟台渤海湾果业有限公司", "370686", "林果", "栖霞市庙后镇苹果大道9号", "2015年08月08日"
)
YUNSHANG = _reg(
    "tp-06", "烟台云裳服饰有限公司", "370602", "曲云", "芝罘区南大街120号", "2020年04月01日"
)
HAIWEI = _reg(
    "tp-07", "莱州湾海味食品有限公司", "370683", "张海", "莱州市金城镇海港路3号", "2017年06月16日"
)
JINHAI = _reg(
    "tp-08",
    "龙口市金海岸粉丝有限公司",
    "370681",
    "滕金",
    "龙口市诸由观镇粉丝工业园",
    "2009年10月20日",
)
HAOYUN = _reg(
    "tp-09",
    "烟台牟平好运家居用品有限公司",
    "370612",
    "姜好运",
    "牟平区大窑街道工业路5号",
    "2021年01月15日",
)
BOTTLER = code_for("tp-01/bottler", "370614")


FIRST = (
    Seller(
        "tp-01",
        "tmall",
        "haidai",
        "海岱酒庄官方旗舰店",
        HAIDAI,
        "酒水",
        shown_as(HAIDAI),
        entry="工商执照",
        permit=food_permit("370687", 4127),
        story=(
            Said("海岱酒庄坐落于海阳丘陵葡萄产区，自有葡萄园八百亩。"),
            Said("依法禁止向未成年人销售酒类商品。"),
        ),
        products=(
            Product(
                "hd11",
                "海岱干红葡萄酒 750ml",
                "168",
                (Said("蛇龙珠酿造，橡木桶陈酿12个月"),),
                (
                    ("产品类型", Said("干型葡萄酒")),
                    (
                        "饮用建议",
                        decoy(
                            ABS,
                            "最佳饮用温度16-18℃，开瓶后醒酒30分钟",
                            "usage tip 最佳饮用温度, not a claim",
                        ),
                    ),
                    (
                        "灌装商",
                        decoy(
                            MIS,
                            f"烟台蓬莱海岱灌装有限公司（统一社会信用代码 {BOTTLER}）",
                            "the bottler's code, a third party",
                        ),
                    ),
                ),
            ),
        ),
        note="Clean flagship store: shop name differs from the registered name; usage tip; "
        "a bottler's code; food permit shown.",
    ),
    Seller(
        "tp-02",
        "jd",
        "lushenfang",
        "鲁参坊海参旗舰店",
        LUSHEN,
        "食品",
        shown_as(LUSHEN, name="烟台鲁参坊海产品有限公司"),
        entry="店铺证照信息",
        permit=food_permit("370612", 2215),
        story=(Said("公司专注烟台海参二十年，原料均来自自有海域。"),),
        products=(
            Product(
                "ls21",
                "淡干海参 250g",
                "1280",
                (Said("低温烘干，无糖无盐"),),
                (
                    (
                        "泡发建议",
                        decoy(ABS, "冷水浸泡48小时为最佳泡发时间", "usage tip about soaking time"),
                    ),
                ),
            ),
        ),
        note="Licence page shows another company name than the registered one.",
    ),
    Seller(
        "tp-03",
        "taobao",
        "fushanluwei",
        "福山烹饪世家食品店",
        LUWEI,
        "食品",
        shown_as(LUWEI, uscc=with_wrong_check(LUWEI.uscc)),
        entry="店铺证照",
        filing="本店仅销售预包装食品，已办理备案，备案编号：YB13706110023451",
        story=(Said("传承福山鲁菜风味，礼盒糕点、即食海味。"),),
        products=(
            Product(
                "fs31",
                "福山拉面礼盒",
                "59",
                (decoy(ABS, "第一次购买可领新客券", "ordinal 第一次, not a claim"),),
            ),
        ),
        note="Displayed code has a wrong GB 32100-2015 check character.",
    ),
    Seller(
        "tp-04",
        "jd",
        "kanghaitang",
        "康海堂保健品旗舰店",
        KANGHAI,
        "保健食品",
        shown_as(KANGHAI),
        entry="店铺证照信息",
        permit=food_permit("370671", 3008),
        story=(Said("康海堂以海洋生物提取技术为核心，产品经第三方检测。"),),
        products=(
            Product(
                "kh41",
                "海参肽口服液 10支",
                "398",
                (
                    bad(
                        MED,
                        "临床验证，可辅助治疗2型糖尿病，坚持服用可减少胰岛素用量",
                        "a disease-treatment claim on a non-drug product",
                    ),
                ),
                (("产品类型", Said("固体饮料")),),
            ),
            Product(
                "kh42",
                "蓝帽牌 鱼油软胶囊",
                "128",
                (
                    decoy(
                        MED,
                        "保健功能：有助于降低血脂。本品不能代替药物",
                        "the registered health-food function with the statutory notice",
                    ),
                ),
                (("批准文号", Said("国食健注G20190234")),),
                (
                    decoy(
                        MED,
                        "问了客服能不能治病，客服说保健食品不能代替药物，很专业",
                        "a buyer's review quoting the question",
                        "l***9",
                    ),
                ),
            ),
        ),
        note="Disease-treatment claim on a 固体饮料; the blue-hat product and a review are decoys.",
    ),
    Seller(
        "tp-05",
        "tmall",
        "bohaiwan",
        "渤海湾果业旗舰店",
        BOHAI,
        "生鲜",
        shown_as(BOHAI),
        entry="工商执照",
        story=(
            bad(ABS, "栖霞苹果行业标杆，全网销量第一", "销量第一: an absolute claim"),
            decoy(ABS, "我们始终把品质放在第一位", "values, not a claim about the goods"),
        ),
        products=(
            Product(
                "bh51",
                "栖霞红富士 5kg",
                "49.9",
                (bad(ABS, "顶级红富士，极致脆甜", "顶级 / 极致"),),
                (("储存方式", decoy(ABS, "0-4℃冷藏保存口感最佳", "usage tip on storage")),),
            ),
        ),
        note="Absolute terms in the brand story and a listing; fresh fruit needs no permit.",
    ),
    Seller(
        "tp-06",
        "taobao",
        "yunshang",
        "云裳女装旗舰店",
        YUNSHANG,
        "服装",
        shown_as(YUNSHANG),
        notices=(
            bad(
                RET,
                "本店所有特价商品一经售出，不支持七天无理由退换货",
                "refuses the statutory 7-day return on ordinary clothing",
            ),
            decoy(
                RET,
                "定制刻字款为按消费者要求定作的商品，依法不适用七日无理由退货",
                "statutory exemption for made-to-order goods",
            ),
        ),
        products=(Product("ys61", "羊毛双面呢大衣", "699", (Said("澳洲美利奴羊毛"),)),),
        note="Return refusal notice for sale items.",
    ),
)
