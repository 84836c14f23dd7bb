"""The xianyu sellers: Yantai individuals and traders on a 闲鱼-style platform, as data.

Individuals: their own used goods, now and then (电子商务法 第十条, Order 37 art. 8's
¥100,000 a year); the self-declaration quoted where one is shown is the fixed wording
「个人从事零星小额交易活动，依法不需要办理市场主体登记」. Traders: 全新 stock in
quantity, 工作室 / 回收 businesses, 鱼小铺 pages; they need a licence and owe the 7-day
return. Lure wording follows the forms platforms name (加V, 看个人简介, 微信转账).
"""

from __future__ import annotations

from demo.families.codes import code_for, with_wrong_check
from demo.families.corpus import Registered, Said, bad, decoy, shown_as
from demo.families.xianyu import Listing, Seller

ABS, MED, RET, LURE = ("ad.absolute_terms", "ad.medical_claims", "returns.refused",
                       "live.offplatform_lure")
GETI = "个体工商户"
DECLARATION = "个人从事零星小额交易活动，依法不需要办理市场主体登记"
OWN_GOODS = ("an individual selling their own used goods now and then: 电子商务法 第十条 needs "
             "no registration, so no licence is due")


def _reg(seed: str, name: str, division: str, person: str, address: str) -> Registered:
    return Registered(name, code_for(seed, division, "2"), GETI, person,
                      f"山东省烟台市{address}", "2021年06月01日")


def _buyer(nick: str, said: Said | str) -> tuple[str, bool, Said]:
    return nick, False, said if isinstance(said, Said) else Said(said)


def _me(nick: str, said: Said | str) -> tuple[str, bool, Said]:
    return nick, True, said if isinstance(said, Said) else Said(said)


SHUMA = _reg("xy-05", "烟台莱山区极客数码回收店", "370613", "曲极", "莱山区迎春大街128号")
CHAOWAN = _reg("xy-06", "烟台芝罘区潮玩工作室", "370602", "林潮", "芝罘区南大街200号")
HAISHEN = _reg("xy-08", "烟台牟平区老渔民海产品店", "370612", "姜渔", "牟平区养马岛旅游度假区3号")
HUISHOU = _reg("xy-09", "烟台福山区顺达二手家电回收站", "370611", "邹顺", "福山区福海路99号")
MUYING = _reg("xy-11", "龙口市宝贝圈母婴用品店", "370681", "王宝", "龙口市东城区港城大道8号")

