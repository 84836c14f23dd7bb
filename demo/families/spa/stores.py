"""The spa stores: 抖音/快手/拼多多/京东 小店 whose pages are template fields filled by sellers."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, Said, bad, decoy, shown_as
from demo.families.spa import Sku, Store

ABS, MED, RET, LURE, MIS = (
    "ad.absolute_terms",
    "ad.medical_claims",
    "returns.refused",
    "live.offplatform_lure",
    "licence.mismatch",
)
LTD = "有限责任公司（自然人投资或控股）"


def _reg(
    seed: str, name: str, division: str, person: str, address: str, founded: str
) -> Registered:
    return Registered(
        name, code_for(seed, division), LTD, person, f"山东省烟台市{address}", founded
    )


SHIGUANG = _reg(
    "sp-01", "烟台鲜果时光食品有限公司", "370613", "丁鲜", "莱山区观海路33号", "2020-07-07"
)
BRAND = code_for("sp-01/brand", "370600")
LANYAN = _reg("sp-02", "烟台蓝颜化妆品有限公司", "370602", "郑蓝", "芝罘区西大街18号", "2021-03-19")
AGENCY = _reg(
    "sp-02/agency",
    "烟台星河电子商务有限公司",
    "370671",
    "钱星河",
    "高新区科技大道6号",
    "2019-01-01",
)
DIANQI = _reg(
    "sp-03", "烟台福山快净电器有限公司", "370611", "潘净", "福山区福新街道电器城", "2018-09-09"
)
NATTO = _reg(
    "sp-04", "烟台健源生物科技有限公司", "370676", "苗健", "开发区黄河路21号", "2017-12-12"
)
SHOES = _reg(
    "sp-05", "莱州市步步高鞋业有限公司", "370683", "高步", "莱州市文昌路99号", "2015-05-15"
)
KNIT = _reg(
    "sp-06", "烟台牟平暖阳针织有限公司", "370612", "温阳", "牟平区文化街道针织园", "2014-11-20"
)
GROCER = _reg(
    "sp-07", "烟台芝罘惠邻日用品有限公司", "370602", "惠邻", "芝罘区黄务街道1号", "2022-02-22"
)
SNACK = _reg(
    "sp-08", "烟台蓬莱小馋猫食品有限公司", "370614", "毛馋", "蓬莱区紫荆山街道8号", "2021-06-01"
)
SEAFOOD = _reg(
    "sp-09", "烟台长岛海洋牧场水产有限公司", "370614", "岛主", "蓬莱区长岛海洋牧场", "2016-08-08"
)
BANNER = decoy(
    LURE,
    "平台提醒：脱离平台的站外交易无法享受售后保障，请勿相信私下转账",
    "the platform's notice in the header region",
)

OUTLET = _reg(
    "sp-10", "烟台芝罘潮品服饰有限公司", "370602", "潮品", "芝罘区北马路9号", "2022-09-09"
)
PENGLAI = _reg(
    "sp-11", "烟台蓬莱仙境海产有限公司", "370614", "仙境", "蓬莱区港湾路3号", "2019-03-03"
)
CHERRY = _reg(
    "sp-12", "烟台福山樱桃园果业有限公司", "370611", "樱桃", "福山区张格庄镇", "2016-04-04"
)

STORES = (
    Store(
        "sp-01",
        "douyin",
        "dy3301",
        "鲜果时光官方旗舰店",
        SHIGUANG,
        "食品",
        shown_as(SHIGUANG),
        permit=food_permit("370613", 3301),
        notices=(BANNER,),
        service=(("发货时效", Said("付款后48小时内发货")), ("售后政策", Said("支持7天无理由退货"))),
        skus=(
            Sku(
                "10001",
                "冻干草莓脆 100g",
                "29.9",
                (
                    ("食用建议", decoy(ABS, "开封后密封保存，7日内食用风味最佳", "usage tip")),
                    (
                        "品牌方",
                        decoy(
                            MIS,
                            f"果时光品牌管理（烟台）有限公司 统一社会信用代码 {BRAND}",
                            "the brand owner's code, a third party",
                        ),
                    ),
                ),
                tags=("冻干", "零添加"),
            ),
        ),
        note="Clean: permit shown; a brand owner's code and a usage tip are decoys.",
    ),
    Store(
        "sp-02",
        "douyin",
        "dy3302",
        "蓝颜美妆小店",
        LANYAN,
        "美妆",
        shown_as(AGENCY),
        skus=(
            Sku(
                "20001",
                "玻尿酸补水面膜 10片",
                "59",
                (("功效", Said("补水保湿")), ("适用肤质", Said("任何肤质"))),
            ),
        ),
        note="The 资质 view shows the 代运营 agency's licence, not the registered seller's.",
    ),
    Store(
        "sp-03",
        "kuaishou",
        "ks3303",
        "快净电器专营",
        DIANQI,
        "家电",
        shown_as(DIANQI, uscc=with_wrong_check(DIANQI.uscc, 3)),
        skus=(
            Sku(
                "30001",
                "除螨仪 家用",
                "199",
                (
                    (
                        "功能",
                        decoy(MED, "紫外线杀菌除螨，床褥清洁", "杀菌 on a cleaning appliance"),
                    ),
                    ("上市时间", decoy(ABS, "2026年第一季度", "ordinal, not a claim")),
                ),
            ),
        ),
        note="Displayed code fails its check character.",
    ),
    Store(
        "sp-04",
        "jd",
        "jd3304",
        "健源纳豆旗舰店",
        NATTO,
        "保健食品",
        shown_as(NATTO),
        permit=food_permit("370676", 3304),
        skus=(
            Sku(
                "40001",
                "纳豆激酶固体饮料 60粒",
                "268",
                (
                    (
                        "功效",
                        bad(MED, "溶解血栓、疏通血管，中老年人必备", "disease claims on a drink"),
                    ),
                    ("产品类别", Said("固体饮料")),
                ),
            ),
            Sku(
                "40002",
                "蓝帽 大豆异黄酮软胶囊",
                "158",
                (
                    (
                        "保健功能",
                        decoy(
                            MED,
                            "有助于增加骨密度。本品不能代替药物",
                            "a registered health-food function and the statutory notice",
                        ),
                    ),
                    ("注册号", Said("国食健注G20210566")),
                ),
            ),
        ),
        note="A solid drink claimed to dissolve thrombus; a registered health food is a decoy.",
    ),
    Store(
        "sp-05",
        "pinduoduo",
        "pdd3305",
        "步步高鞋业",
        SHOES,
        "鞋靴",
        shown_as(SHOES),
        skus=(
            Sku(
                "50001",
                "男士真皮休闲鞋",
                "129",
                (
                    (
                        "卖点",
                        bad(ABS, "全网底价，同款再无更低", "claims the lowest price anywhere"),
                    ),
                    ("品质", bad(ABS, "行业TOP1 头层牛皮", "TOP1")),
                    ("版本", decoy(ABS, "第一代升级款", "ordinal 第一代")),
                ),
            ),
        ),
        note="Lowest-price and TOP1 claims in template fields.",
    ),
    Store(
        "sp-06",
        "douyin",
        "dy3306",
        "暖阳针织官方店",
        KNIT,
        "服装",
        shown_as(KNIT),
        service=(
            ("售后政策", bad(RET, "本店商品不支持7天无理由退换", "refuses returns on knitwear")),
        ),
        skus=(Sku("60001", "羊绒围巾", "159", (("材质", Said("100%山羊绒")),)),),
        note="Shop-level service field refuses the 7-day return.",
    ),
    Store(
        "sp-07",
        "pinduoduo",
        "pdd3307",
        "惠邻百货",
        GROCER,
        "日用百货",
        None,
        skus=(Sku("70001", "抽纸 24包", "32.9", (("规格", Said("3层 120抽")),)),),
        note="The 资质 view is empty: 商家暂未上传资质信息.",
    ),
    Store(
        "sp-08",
        "kuaishou",
        "ks3308",
        "小馋猫零食铺",
        SNACK,
        "食品",
        shown_as(SNACK),
        skus=(Sku("80001", "蓬莱小面 6袋", "25.8", (("保质期", Said("180天")),)),),
        note="Food seller whose 资质 view holds only the business licence, no JY permit.",
    ),
    Store(
        "sp-09",
        "jd",
        "jd3309",
        "长岛海洋牧场",
        SEAFOOD,
        "生鲜",
        shown_as(SEAFOOD),
        notices=(BANNER,),
        service=(
            (
                "客服说明",
                bad(
                    LURE,
                    "批发或定制请联系客服 vx：yt_seafood2026",
                    "a WeChat id for off-platform orders",
                ),
            ),
        ),
        skus=(
            Sku(
                "90001",
                "鲜活海胆 1斤",
                "88",
                service=(
                    (
                        "售后政策",
                        decoy(
                            RET,
                            "生鲜易腐品，签收后不支持7天无理由退货",
                            "perishable goods: statutory exemption",
                        ),
                    ),
                ),
            ),
        ),
        note="A WeChat id in the customer-service field; fresh seafood exempt from permit and "
        "from 7-day returns.",
    ),
    Store(
        "sp-10",
        "pinduoduo",
        "pdd3310",
        "潮品折扣店",
        OUTLET,
        "服装",
        shown_as(OUTLET),
        notices=(
            decoy(
                ABS,
                "平台提示：商品标题和详情不得使用“最佳”“第一”等绝对化用语",
                "the platform's rule notice quoting banned words",
            ),
        ),
        skus=(
            Sku(
                "100001",
                "工装裤 清仓",
                "39",
                (("款式", Said("宽松直筒")),),
                service=(
                    (
                        "售后政策",
                        bad(
                            RET,
                            "特价清仓商品，不退不换",
                            "clearance label does not widen the exemptions",
                        ),
                    ),
                ),
            ),
        ),
        note="Clearance goods refused returns; the platform's notice quoting 最佳/第一 is a decoy.",
    ),
    Store(
        "sp-11",
        "douyin",
        "dy3311",
        "蓬莱仙境海鲜",
        PENGLAI,
        "生鲜",
        shown_as(PENGLAI),
        skus=(
            Sku(
                "110001",
                "鲜活鲍鱼 10只",
                "99",
                (
                    ("卖点", bad(ABS, "蓬莱鲍鱼天花板，全网独一份", "独一份 / 天花板: absolute")),
                    ("食用建议", decoy(ABS, "收货当天食用最佳", "usage tip")),
                ),
                service=(
                    (
                        "售后政策",
                        decoy(
                            RET,
                            "鲜活水产签收后不支持七天无理由退货，死亡包赔",
                            "perishable goods: statutory exemption",
                        ),
                    ),
                ),
            ),
        ),
        note="Absolute claims in a template field; the fresh-food exemption is a decoy.",
    ),
    Store(
        "sp-12",
        "kuaishou",
        "ks3312",
        "福山大樱桃",
        CHERRY,
        "生鲜",
        shown_as(CHERRY),
        notices=(BANNER,),
        service=(
            (
                "客服说明",
                decoy(
                    LURE,
                    "请在平台内联系客服，不接受微信私下交易",
                    "the seller refuses off-platform trade",
                ),
            ),
        ),
        skus=(Sku("120001", "福山大樱桃 2斤", "69", (("产地", Said("福山区张格庄镇")),)),),
        note="Clean: the seller refuses WeChat trade; the platform warns.",
    ),
)
