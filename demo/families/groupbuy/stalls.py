"""The rest of the groupbuy family's sellers (the first half is in stalls_first.py)."""

from __future__ import annotations

from demo.families.codes import food_permit
from demo.families.corpus import bad, decoy, shown_as
from demo.families.groupbuy import Goods, Stall
from demo.families.groupbuy.stalls_first import (
    ABS,
    FACTORY,
    FIRST,
    LANMEI,
    LINLI,
    LURE,
    MED,
    PICKUP,
    RET,
    SHANJU,
    SHENXIAN,
    TIANGUO,
    YINGTAO,
)

STALLS = (
    *FIRST,
    Stall(
        "gb-07",
        "wd1007",
        "微店",
        "甜果鲜莱阳梨苹果",
        TIANGUO,
        "生鲜",
        shown_as(TIANGUO),
        feed=(
            (
                "常甜",
                "团长",
                bad(
                    ABS,
                    "烟台最甜的苹果，全网最低价，错过再等一年！",
                    "最甜, 全网最低价 about the goods",
                ),
            ),
            (
                "常甜",
                "团长",
                bad(
                    MED,
                    "多重功效：保护视力、防治便秘、降低血糖，老人孩子天天吃。",
                    "disease-prevention claims for fruit (as in a Guangdong 2021 typical case)",
                ),
            ),
        ),
        goods=(
            Goods(
                "g71",
                "烟台苹果 85mm 5斤",
                "29.9",
                (decoy(ABS, "最佳赏味期：到手后一周内", "usage tip 最佳赏味期"),),
                (decoy(RET, "生鲜不支持七天无理由退货，坏果包赔。", "fresh fruit exemption"),),
            ),
        ),
        note="ad.absolute_terms and ad.medical_claims in the 团长's notices.",
    ),
    Stall(
        "gb-08",
        "yz3008",
        "有赞",
        "山居葡萄酒庄小店",
        SHANJU,
        "酒水",
        shown_as(SHANJU),
        cert="about",
        entry="关于我们",
        permit=food_permit("370687", 5508),
        feed=(
            (
                "于山",
                "团长",
                decoy(
                    LURE,
                    "有家人问能不能加微信私下买，咱们统一在有赞下单，不私下交易，售后有保障。",
                    "the 团长 refuses to trade off the platform",
                ),
            ),
            ("小周", "团员", decoy(MED, "红酒能治失眠吗？", "a member's question")),
            (
                "于山",
                "团长",
                decoy(
                    MED,
                    "酒就是酒，治不了病哈，失眠还是去看医生。",
                    "the 团长 answers with a negation",
                ),
            ),
        ),
        goods=(
            Goods(
                "g81",
                "海阳 蛇龙珠干红 750ml",
                "128",
                ("手工采摘，小批量酿造",),
                (
                    decoy(
                        RET,
                        "支持7天无理由退货，需未开瓶、不影响二次销售。",
                        "7-day return with the lawful 商品完好 condition",
                    ),
                ),
            ),
        ),
        note="Clean: licence on the 关于我们 page; 团长 refuses WeChat; a question answered with "
        "a negation.",
    ),
    Stall(
        "gb-09",
        "wd1009",
        "微店",
        "蓝莓小镇鲜果",
        LANMEI,
        "生鲜",
        shown_as(LANMEI, uscc=LANMEI.uscc[:4] + "O" + LANMEI.uscc[5:]),
        feed=(("蓝蕾", "团长", "海阳蓝莓今天开摘，" + PICKUP),),
        goods=(Goods("g91", "海阳蓝莓 125g×4盒", "39.9", ("大果，现摘",)),),
        note="licence.uscc_invalid: the displayed code has the letter O, not in the code alphabet.",
    ),
    Stall(
        "gb-10",
        "ktt2010",
        "快团团",
        "老孙樱桃园",
        YINGTAO,
        "生鲜",
        shown_as(YINGTAO),
        cert="photo",
        entry="营业执照",
        feed=(
            (
                "老孙",
                "团长",
                decoy(
                    RET,
                    "樱桃是鲜果，不支持七天无理由，坏果拍照包赔。",
                    "fresh fruit: the perishable exemption",
                ),
            ),
            ("豆豆妈", "团员", decoy(MED, "吃樱桃能补铁治贫血吗？", "a member's question")),
            (
                "老孙",
                "团长",
                decoy(
                    MED,
                    "水果就是水果，不能治病哈，好吃是真的。",
                    "the 团长 answers with a negation",
                ),
            ),
        ),
        goods=(Goods("g101", "福山美早大樱桃 2斤", "99", ("张格庄樱桃沟现摘",)),),
        note="Clean 个体户: licence only as a phone photo (OCR); questions answered with "
        "negations; fruit exemption.",
    ),
    Stall(
        "gb-11",
        "ktt2011",
        "快团团",
        "参鲜到家",
        SHENXIAN,
        "生鲜",
        shown_as(FACTORY),
        entry="店铺资质",
        feed=(("鲍鲜", "团长", "长岛鲜海参，活参现发，" + PICKUP),),
        goods=(Goods("g111", "长岛鲜活海参 1斤", "168", ("鲜活海参，收到请尽快处理",)),),
        note="licence.mismatch: the shop shows its supplier factory's licence as its own.",
    ),
    Stall(
        "gb-12",
        "ktt2012",
        "快团团",
        "邻里优选社区团",
        LINLI,
        "食品",
        shown_as(LINLI),
        cert="sheet",
        entry="店铺信息",
        filing="YB13706020005218",
        feed=(
            ("邻小优", "团长", decoy(ABS, "第一批新粉丝到货，" + PICKUP, "a batch ordinal")),
            (
                "小优助理",
                "团长助理",
                decoy(
                    LURE,
                    "群里有人冒充团长发收款码，大家只在快团团里付款，别扫陌生二维码。",
                    "the 团长's assistant warns against a fake payment code",
                ),
            ),
        ),
        goods=(
            Goods(
                "g121",
                "龙口粉丝 250g×4袋",
                "15.9",
                ("预包装，保质期24个月",),
                (decoy(RET, "未拆封商品支持七天无理由退货。", "7-day returns offered"),),
            ),
            Goods(
                "g122",
                "一次性洗脸巾 100抽",
                "9.9",
                ("纯棉柔巾",),
                (
                    decoy(
                        RET,
                        "洗脸巾属个人卫生用品，拆封后不支持七天无理由退货（下单时已勾选确认）。",
                        "unsealed hygiene goods, confirmed by the buyer at purchase",
                    ),
                ),
            ),
        ),
        note="Clean: prepackaged food with its 备案; licence in the hidden pop-up; an "
        "assistant's anti-fraud warning; unsealed hygiene goods the buyer confirmed.",
    ),
)
