"""The rest of the bigshop family's sellers (the first half is in stores_first.py)."""

from __future__ import annotations

from demo.families.bigshop import Sku, Store
from demo.families.bigshop.stores_first import (
    ABS,
    FIRST,
    FRESH_RETURN,
    FULU,
    HAIYAN,
    LAIYANG,
    LURE,
    MED,
    MIS,
    OTHER_FIRM,
    RET,
    REVIEW_LURE,
    SUPPLIER,
    YUJIA,
    YUZHUO,
    ZHIZAO,
)
from demo.families.codes import food_permit
from demo.families.corpus import Said, bad, decoy, shown_as

STORES = (
    *FIRST,
    Store(
        "bs-08",
        "1000868",
        "海阳织造女装京东专营店",
        ZHIZAO,
        "服装",
        shown_as(ZHIZAO),
        notice=(
            bad(
                RET,
                "本店特价清仓商品一经售出，概不退换，请谨慎下单。",
                "特价/清仓 cannot widen the exemptions: 7-day return refused",
            ),
            decoy(ABS, "我们始终把顾客满意放在第一位。", "attitude, not the goods"),
        ),
        skus=(
            Sku(
                "100088191",
                "织造 羊毛混纺针织开衫 秋冬款",
                "259.00",
                points=(Said("30%羊毛 · 宽松版型"),),
            ),
        ),
        note="returns.refused in the shop notice (clearance goods not returnable).",
    ),
    Store(
        "bs-09",
        "1000869",
        "梨乡莱阳梨京东店",
        LAIYANG,
        "生鲜",
        shown_as(LAIYANG),
        helper=(
            bad(
                LURE,
                "加店长微信 laiyangli_666 领5元无门槛红包，以后直接微信转账下单更便宜。",
                "the shop's own 客服 card invites buyers to WeChat and transfers",
            ),
        ),
        skus=(
            Sku(
                "100088201",
                "莱阳梨 莱阳茌梨 5斤装 现摘",
                "39.90",
                points=(Said("莱阳茌梨 · 皮薄多汁"),),
                service=(decoy(RET, FRESH_RETURN, "fresh fruit: the perishable exemption"),),
            ),
        ),
        note="live.offplatform_lure: the shop's 客服 card gives a WeChat id, asks for transfers.",
    ),
    Store(
        "bs-10",
        "1000870",
        "海晏海参京东旗舰店",
        HAIYAN,
        "食品",
        shown_as(HAIYAN),
        cert="photo",
        entry="店铺证照信息",
        permit=food_permit("370683", 3304),
        notice=(
            decoy(
                LURE,
                "近期有不法分子冒充本店客服，以退款为由添加买家微信、QQ。本店客服只在京东咚咚内联系您，"
                "请勿添加任何私人联系方式。",
                "the shop warns against impostors: no lure",
            ),
        ),
        others=(
            (
                "加工委托方营业执照",
                decoy(
                    MIS,
                    f"本店鲜参加工委托方：长岛海珍品加工有限公司，统一社会信用代码 {SUPPLIER}。",
                    "a processing supplier's code, a third party",
                ),
            ),
        ),
        skus=(
            Sku(
                "100088211",
                "海晏 莱州湾淡干海参 250g 礼盒",
                "1280.00",
                points=(Said("莱州湾底播 · 淡干工艺 · 含盐量低"),),
                asks=(
                    (
                        decoy(MED, "海参能治好我妈的糖尿病吗？", "a buyer's question"),
                        decoy(
                            MED,
                            "海参是普通食品，不能治疗疾病，也不能代替药物，糖尿病请遵医嘱治疗。",
                            "the shop's answer is a negation",
                        ),
                    ),
                ),
                comments=(
                    decoy(
                        LURE, REVIEW_LURE, "a buyer reports the shop refusing WeChat", who="海***7"
                    ),
                ),
            ),
        ),
        note="Clean: licence only as a photo (OCR) on showLicence; supplier's code; impostor "
        "warning; buyer's disease question answered with a negation.",
    ),
    Store(
        "bs-11",
        "1000871",
        "玉琢石雕京东店",
        YUZHUO,
        "工艺品",
        shown_as(YUZHUO),
        cert="footer-photo",
        skus=(
            Sku(
                "100088221",
                "莱州汉白玉 貔貅摆件 可刻字 手工雕刻",
                "168.00",
                points=(Said("莱州汉白玉手工雕刻 · 可定制刻字"),),
                service=(
                    decoy(
                        RET,
                        "刻字定制款为个性化定做商品，不支持七天无理由退货；未刻字款支持7天无理由退货。",
                        "custom-engraved goods: the statutory exemption",
                    ),
                ),
                comments=(
                    decoy(
                        ABS,
                        "这是我网购过最满意的一件摆件，雕工细。",
                        "a buyer's review",
                        who="z***n",
                    ),
                ),
            ),
        ),
        note="Clean: the licence is only a photo without alt text in the shop footer (OCR); "
        "custom-engraving exemption.",
    ),
    Store(
        "bs-12",
        "1000872",
        "长岛渔家海货小铺",
        YUJIA,
        "食品",
        shown_as(YUJIA, uscc=" ".join((YUJIA.uscc[:6], YUJIA.uscc[6:12], YUJIA.uscc[12:])).lower()),
        entry="企业资质",
        permit=food_permit("370634", 3305),
        skus=(
            Sku(
                "100088231",
                "长岛 淡干虾皮 250g 无盐 补钙好搭档",
                "36.00",
                points=(Said("长岛海域 · 淡晒无盐"),),
                service=(
                    decoy(
                        RET,
                        "干货未拆封支持7天无理由退货；已拆封食品影响二次销售，不支持无理由退货（下单页已"
                        "提示并经您确认）。",
                        "unsealed food: the buyer confirmed at purchase",
                    ),
                ),
            ),
        ),
        note="Clean 个体工商户: code written with spaces in lower case, abolished division "
        "370634; entry is an icon titled 企业资质; JY shown.",
    ),
    Store(
        "bs-13",
        "1000873",
        "福禄鲁菜预制菜京东旗舰店",
        FULU,
        "食品",
        shown_as(FULU, uscc=OTHER_FIRM),
        permit=food_permit("370611", 3306),
        skus=(
            Sku(
                "100088241",
                "福禄 福山九转大肠 预制菜 400g 加热即食",
                "58.00",
                points=(decoy(ABS, "最佳赏味期：-18℃冷冻保存6个月内。", "usage tip 最佳赏味期"),),
                service=(
                    decoy(
                        RET,
                        "冷冻预制菜属易腐食品，签收后不支持7天无理由退货，质量问题包退。",
                        "perishable frozen food: the statutory exemption",
                    ),
                ),
            ),
        ),
        note="licence.mismatch: the licence shows a valid code of another company.",
    ),
)
