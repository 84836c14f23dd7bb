"""The weapp sellers: 微店 web-view shops and 快手-style rooms of Yantai sellers.

Wording in the way such shops and rooms speak (店主说, 商品详情, 实时字幕, 弹幕), with
the platform's own anti-fraud notice and a viewer's question as decoys.
"""

from __future__ import annotations

from demo.families.codes import code_for, food_permit
from demo.families.corpus import Registered, Said, bad, decoy, shown_as
from demo.families.weapp import Seller

ABS, MED, RET, LURE = "ad.absolute_terms", "ad.medical_claims", "returns.refused", \
    "live.offplatform_lure"
LTD = "有限责任公司（自然人投资或控股）"
GETI = "个体工商户"


def _reg(seed: str, name: str, division: str, person: str, address: str,
         kind: str = LTD) -> Registered:
    return Registered(name, code_for(seed, division, "2" if kind == GETI else "1"), kind,
                      person, f"山东省烟台市{address}", "2022年04月11日")


YINSHI = _reg("wa-01", "烟台市芝罘区小银匠饰品店", "370602", "曲银", "芝罘区毓璜顶路12号", GETI)
BUYI = _reg("wa-02", "烟台福山布衣坊服饰有限公司", "370611", "邢布", "福山区福新街道永达街3号")
LIXIANG = _reg("wa-03", "莱阳市梨香园食品加工厂", "370682", "赵香", "莱阳市古柳街道梨园路7号",
               GETI)
ZAHUO = _reg("wa-04", "烟台市莱山区邻里杂货店", "370613", "孙邻", "莱山区滨海中路20号", GETI)
SANGYE = _reg("wa-05", "烟台牟平桑叶坡茶业有限公司", "370612", "姜桑", "牟平区龙泉镇桑叶坡村")
MCN = _reg("wa-05/mcn", "烟台星火文化传媒有限公司", "370613", "王火", "莱山区科技大道5号")
GUOYUAN = _reg("wa-06", "栖霞市老果园水果店", "370686", "衣果", "栖霞市翠屏街道果园路2号", GETI)
WEB = _reg("wa-06/web", "烟台云梯网络科技有限公司", "370602", "周梯", "芝罘区环山路8号")

SELLERS = (
    Seller("wa-01", "weidian", "storefront", "yinjiang", "小银匠手作", YINSHI, "饰品",
           shown_as(YINSHI), "dialog", (Said("莱山小作坊，纯手工錾刻。"),),
           (bad(ABS, "全网最低价，同款做工找不到更便宜的了。",
                "全网最低价 about the seller's own price (广告法 art. 9(3))"),
            Said("支持7天无理由退货。")),
           note="个体 silver shop: licence in a hidden 证照公示 dialog (label/value pairs); an "
                "absolute price claim"),
    Seller("wa-02", "weidian", "storefront", "buyi", "布衣坊女装", BUYI, "服装",
           shown_as(BUYI, name="烟台布衣坊服装店"), "panel", (Said("棉麻女装，福山实体店同款。"),),
           (Said("亚麻混纺，宽松版型。"),
            decoy(LURE, "微店提醒您：请在微店内完成沟通与交易，要求加微信私下转账的都可能是诈骗。",
                  "the platform's anti-fraud notice, not the seller luring")),
           note="clothing firm: 企业信息 panel (hidden, opened by a button) shows an old shop "
                "name instead of the registered name, right code: a mismatch"),
    Seller("wa-03", "weidian", "storefront", "lixiang", "梨香园秋月梨膏", LIXIANG, "食品",
           shown_as(LIXIANG), "footer", (Said("莱阳梨熬的梨膏，自家加工厂生产。"),),
           (Said("配料：莱阳梨、冰糖。"), Said("未开封7天内可无理由退货。")),
           permit=food_permit("370682", 4411),
           note="个体 food maker whose registered name ends in 加工厂: the footer licence is the "
                "seller's own, not a manufacturer's; permit shown; clean"),
    Seller("wa-04", "weidian", "storefront", "linli", "邻里杂货铺", ZAHUO, "日用百货", None, "",
           (Said("小区门口的杂货铺，同城当天送。"),),
           (Said("竹纤维抹布 10条装。"),
            decoy(MED, "本品为日用品，不具有任何治疗功能。",
                  "a negation: the seller denies any medical effect")),
           note="个体 grocer: the 证照公示 dialog holds only a pending notice; no licence shown"),
    Seller("wa-05", "kuaishou", "livestream", "sangye", "桑叶坡茶园", SANGYE, "茶叶",
           shown_as(SANGYE),
           "page", (bad(MED, "这个桑叶茶能降血糖的，家里有糖尿病的老人天天泡着喝。",
                        "the host claims an ordinary tea lowers blood sugar (广告法 art. 17)",
                        "主播"),),
           (Said("牟平龙泉镇桑叶，每罐100克。"),),
           (Said("欢迎新进来的家人们", who="主播 桑叶姐"),
            decoy(MED, "能降血糖吗？", "a viewer's question, not the seller's claim", "粉丝 小芳"),
            Said("已拍两罐", who="Lv.6 阿伟")),
           other=("MCN机构信息", MCN.name, MCN.uscc), permit=food_permit("370612", 5120),
           note="tea room: the host's claim sits in the 实时字幕 panel; a viewer asks about it; "
                "the 店铺资质 page lists the MCN agency's licence beside the seller's"),
    Seller("wa-06", "kuaishou", "livestream", "guoyuan", "栖霞老果园", GUOYUAN, "水果",
           shown_as(GUOYUAN),
           "page", (Said("栖霞红富士，今早现摘现发。"),
                    bad(LURE, "想要整箱批发的，加我微信 gy0535 单独发价格。",
                        "the host asks buyers to add a WeChat id for prices off the platform",
                        "主播")),
           (Said("果径80毫米以上，5斤装。"),),
           (Said("今天的苹果特别脆", who="主播 老果"),
            decoy(MED, "我爸吃了说能降血压，真的假的？", "a viewer's question", "粉丝 老王"),
            Said("收到了，很甜", who="Lv.3 小林")),
           other=("技术支持", WEB.name, WEB.uscc),
           note="fruit room: a WeChat lure in the host's captions; the 店铺资质 page names the "
                "web developer (技术支持) with its code beside the seller's licence"),
)
