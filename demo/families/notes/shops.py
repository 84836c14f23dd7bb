"""The rest of the notes family's sellers (the first half is in shops_first.py)."""

from __future__ import annotations

from demo.families.codes import food_permit, with_wrong_check
from demo.families.corpus import decoy, shown_as
from demo.families.notes import Comment, Note, Seller
from demo.families.notes.shops_first import (
    ABS,
    BRAND,
    FENGUANG,
    FIRST,
    FRUIT_RETURN,
    HAIZHIWEI,
    JINGLUO,
    LANGRUI,
    LURE,
    MAIXIANG,
    MCN,
    MIS,
)

SHOPS = (
    *FIRST,
    Seller(
        "nt-07",
        "5f1a07",
        "海之味海鲜小铺",
        HAIZHIWEI,
        "370613",
        "生鲜",
        shown_as(HAIZHIWEI, uscc=with_wrong_check(HAIZHIWEI.uscc, 5)),
        notes=(
            Note(
                "n0701",
                "烟台鲜活海虹｜现捞现发",
                ("当天捕捞，冰袋打包。",),
                goods="烟台鲜海虹 5斤",
                price="49",
            ),
        ),
        note="licence.uscc_invalid: the code on the 资质 page fails its check character.",
    ),
    Seller(
        "nt-08",
        "5f1a08",
        "栖霞果农老林",
        None,
        "370686",
        "食用农产品",
        None,
        qual="declaration",
        entry="经营者信息",
        declaration="个人销售自产农副产品，依法不需要办理市场主体登记",
        declared_at="山东省烟台市栖霞市蛇窝泊镇东院头村",
        notes=(
            Note(
                "n0801",
                "自家果园的红富士下树啦",
                ("不打蜡，不套袋，丑一点但是甜。", FRUIT_RETURN),
                goods="栖霞红富士 10斤",
                price="55",
                comments=(
                    Comment(
                        "吃货小王",
                        decoy(LURE, "可以加微信买吗？", "a user asks for WeChat"),
                        replies=(
                            Comment(
                                "栖霞果农老林",
                                decoy(
                                    LURE,
                                    "就在小红书店铺拍哈，不私下交易，有售后保障。",
                                    "the seller refuses to go off-platform",
                                ),
                                tag="作者",
                            ),
                        ),
                    ),
                ),
            ),
        ),
        note="Clean exempt individual (own farm produce): the fixed self-declaration, no code; "
        "refuses WeChat.",
    ),
    Seller(
        "nt-09",
        "5f1a09",
        "麦香私房烘焙",
        MAIXIANG,
        "370676",
        "食品",
        shown_as(MAIXIANG),
        notes=(
            Note(
                "n0901",
                "生日蛋糕｜动物奶油当天现做",
                ("开发区同城配送，提前一天预订。",),
                goods="6寸动物奶油蛋糕",
                price="168",
            ),
        ),
        note="permit.food_missing: a home bakery sells cakes with no 食品经营许可证.",
    ),
    Seller(
        "nt-10",
        "5f1a10",
        "朗瑞蓬莱葡萄酒",
        LANGRUI,
        "370614",
        "酒水",
        shown_as(LANGRUI),
        qual="image",
        permit=food_permit("370614", 4410),
        notes=(
            Note(
                "n1001",
                "蓬莱海岸葡萄酒｜配海鲜的干白",
                ("霞多丽，冰镇后喝。",),
                goods="朗瑞 霞多丽干白 750ml",
                price="138",
                comments=(
                    Comment(
                        "Lily在烟台",
                        decoy(LURE, "能加v便宜点吗", "a user asks for WeChat"),
                        replies=(
                            Comment(
                                "朗瑞蓬莱葡萄酒",
                                decoy(
                                    LURE,
                                    "不加微信哦，小红书店铺下单有售后保障～",
                                    "the shop refuses to go off-platform",
                                ),
                                tag="作者",
                            ),
                        ),
                    ),
                    Comment(
                        "海边的猫",
                        decoy(
                            ABS, "这是我喝过最好的国产干白！", "a user's opinion, not the seller's"
                        ),
                    ),
                ),
            ),
        ),
        note="Clean: licence only as a photo (OCR); JY as text; a user asks for WeChat and the "
        "shop refuses; a user's superlative.",
    ),
    Seller(
        "nt-11",
        "5f1a11",
        "鲸落海参",
        JINGLUO,
        "370612",
        "食品",
        shown_as(MCN),
        permit=food_permit("370612", 4411),
        notes=(
            Note(
                "n1101",
                "冬天的第一顿海参｜新手泡发教程",
                ("泡发48小时，中途换水。",),
                goods="鲸落 淡干海参 100g",
                price="398",
            ),
        ),
        note="licence.mismatch: the 资质 page shows the MCN agency's licence, not the seller's.",
    ),
    Seller(
        "nt-12",
        "5f1a12",
        "丰光龙口粉丝",
        FENGUANG,
        "370681",
        "食品",
        shown_as(FENGUANG),
        entry="店铺资质",
        filing="YB13706810012321",
        notice=(
            decoy(
                LURE,
                "根据平台交易导流管理规则，本店不会以任何方式引导您添加微信或到站外交易，请认准店铺内下单。",
                "the shop quotes the platform rule against off-platform trading",
            ),
        ),
        others=(
            (
                "品牌方营业执照",
                decoy(
                    MIS,
                    f"品牌方：龙口丰光粉丝集团有限公司，统一社会信用代码 {BRAND}",
                    "the brand owner's licence, a third party",
                ),
            ),
        ),
        notes=(
            Note(
                "n1201",
                "龙口粉丝的第一种吃法：扇贝粉丝蒸",
                (
                    decoy(
                        ABS,
                        "第一步，粉丝温水泡软；第二步，铺在扇贝上。",
                        "steps (第一步), not a ranking",
                    ),
                ),
                goods="丰光 龙口粉丝 500g",
                price="19.9",
            ),
        ),
        note="Clean: prepackaged food with its 备案; brand owner's licence; the shop quotes the "
        "anti-diversion rule; steps 第一步.",
    ),
)
