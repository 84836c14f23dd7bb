"""The bigshop stores: Yantai sellers' 京东 POP shops, in 京东 listing copy: the first half."""

from __future__ import annotations

from demo.families.bigshop import Sku, Store
from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, Said, bad, decoy, shown_as

ABS, MED, RET = "ad.absolute_terms", "ad.medical_claims", "returns.refused"
LURE, MIS = "live.offplatform_lure", "licence.mismatch"
LTD = "有限责任公司（自然人投资或控股）"


def _co(
    seed: str,
    name: str,
    division: str,
    person: str,
    address: str,
    founded: str,
    category: str = "1",
    kind: str = LTD,
) -> Registered:
    return Registered(
        name,
        code_for("bigshop/" + seed, division, category),
        kind,
        person,
        "山东省烟台市" + address,
        founded,
    )


PENGLAN = _co(
    "bs-01", "烟台蓬岚酒庄有限公司", "370614", "宋岚", "蓬莱区南王街道酒庄路16号", "2013年04月22日"
)
LUJIA = _co(
    "bs-02",
    "烟台鲁岬海洋食品有限公司",
    "370612",
    "于岬",
    "牟平区养马岛街道海湾路8号",
    "2017年07月03日",
)
XIASHAN = _co(
    "bs-03",
    "烟台霞山果业有限公司",
    "370686",
    "林霞",
    "栖霞市松山街道果都大道21号",
    "2016年10月10日",
)
JINCHENG = _co(
    "bs-04", "烟台芝罘锦程家纺有限公司", "370602", "高锦", "芝罘区西大街55号", "2019年02月14日"
)
LONGGANG = _co(
    "bs-05",
    "烟台龙港食品贸易有限公司",
    "370681",
    "滕港",
    "龙口市东莱街道港城大道7号",
    "2020年05月20日",
)
GUODU = _co(
    "bs-06", "栖霞果都农业科技有限公司", "370686", "衣果", "栖霞市庙后镇富士路3号", "2018年09月09日"
)
HAICHANG = _co(
    "bs-07", "烟台海畅生物科技有限公司", "370671", "马畅", "高新区航天路101号", "2021年03月15日"
)
ZHIZAO = _co(
    "bs-08",
    "海阳市织造服饰有限公司",
    "370687",
    "孙织",
    "海阳市凤城街道纺织路12号",
    "2015年06月01日",
)
LAIYANG = _co(
    "bs-09",
    "莱阳市梨乡农产品有限公司",
    "370682",
    "姜梨",
    "莱阳市城厢街道梨乡路9号",
    "2014年08月18日",
)
HAIYAN = _co(
    "bs-10",
    "莱州市海晏参业有限公司",
    "370683",
    "邢晏",
    "莱州市三山岛街道海晏路2号",
    "2012年11月30日",
)
YUZHUO = _co(
    "bs-11",
    "莱州市玉琢石雕工艺品有限公司",
    "370683",
    "刘琢",
    "莱州市柞村镇石雕园6号",
    "2010年04月08日",
)
YUJIA = _co(
    "bs-12",
    "长岛县渔家海货店",
    "370634",
    "王海生",
    "长岛县南长山街道渔港路3号",
    "2016年05月06日",
    category="2",
    kind="个体工商户",
)
FULU = _co(
    "bs-13",
    "烟台福山福禄食品有限公司",
    "370611",
    "王禄",
    "福山区门楼街道鲁菜路18号",
    "2019年12月12日",
)

BRAND_OWNER = code_for("bigshop/bs-01/brand", "370614")
SUPPLIER = code_for("bigshop/bs-10/supplier", "370634")
OTHER_FIRM = code_for("bigshop/bs-13/other", "370611")  # a sister company's valid code

FRESH_RETURN = (
    "生鲜水果签收后不支持七天无理由退货；如有坏果、破损，请在签收后48小时内拍照联系客服，"
    "核实后按坏果数量退款。"
)
REVIEW_LURE = (
    "客服很负责，我问能不能加个微信便宜点，客服说只在京东下单，售后有保障，就在这儿下单了。"
)


