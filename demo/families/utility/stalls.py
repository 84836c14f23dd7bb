"""The utility stalls: Yantai 个体户 and one exempt individual, in the owners' own chatty words."""

from __future__ import annotations

from demo.families.codes import code_for, with_wrong_check
from demo.families.corpus import Registered, Said, bad, decoy, shown_as
from demo.families.utility import Goods, Stall

ABS, MED, RET, LURE, MIS, MISS = (
    "ad.absolute_terms",
    "ad.medical_claims",
    "returns.refused",
    "live.offplatform_lure",
    "licence.mismatch",
    "licence.missing",
)
GETI = "个体工商户"


def _geti(
    seed: str, name: str, division: str, person: str, address: str, founded: str
) -> Registered:
    return Registered(
        name, code_for(seed, division, "2"), GETI, person, f"山东省烟台市{address}", founded
    )


PEAR = _geti(
    "ut-01",
    "莱阳市照旺庄镇梨老三果品店",
    "370682",
    "李老三",
    "莱阳市照旺庄镇前泊村",
    "2019年08月12日",
)
FANG = _geti(
    "ut-02",
    "烟台市芝罘区小芳服装店",
    "370602",
    "王小芳",
    "芝罘区只楚路东方商城2楼",
    "2023年02月03日",
)
HONEY = _geti(
    "ut-04", "栖霞市蜜蜂张养蜂场", "370686", "张蜂", "栖霞市寺口镇山后村", "2017年05月05日"
)
SHIRT = _geti(
    "ut-05", "烟台市莱山区阿杰衬衫店", "370613", "杨杰", "莱山区迎春大街9号", "2021年09月30日"
)
CLAM = _geti(
    "ut-06", "烟台市牟平区渔港二姐海货店", "370612", "于二姐", "牟平区养马岛渔港", "2020年06月18日"
)
JUJUBE = _geti(
    "ut-07", "海阳市老郭干果店", "370687", "郭大枣", "海阳市朱吴镇集市街3号", "2018年10月10日"
)
BASKET = _geti(
    "ut-08", "莱州市草编工艺品店", "370683", "刘草", "莱州市沙河镇草编市场", "2016年04月22日"
)
CHILI = _geti(
    "ut-09", "龙口市辣妹子酱菜店", "370681", "滕辣", "龙口市东莱街道南山路11号", "2022年03月08日"
)
OEM = code_for("ut-09/oem", "370681")
SAFE = decoy(
    LURE,
    "平台提示：请勿添加卖家个人微信、QQ进行交易，谨防诈骗",
    "the platform's own anti-fraud banner",
)

PICKLE = _geti(
    "ut-10", "莱阳市柳编大姐工艺品店", "370682", "柳大姐", "莱阳市吕格庄镇", "2019年01月09日"
)
DANDELION = _geti(
    "ut-11", "栖霞市蒲公英土特产店", "370686", "蒲大叔", "栖霞市翠屏街道", "2021年05月25日"
)
SUNDRY = _geti(
    "ut-12", "烟台市牟平区小海杂货店", "370612", "小海", "牟平区宁海街道", "2017年07月07日"
)