SELLERS: tuple[Seller, ...] = (
    Seller("xy-01", "a81x2", "烟大学长", "烟台·莱山", "二手数码",
           (Listing("1", Said("自用iPhone 13 128G 电池86% 无拆无修"), "2450", 37,
                    (Said("毕业换新手机，个人自用一年半，一直带壳贴膜。"),
                     decoy(RET, "个人闲置，出了不退不换哦，有问题可以当面验。",
                           "an individual's own used phone, not a business: the 7-day "
                           "duty binds 经营者")),
                    (_buyer("小鹿", decoy(LURE, "可以加微信聊吗", "a buyer asking for WeChat")),
                     _me("烟大学长", decoy(LURE, "就在闲鱼聊吧，走闲鱼担保交易。",
                                         "the seller keeping the deal on the platform"))),),),
           bio=(Said("烟大学生，只卖自己用过的东西。"),), district="370613", exempt=OWN_GOODS,
           note="Clean individual: own used phone; no licence needed; declines WeChat."),
    Seller("xy-02", "b22km", "搬家清仓的王姐", "烟台·芝罘", "二手家具",
           (Listing("1", Said("搬家出 实木餐桌椅一套 八成新 自提"), "600", 12,
                    (Said("房子卖了搬去外地，带不走，便宜出。"),)),
            Listing("2", Said("九阳豆浆机 用过几次"), "80", 5)),
           bio=(decoy("licence.missing", f"本人声明：{DECLARATION}。",
                      "the exempt individual's fixed self-declaration (Order 37 art. 12)"),),
           district="370602", exempt=OWN_GOODS,
           note="Clean individual moving house; shows the fixed self-declaration."),
    Seller("xy-03", "c9farm", "福山大樱桃果农老于", "烟台·福山", "水果",
           (Listing("1", Said("自家园子福山大樱桃 美早 现摘 2斤"), "88", 41,
                    (decoy(RET, "樱桃是鲜果，发出后不退，坏果按比例赔。", "a farmer's own fresh "
                           "fruit: perishable and outside the 7-day return"),)),),
           bio=(Said("自家三亩樱桃园，每年就卖这一季。"),), district="370611",
           exempt="a farmer selling their own produce (电子商务法 第十条: 自产农副产品) needs no "
                  "registration",
           note="Clean individual farmer: own cherries, once a season; no permit, no licence "
                "needed."),
    Seller("xy-04", "d5shop", "数码小哥在烟台", "烟台·芝罘", "数码配件",
           (Listing("1", Said("全新未拆 AirPods同款蓝牙耳机 现货200个 批发价"), "59", 310,
                    (Said("蓝牙5.3，续航6小时，支持安卓苹果。"),)),
            Listing("2", Said("全新 PD快充头 20W 现货500个"), "15", 220),
            Listing("3", Said("全新未拆 智能手表 工作室直发 一件代发"), "89", 150)),
           bio=(Said("工作室长期出货，量大从优，每天下午四点前发货。"),
                bad(RET, "本店全新商品拆封不退，售出不退不换，介意勿拍。", "a trader refusing "
                    "the 7-day return for ordinary new goods (消法 第二十五条)")), trader=True,
           district="370602",
           note="A trader posing as an individual: hundreds of new units, a 工作室, daily "
                "shipping; shows no licence and refuses returns."),
    Seller("xy-05", "e7geek", "极客回收", "烟台·莱山", "二手数码",
           (Listing("1", Said("回收翻新 华为Mate40 95新 店保一年"), "1299", 64),
            Listing("2", Said("回收翻新 iPad 第九代 95新"), "1199", 33)),
           reg=SHUMA, shown=shown_as(SHUMA, uscc=with_wrong_check(SHUMA.uscc)),
           tags=("实人认证", "鱼小铺"), trader=True,
           note="A 鱼小铺 recycling business; its 营业执照 block shows a code whose check "
                "character is wrong."),
    Seller("xy-06", "f3toys", "潮玩社", "烟台·芝罘", "潮玩",
           (Listing("1", Said("泡泡玛特 盲盒 整盒 全新现货"), "588", 80,
                    (Said("整盒未拆，支持闲鱼验货。"),),
                    (_buyer("盒子控", "还有隐藏款吗"),
                     _me("潮玩社", bad(LURE, "隐藏款不方便挂，看我个人简介加V，微信转账便宜50。",
                                     "the seller sends buyers to WeChat for a cheaper "
                                     "off-platform deal")))),),
           reg=CHAOWAN, shown=shown_as(CHAOWAN), tags=("实人认证", "鱼小铺"), trader=True,
           note="A 鱼小铺 toy studio with its licence shown; in the 留言 it sends a buyer to "
                "WeChat to pay off the platform."),
    Seller("xy-07", "g1mom", "二胎宝妈", "烟台·牟平", "二手母婴",
           (Listing("1", Said("闲置婴儿推车 好孩子 用了半年"), "260", 9,
                    (Said("二宝长大了用不上，九成新。"),),
                    (_buyer("等等", decoy(LURE, "能不能加个微信，发我实拍视频？", "a buyer "
                                          "asking for WeChat")),
                     _me("二胎宝妈", "闲鱼里给你发视频哈，我不加微信的。"))),),
           district="370612", exempt=OWN_GOODS,
           note="Clean individual: own used pram; a buyer asks for WeChat, the seller "
                "refuses."),
    Seller("xy-08", "h8sea", "养马岛老渔民", "烟台·牟平", "食品",
           (Listing("1", Said("自家加工淡干海参 500g 每周上新 可批发"), "980", 120,
                    (Said("养马岛野生刺参，盐干后淡干，泡发率高。"),)),
            Listing("2", Said("即食海参 10只装 每天发货"), "399", 90)),
           bio=(bad(MED, "常吃海参降血糖、降血压，糖尿病人吃了能停药。", "a dried food "
                    "claimed to let diabetics stop medication (广告法 第十七条)"),),
           reg=HAISHEN, shown=shown_as(HAISHEN), tags=("实人认证", "鱼小铺"), trader=True,
           note="A 鱼小铺 seafood business processing and selling 海参 weekly: licence shown, "
                "no 食品经营许可证; claims diabetics can stop medication."),
    Seller("xy-09", "i4jd", "顺达家电回收", "烟台·福山", "二手家电",
           (Listing("1", Said("二手空调 格力1.5匹 包安装 质保三个月"), "900", 45),),
           reg=HUISHOU, shown=shown_as(HUISHOU, name="烟台顺达再生资源有限公司"),
           tags=("实人认证", "鱼小铺"), trader=True,
           note="A recycling business whose 营业执照 block names a company other than the "
                "registered 个体户."),
    Seller("xy-10", "j6old", "退休老李", "烟台·蓬莱", "二手家电",
           (Listing("1", Said("闲置按摩仪 用过几次 说明书齐全"), "120", 6,
                    (decoy(MED, "说明书上写了不能代替治疗，我就是颈椎累了按按放松。",
                           "an individual quoting the manual's disclaimer (a negation)"),),
                    (_buyer("阿强", decoy(MED, "这个能治颈椎病吗？", "a buyer's question")),
                     _me("退休老李", "治不了病，就是放松用的。"))),),
           district="370614", exempt=OWN_GOODS,
           note="Clean individual: own massager; the manual's and the seller's denials, a "
                "buyer's question."),
    Seller("xy-11", "k2baby", "宝贝圈母婴", "烟台·龙口", "母婴用品",
           (Listing("1", bad(ABS, "全新 婴儿湿巾 80抽×10包 全网最低价 烟台第一家", "全网最低价 "
                             "and 第一家 about its own goods (广告法 第九条第三项)"), "39", 260),
            Listing("2", Said("全新 奶瓶 宽口径 现货"), "45", 88)),
           reg=MUYING, shown=shown_as(MUYING, uscc=" ".join((MUYING.uscc[:8], MUYING.uscc[8:]))),
           tags=("实人认证", "鱼小铺"), trader=True,
           note="A 鱼小铺 baby-goods shop with its licence shown; a listing claims 全网最低价 "
                "and 烟台第一家."),
    Seller("xy-12", "l0knit", "手工编织的张奶奶", "烟台·海阳", "手工艺品",
           (Listing("1", Said("手工钩织 毛线拖鞋 一双"), "45", 18,
                    (decoy(ABS, "闲着没事织的，第一双给了孙女。", "第一双 is a sequence, not a "
                           "rank"),
                     decoy(RET, "手工织的，尺码按你说的织，织好了就不退了。", "made to the buyer's "
                           "size: a made-to-order exception")),
                    (_buyer("暖暖", decoy(ABS, "奶奶织的是我买过最暖和的拖鞋",
                                        "a buyer's praise")),)),),
           district="370687",
           exempt="a grandmother's family handicraft, sold now and then (电子商务法 第十条: 家庭"
                  "手工业产品) needs no registration",
           note="Clean individual: home-made knitting, made to size; a buyer's 最暖和."),
)