FIRST = (
    Store(
        "bs-01",
        "1000861",
        "蓬岚酒庄京东旗舰店",
        PENGLAN,
        "酒水",
        shown_as(PENGLAN),
        permit=food_permit("370614", 3301),
        notice=(Said("双12期间订单48小时内发货，偏远地区除外。"),),
        others=(
            (
                "品牌授权书",
                decoy(
                    MIS,
                    f"授权方烟台蓬岚葡萄酒品牌管理有限公司（统一社会信用代码 {BRAND_OWNER}）"
                    "授权蓬岚酒庄京东旗舰店销售“蓬岚”品牌葡萄酒，授权期限至2027年12月31日。",
                    "the brand owner's code in a 品牌授权书 is a third party's",
                ),
            ),
        ),
        skus=(
            Sku(
                "100088121",
                "蓬岚 蓬莱产区 赤霞珠干红葡萄酒 750ml*2支 礼盒装",
                "298.00",
                points=(
                    decoy(
                        ABS,
                        "建议最佳饮用温度14-16℃，开瓶后醒酒半小时风味更好。",
                        "usage tip 最佳饮用温度, not a claim about the goods",
                    ),
                    decoy(
                        ABS,
                        "2022年份单宁比本酒庄2021年份更细腻。",
                        "true self-comparison with the brand's own earlier vintage",
                    ),
                ),
                service=(
                    decoy(
                        RET,
                        "支持7天无理由退货（商品需完好、未开瓶）。",
                        "7-day return offered; 未开瓶 is the lawful 商品完好 condition",
                    ),
                ),
                params=(
                    ("产地", "中国山东烟台蓬莱"),
                    (
                        "生产许可证编号",
                        decoy(
                            MIS,
                            "SC11537061400112（生产企业：烟台蓬岚酒业生产有限公司）",
                            "the producer's SC production licence, a third party",
                        ),
                    ),
                ),
                asks=(
                    (
                        decoy(
                            MED, "喝红酒能降血压吗？", "a buyer's question, not the seller's claim"
                        ),
                        decoy(
                            MED,
                            "您好，葡萄酒是酒类饮品，不具有治疗疾病的作用，血压问题请遵医嘱。",
                            "the shop answers with a negation",
                        ),
                    ),
                ),
                comments=(
                    decoy(
                        ABS,
                        "口感是我喝过最顺的国产干红，送长辈很体面。",
                        "a buyer's own opinion in a review, not the seller's ad",
                        who="j***w",
                    ),
                ),
            ),
        ),
        note="Clean: brand owner's 授权书 code and producer's SC number are third parties; usage "
        "tip; buyer's health question answered with a negation; JY permit shown.",
    ),
    Store(
        "bs-02",
        "1000862",
        "鲁岬海参京东旗舰店",
        LUJIA,
        "食品",
        shown_as(LUJIA, name="烟台鲁岬海产品有限公司"),
        permit=food_permit("370612", 3302),
        skus=(
            Sku(
                "100088131",
                "鲁岬 即食海参 500g 8-12只 冷冻锁鲜",
                "699.00",
                points=(Said("淡干海参泡发加工 · 无添加糖 · 个头均匀"),),
                service=(
                    decoy(
                        RET,
                        "冷冻即食海参属鲜活易腐商品，签收后不支持7天无理由退货；如有解冻变质，请在签收后"
                        "24小时内联系客服处理。",
                        "perishable goods: the statutory exemption",
                    ),
                ),
            ),
        ),
        note="licence.mismatch: showLicence gives another company name than the registry's.",
    ),
    Store(
        "bs-03",
        "1000863",
        "霞山苹果京东专卖店",
        XIASHAN,
        "生鲜",
        shown_as(XIASHAN, uscc=with_wrong_check(XIASHAN.uscc)),
        skus=(
            Sku(
                "100088141",
                "栖霞红富士苹果 5kg 单果85mm+ 产地直发",
                "59.90",
                points=(
                    decoy(ABS, "第一批秋果已经下树，现摘现发。", "a batch ordinal, not a ranking"),
                ),
                service=(decoy(RET, FRESH_RETURN, "fresh fruit: the perishable exemption"),),
            ),
        ),
        note="licence.uscc_invalid: the code under 营业执照注册号 fails its check character.",
    ),
    Store(
        "bs-04",
        "1000864",
        "锦程家纺京东专营店",
        JINCHENG,
        "家纺",
        None,
        cert="pending",
        skus=(
            Sku(
                "100088151",
                "锦程 新疆长绒棉四件套 1.8m床 60支",
                "399.00",
                points=(Said("60支长绒棉 · A类标准 · 可机洗"),),
                service=(
                    decoy(
                        RET,
                        "定制尺寸床笠为按您提供尺寸定做的商品，不适用七天无理由退货；常规尺寸支持7天"
                        "无理由退货。",
                        "made-to-order goods: the statutory exemption",
                    ),
                ),
            ),
        ),
        note="licence.missing: the 店铺证照信息 page only says 审核中, 暂未公示.",
    ),
    Store(
        "bs-05",
        "1000865",
        "龙港粉丝京东旗舰店",
        LONGGANG,
        "食品",
        shown_as(LONGGANG),
        skus=(
            Sku(
                "100088161",
                "龙口粉丝 纯绿豆粉丝 250g*8袋 火锅凉拌",
                "49.90",
                points=(Said("绿豆淀粉、水，两种配料 · 久煮不烂"),),
                params=(
                    ("生产企业", "龙口市招龙粉丝有限公司"),
                    ("食品生产许可证编号", Said("SC10137068100456", note="manufacturer's SC")),
                ),
                asks=(("是正宗龙口粉丝吗？", "是的，地理标志产品，产地龙口。"),),
            ),
        ),
        note="permit.food_missing: a trading company sells prepackaged 粉丝 showing only the "
        "manufacturer's SC production licence, no JY permit and no 备案.",
    ),
    Store(
        "bs-06",
        "1000866",
        "栖霞苹果果都旗舰店",
        GUODU,
        "生鲜",
        shown_as(GUODU),
        skus=(
            Sku(
                "100088171",
                "果都 栖霞红富士 10斤礼盒 脆甜多汁",
                "89.00",
                points=(
                    bad(
                        ABS,
                        "栖霞顶级红富士，全网销量第一，甜度无与伦比。",
                        "顶级, 全网销量第一, 无与伦比 about the goods",
                    ),
                ),
                service=(decoy(RET, FRESH_RETURN, "fresh fruit: the perishable exemption"),),
            ),
        ),
        note="ad.absolute_terms on the product card and SKU page; fresh-fruit return exemption.",
    ),
    Store(
        "bs-07",
        "1000867",
        "海畅海参肽旗舰店",
        HAICHANG,
        "食品",
        shown_as(HAICHANG),
        permit=food_permit("370671", 3303),
        skus=(
            Sku(
                "100088181",
                "海畅 海参肽固体饮料 3g*30袋 海洋小分子肽",
                "368.00",
                points=(
                    bad(
                        MED,
                        "三高人群连喝三个月，血糖血压指标就降下来了，修复胰岛细胞。",
                        "disease treatment claims for an ordinary food (固体饮料)",
                    ),
                    bad(
                        MED,
                        "把血管里的垃圾冲干净，告别手脚麻木。",
                        "a claim of effect on the body without disease words",
                    ),
                    Said("本品不能代替药物。"),
                ),
                params=(("食品类型", "固体饮料（普通食品）"),),
            ),
        ),
        note="ad.medical_claims for an ordinary food despite 本品不能代替药物.",
    ),
)