STALLS = (
    Stall(
        "ut-01",
        "pinduoduo",
        "pdd7781",
        "梨老三的小店",
        PEAR,
        "370682",
        "生鲜",
        shown_as(PEAR),
        owner=(
            Said("俺家梨都是自家园子的，甜不甜吃了就知道。"),
            decoy(ABS, "梨最好放冰箱冷藏，吃着更脆", "usage tip 最好放"),
        ),
        banner=(SAFE,),
        goods=(
            Goods(
                "g101",
                "莱阳梨 5斤 现摘现发",
                "19.8",
                (Said("个头中等，汁多"),),
                (decoy(LURE, "能加个微信以后直接找你买吗？", "a buyer asking", "买家_8**3"),),
            ),
        ),
        note="Clean 个体户: shop name is not the registered name; fresh fruit; a buyer asks for "
        "WeChat; the platform warns.",
    ),
    Stall(
        "ut-02",
        "taobao",
        "tb20931",
        "小芳家的衣橱",
        FANG,
        "370602",
        "服装",
        None,
        licence_text=(
            decoy(ABS, "执照还在办，办下来第一时间挂上来哈，姐妹们放心买", "第一时间 is an idiom"),
        ),
        owner=(Said("韩版女装，每周上新。"),),
        goods=(Goods("g201", "宽松毛衣", "89", (Said("均码，100斤到140斤都能穿"),)),),
        note="The 资质 page only says the licence is still being applied for.",
    ),
    Stall(
        "ut-03",
        "kuaishou",
        "ks5566",
        "长岛海草房手作",
        None,
        "370614",
        "手工艺品",
        None,
        licence_text=(
            decoy(
                MISS,
                "个人从事零星小额交易活动，依法不需要办理市场主体登记",
                "the exempt individual's self-declaration (Order 37 art. 12)",
            ),
            Said("经营者：孙大娘 联系地址：烟台市蓬莱区长岛南长山街道"),
        ),
        owner=(Said("自己编的海草房摆件，一年也就卖几十个。"),),
        goods=(Goods("g301", "海草房摆件 小号", "68", (Said("纯手工，每个都不一样"),)),),
        note="Exempt individual with the self-declaration: no licence needed.",
    ),
    Stall(
        "ut-04",
        "pinduoduo",
        "pdd8802",
        "蜜蜂张土蜂蜜",
        HONEY,
        "370686",
        "食品",
        shown_as(HONEY),
        permit="JY13706860031172",
        owner=(
            bad(
                MED,
                "俺家老爹喝了小半年，老胃病好了，医院都说神了",
                "implies the honey cured a stomach disease",
            ),
            Said("一岁以下宝宝不能喝蜂蜜哈。"),
        ),
        goods=(
            Goods(
                "g401",
                "栖霞土蜂蜜 500g",
                "45",
                (Said("山花蜜，会结晶"),),
                (
                    decoy(
                        MED,
                        "不指望它治病，就是好喝，冲水甜丝丝的",
                        "a buyer's review, negated",
                        "z***8",
                    ),
                ),
            ),
        ),
        note="A cure claim made without disease words: 老胃病好了.",
    ),
    Stall(
        "ut-05",
        "taobao",
        "tb30552",
        "阿杰衬衫",
        SHIRT,
        "370613",
        "服装",
        shown_as(SHIRT),
        owner=(bad(RET, "小本买卖，衣服不退不换哈亲，介意慎拍", "refuses all returns"),),
        goods=(
            Goods("g501", "纯棉白衬衫", "79", (Said("免烫面料"),)),
            Goods(
                "g502",
                "刻字袖扣 定制",
                "59",
                (
                    decoy(
                        RET,
                        "刻字的定制款是按您要求刻的名字，不退哦",
                        "made-to-order goods: statutory exemption",
                    ),
                ),
            ),
        ),
        note="不退不换 on ordinary clothes; the engraved item is exempt.",
    ),
    Stall(
        "ut-06",
        "kuaishou",
        "ks7788",
        "二姐海货",
        CLAM,
        "370612",
        "生鲜",
        shown_as(CLAM),
        owner=(
            bad(LURE, "加俺微信拉你进老顾客群，群里有内部价", "moves buyers to WeChat"),
            decoy(LURE, "支持微信支付、支付宝", "payment methods, not a lure"),
        ),
        banner=(SAFE,),
        goods=(
            Goods(
                "g601",
                "养马岛蛤蜊 3斤",
                "29.9",
                (
                    decoy(
                        RET,
                        "活鲜类签收后不支持七天无理由，死了包赔",
                        "perishable goods: statutory exemption",
                    ),
                ),
            ),
        ),
        note="The owner invites buyers to a WeChat group; platform banner and payment methods "
        "are decoys.",
    ),
    Stall(
        "ut-07",
        "pinduoduo",
        "pdd9903",
        "老郭家大枣",
        JUJUBE,
        "370687",
        "生鲜",
        shown_as(JUJUBE, uscc=" ".join(JUJUBE.uscc[k : k + 6] for k in (0, 6, 12)).lower()),
        owner=(
            bad(ABS, "俺家大枣全县最甜，绝对是你吃过最好吃的枣", "superlatives about the goods"),
        ),
        goods=(
            Goods("g701", "海阳大枣 3斤", "25", (decoy(ABS, "趁新鲜吃口感最佳", "usage tip"),)),
        ),
        note="Superlatives in the owner's words; a usage tip is a decoy.",
    ),
    Stall(
        "ut-08",
        "taobao",
        "tb40117",
        "莱州草编",
        BASKET,
        "370683",
        "手工艺品",
        shown_as(BASKET, uscc=with_wrong_check(BASKET.uscc, 5).lower()),
        owner=(Said("草编收纳筐，莱州老手艺。"),),
        goods=(Goods("g801", "草编收纳筐 大号", "35", (Said("玉米皮编织"),)),),
        note="Lower-case code with a wrong check character.",
    ),
    Stall(
        "ut-09",
        "kuaishou",
        "ks9911",
        "辣妹子自制辣酱",
        CHILI,
        "370681",
        "食品",
        shown_as(CHILI),
        owner=(Said("自家熬的辣椒酱，香辣下饭。"),),
        goods=(
            Goods(
                "g901",
                "香辣牛肉酱 2瓶",
                "39.9",
                (
                    decoy(
                        MIS,
                        f"代工厂：龙口市鲁香食品有限公司 统一社会信用代码：{OEM}",
                        "the contract manufacturer's code, a third party",
                    ),
                ),
            ),
        ),
        note="Food seller without a JY permit; the code on the item is the manufacturer's.",
    ),
    Stall(
        "ut-10",
        "pinduoduo",
        "pdd1010",
        "柳编大姐",
        PICKLE,
        "370682",
        "手工艺品",
        shown_as(PICKLE, uscc=PICKLE.uscc[:9] + "I" + PICKLE.uscc[10:]),
        owner=(Said("莱阳老手艺，柳编小篮子。"),),
        goods=(Goods("g1001", "柳编水果篮", "28", (Said("纯手工"),)),),
        note="Displayed code carries the letter I, never used by GB 32100: invalid.",
    ),
    Stall(
        "ut-11",
        "kuaishou",
        "ks1111",
        "蒲公英大叔",
        DANDELION,
        "370686",
        "食品",
        shown_as(DANDELION),
        permit="JY13706860031180",
        owner=(
            bad(
                MED,
                "山上挖的蒲公英，泡水喝去火消炎，嗓子疼喝两天就好",
                "treats inflammation and a sore throat",
            ),
        ),
        goods=(Goods("g1101", "蒲公英茶 100g", "19.9", (Said("晒干的，没有添加"),)),),
        note="Anti-inflammatory and cure claims in the owner's words.",
    ),
    Stall(
        "ut-12",
        "taobao",
        "tb1212",
        "小海的杂货铺",
        SUNDRY,
        "370612",
        "日用百货",
        shown_as(SUNDRY),
        banner=(
            decoy(
                RET,
                "消费者提示：网购商品依法享有七日无理由退货，商家不得以“概不退换”拒绝",
                "the platform's consumer-education notice quoting the banned words",
            ),
        ),
        owner=(
            Said("日用杂货，便宜实在。"),
            decoy(MED, "洗洁精能杀菌，洗碗干净", "杀菌 on a cleaning product"),
        ),
        goods=(
            Goods(
                "g1201",
                "洗洁精 2瓶",
                "12.9",
                (Said("柠檬味"),),
                (
                    decoy(
                        LURE,
                        "店家人挺好，没让加微信，平台上直接退了",
                        "a buyer's review, negated",
                        "x***7",
                    ),
                ),
            ),
        ),
        note="Clean: a consumer-education banner quoting 概不退换; 杀菌 on washing-up liquid; "
        "a review mentioning WeChat.",
    ),
)
