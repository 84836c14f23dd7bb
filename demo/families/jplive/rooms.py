"""The jplive rooms: ten 烟台 sellers' live rooms, their chat as (icon role, nick, words)."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, bad, decoy, shown_as
from demo.families.jplive import Room

LURE = "live.offplatform_lure"
MED = "ad.medical_claims"
ABS = "ad.absolute_terms"
RET = "returns.refused"


def _reg(seed: str, name: str, div: str, cat: str, kind: str, person: str, addr: str,
         founded: str) -> Registered:
    return Registered(name, code_for("jplive/" + seed, div, cat), kind, person, addr, founded)


R1 = _reg("qx-ping", "栖霞市山岚果品专业合作社", "370686", "3", "农民专业合作社", "牟德顺",
          "山东省烟台市栖霞市观里镇西院村", "2015-10-09")
R2 = _reg("cd-bei", "烟台长岛渔湾海产品有限公司", "370614", "1", "有限责任公司", "宋海波",
          "山东省烟台市蓬莱区南长山街道港湾路6号", "2013-07-22")
R3 = _reg("lk-fen", "龙口市金穗粉丝加工厂", "370681", "2", "个体工商户", "梁宝山",
          "山东省烟台市龙口市诸由观镇黄城集村", "2018-03-14")
R4 = _reg("mp-mi", "烟台市牟平区槐花蜂业店", "370612", "2", "个体工商户", "姜玉兰",
          "山东省烟台市牟平区昆嵛镇天福山路9号", "2019-05-30")
R5 = _reg("lz-shi", "莱州市玉岩石雕工艺品有限公司", "370683", "1", "有限责任公司", "綦立强",
          "山东省烟台市莱州市柞村镇石材市场东区", "2011-04-18")
R6 = _reg("zf-yi", "烟台市芝罘区衣朵服装店", "370602", "2", "个体工商户", "郝婷婷",
          "山东省烟台市芝罘区北马路117号", "2021-02-05")
R7 = _reg("pl-jiu", "蓬莱海岬葡萄酿酒有限公司", "370614", "1", "有限责任公司", "仲维国",
          "山东省烟台市蓬莱区大辛店镇葡萄路1号", "2010-09-09")
R8 = _reg("ly-xie", "莱阳市步稳鞋业商行", "370682", "2", "个体工商户", "臧志刚",
          "山东省烟台市莱阳市城厢街道富山路56号", "2017-11-27")
R9 = _reg("ls-fu", "烟台颜舍日化用品有限公司", "370613", "1", "有限责任公司", "战雪梅",
          "山东省烟台市莱山区港城东大街588号", "2016-06-01")
R10 = _reg("fs-dian", "烟台市福山区联家电器商店", "370611", "2", "个体工商户", "衣建军",
           "山东省烟台市福山区福海路302号", "2014-12-12")

ROOMS = (
    Room("JP-01", "shanlan", "苏宁直播", "山岚果园直播间", "栖霞红富士现摘现发", R1, "生鲜",
         shown_as(R1), "栖霞红富士 80# 10斤装",
         (("anchor", "山岚果园", "今天摘的是山顶园的果子，脆甜，不打蜡。"),
          ("", "小雨点", decoy(LURE, "能加个微信吗？以后直接找你买。",
                               "a viewer asks for the anchor's WeChat", who="观众")),
          ("helper", "果园小妹", decoy(LURE, "不加个人微信哈，想买都在直播间下单，售后有平台管。",
                                     "the assistant refuses the private channel", who="助理")),
          ("sys", "", "平台系统消息：主播已开通坏果包赔服务。")),
         pin="坏果拍照联系客服，按个赔付", note="clean: a refused WeChat request"),
    Room("JP-02", "yuwan", "苏宁直播", "渔湾海货铺", "长岛扇贝丁、海米直播", R2, "食品",
         shown_as(R2), "长岛扇贝丁 500g",
         (("anchor", "渔湾老宋", "扇贝丁是今年秋天的新货，淡干的。"),
          ("fan", "海边人", "上次买的海米挺好。"),
          ("anchor", "渔湾老宋", bad(LURE, "直播间价格不好改，想要批发价的加我微信 yw8866，"
                                          "转账给你直接发，比拍下便宜二十。",
                                     "the anchor moves buyers to WeChat and a private transfer",
                                     who="主播")),
          ("", "路过", "包邮吗？")),
         permit=food_permit("370614", 3101), note="anchor's WeChat lure"),
    Room("JP-03", "jinsui", "苏宁直播", "金穗龙口粉丝", "龙口粉丝 厂家直播", R3, "食品",
         None, "龙口粉丝 2.5kg", (
             ("anchor", "金穗粉丝", bad(ABS, "我家粉丝全网最低价，整个龙口做得最好的就是我们。",
                                       "全网最低价 and 最好: absolute terms by the anchor",
                                       who="主播")),
             ("", "吃货", "煮多久不断？"),
             ("helper", "粉丝厂助理", "开水下锅煮三分钟就行。")),
         shop="none", note="no shop page: no licence and no food permit; absolute terms"),
    Room("JP-04", "huaihua", "苏宁直播", "昆嵛槐花蜜", "昆嵛山槐花蜜 蜂场直播", R4, "食品",
         shown_as(R4), "槐花蜜 1kg", (
             ("anchor", "槐花蜂场", bad(MED, "槐花蜜每天早上一勺，能治咳嗽，血糖高的喝了还能降糖。",
                                       "the anchor claims the honey treats cough and lowers "
                                       "blood sugar", who="主播")),
             ("fan", "老顾客", decoy(MED, "我家老人说喝了嗓子舒服多了。",
                                    "a viewer's own account, not the seller's claim",
                                    who="粉丝")),
             ("sys", "", "平台系统消息：普通食品不能替代药物，请理性购买。")),
         permit=food_permit("370612", 2207), note="medical claims for honey"),
    Room("JP-05", "yuyan", "微店直播", "玉岩石雕", "莱州石雕摆件 文玩直播", R5, "工艺品",
         shown_as(R5, name="莱州市玉岩石材有限公司"), "莱州玉貔貅摆件", (
             ("anchor", "玉岩石雕", bad(RET, "手工雕的东西一经售出概不退换，想好了再拍。",
                                       "the anchor refuses every return", who="主播")),
             ("sys", "", decoy(RET, "平台系统消息：本店商品支持七天无理由退货，请以订单页为准。",
                               "the platform's notice, not the seller's refusal")),
             ("", "文玩客", decoy(ABS, "这块石头是不是最贵的？",
                                 "a viewer's question with 最", who="观众"))),
         note="anchor refuses returns; the licence names another firm"),
    Room("JP-06", "yiduo", "微店直播", "衣朵小店", "芝罘女装上新", R6, "服装",
         shown_as(R6), "羊毛混纺大衣", (
             ("anchor", "衣朵", "今天上新三款大衣，码数从S到XL。"),
             ("", "阿紫", "哪款最好看？"),
             ("helper", "衣朵助理", decoy(ABS, "没有最好看，只有适合你的，看身高体重挑。",
                                         "the assistant declines to call any coat the best",
                                         who="助理")),
             ("sys", "", decoy(RET, "平台系统消息：穿着洗涤后影响二次销售的，不支持退货。",
                               "the platform's rule on worn goods, a lawful limit"))),
         note="clean: negated 最 and a lawful return limit"),
    Room("JP-07", "haijia", "微店直播", "海岬酒庄", "蓬莱海岸葡萄酒 品鉴直播", R7, "酒水",
         shown_as(R7), "海岬干红 750ml", (
             ("anchor", "海岬酒庄", "这是二〇二三年的赤霞珠，橡木桶十二个月。"),
             ("", "品酒人", decoy(LURE, "能私下转账便宜点吗？",
                                 "a viewer asks for a private payment", who="观众")),
             ("anchor", "海岬酒庄", decoy(LURE, "不私下收款，平台下单才有保障，优惠券在小黄车。",
                                         "the anchor refuses a private deal", who="主播")),
             ("helper", "酒庄助理", decoy(MED, "葡萄酒不是保健品，不能治病，适量饮用。",
                                         "a warning against medical claims", who="助理"))),
         permit=food_permit("370614", 4410), note="clean: refused private payment"),
    Room("JP-08", "buwen", "微店直播", "步稳鞋坊", "莱阳手工布鞋", R8, "鞋靴",
         shown_as(R8, uscc=with_wrong_check(R8.uscc)), "千层底布鞋", (
             ("anchor", "步稳鞋坊", "千层底纳了三十多道，走路软和。"),
             ("", "大姨", "有四十码的吗？")),
         note="licence code fails its check"),
    Room("JP-09", "yanshe", "微店直播", "颜舍日化", "莱山日化清仓", R9, "化妆品",
         shown_as(R9), "保湿面霜 50g", (
             ("anchor", "颜舍", "清仓价，保质期到明年九月。"),
             ("fan", "小鹿", "上次的洗面奶好用。")),
         status="注销", status_date="2025-08-19",
         note="displayed code belongs to an entity cancelled in the registry"),
    Room("JP-10", "lianjia", "苏宁直播", "联家电器", "福山家电以旧换新", R10, "家电",
         shown_as(R10), "一级能效变频空调", (
             ("anchor", "联家电器", decoy(ABS, "这款是国家一级能效，有能效标识可以查。",
                                         "一级能效 is a statutory grade, not an absolute claim",
                                         who="主播")),
             ("sys", "", decoy(RET, "平台系统消息：大家电签收前请验机，七天无理由退货照常。",
                               "platform notice on returns")),
             ("", "老衣", "能上门安装吗？")),
         note="clean: a statutory energy grade"),
)
