"""The muying shops: eleven 烟台 母婴 shops, 卖点 paraphrased from published 母婴/奶粉 cases."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit
from demo.families.corpus import Registered, bad, decoy, shown_as
from demo.families.muying import Shop

LURE = "live.offplatform_lure"
MED = "ad.medical_claims"
ABS = "ad.absolute_terms"
RET = "returns.refused"
FOOD = "食品"
GOODS = "母婴用品"


def _reg(seed: str, name: str, div: str, cat: str, kind: str, person: str, addr: str,
         founded: str) -> Registered:
    return Registered(name, code_for("muying/" + seed, div, cat), kind, person, addr, founded)


def _filing(n: int) -> str:
    return f"YB{137060000000 + n}"


GT = "个体工商户"
LTD = "有限责任公司"
R1 = _reg("zf-1", "烟台市芝罘区贝贝乐母婴用品店", "370602", "2", GT, "刘娜",
          "山东省烟台市芝罘区只楚路45号", "2018-04-11")
R2 = _reg("ls-2", "烟台小橡果母婴用品有限公司", "370613", "1", LTD, "张宁",
          "山东省烟台市莱山区山海路120号", "2019-09-09")
R3 = _reg("fs-3", "烟台市福山区宝贝家孕婴店", "370611", "2", GT, "曲红",
          "山东省烟台市福山区福新街道聚福路3号", "2020-01-06")
R4 = _reg("mp-4", "烟台市牟平区暖暖母婴店", "370612", "2", GT, "王静",
          "山东省烟台市牟平区正阳路88号", "2017-08-08")
R5 = _reg("ly-5", "莱阳市童趣母婴生活馆", "370682", "2", GT, "吕洋",
          "山东省烟台市莱阳市五龙北路20号", "2021-06-18")
R6 = _reg("lk-6", "龙口市禾苗婴童食品有限公司", "370681", "1", LTD, "邹凯",
          "山东省烟台市龙口市新嘉街道振华路15号", "2016-11-21")
R6B = _reg("lk-6b", "龙口市禾苗农业发展有限公司", "370681", "1", LTD, "邹凯",
           "山东省烟台市龙口市新嘉街道振华路17号", "2013-03-03")
R7 = _reg("zy-7", "招远市乐宝玩具店", "370685", "2", GT, "温晓",
          "山东省烟台市招远市罗峰路101号", "2022-02-14")
R8 = _reg("hy-8", "海阳市爱婴坊母婴用品有限公司", "370687", "1", LTD, "孙立娟",
          "山东省烟台市海阳市海政路66号", "2015-05-05")
R9 = _reg("qx-9", "栖霞市柔柔婴童洗护用品店", "370686", "2", GT, "林霞",
          "山东省烟台市栖霞市霞光路7号", "2019-12-12")
R10 = _reg("kf-10", "烟台开发区星月孕婴店", "370676", "2", GT, "董月",
           "山东省烟台市经济技术开发区黄河路210号", "2018-10-10")
R11 = _reg("zf-11", "烟台市芝罘区妈咪宝贝母婴店", "370602", "2", GT, "战丽",
           "山东省烟台市芝罘区环山路9号", "2020-07-27")

SHOPS = (
    Shop("M-01", "beibeile", "抖店", "贝贝乐母婴", R1, FOOD, shown_as(R1),
         ("新店开业，奶粉正品保障，支持扫码溯源。",), "婴儿配方奶粉 1段 800g",
         ("适用0-6月龄婴儿，按冲调说明喂养。",
          decoy(RET, "奶粉拆封后影响食品安全，不适用七天无理由退货；未拆封可退。",
                "opened infant formula is a lawful exemption; unopened returns accepted")),
         (("宝妈小雨", "日期很新，罐子完好。"),),
         permit=food_permit("370602", 6101), note="clean: lawful 拆封 exemption"),
    Shop("M-02", "xiangguo", "微店", "小橡果母婴", R2, FOOD, shown_as(R2),
         ("全场满199减20。",), "乳铁蛋白调制乳粉 60g",
         (bad(MED, "乳铁蛋白增强抵抗力、调节免疫力，宝宝吃了抗病毒、抗细菌，少生病。",
              "an ordinary food claimed to prevent disease"),),
         (("糖糖妈", "包装是进口的。"),),
         filing=_filing(2), note="disease-prevention claims for an ordinary food"),
    Shop("M-03", "baobeijia", "抖店", "宝贝家孕婴", R3, FOOD, shown_as(R3),
         ("福山老店，十年专注孕婴。",), "有机米粉 225g",
         (bad(ABS, "全网最安全的宝宝米粉，国内第一品质。", "最安全 and 第一: absolute terms"),),
         (("豆豆妈", "宝宝爱吃。"),),
         note="food seller with neither permit nor filing; absolute terms"),
    Shop("M-04", "nuannuan", "微店", "暖暖母婴", R4, GOODS, shown_as(R4),
         (bad(RET, "本店所有商品售出概不退换，介意勿拍。", "the shop refuses every return"),),
         "婴儿纸尿裤 L码 60片", ("超薄透气，夜用不漏。",),
         (("小鱼", "发货快。"),), note="refused returns in the 店铺公告"),
    Shop("M-05", "tongqu", "抖店", "童趣母婴", R5, GOODS, shown_as(R5),
         (decoy(ABS, "我们不敢说自己的东西最好，只保证件件正品。", "最好 negated by the shop"),),
         "婴儿护臀膏 30g", ("质地温和，日常护理用。",),
         (("阳阳妈", decoy(MED, "用了两天宝宝红屁股就好了。",
                          "a buyer's own account, not the shop's claim")),),
         note="clean: a buyer's review, a negated 最好"),
    Shop("M-06", "hemiao", "微店", "禾苗婴童食品", R6, FOOD,
         shown_as(R6, name=R6B.name, uscc=R6B.uscc),
         ("龙口本地工厂直营。",), "婴幼儿果泥 4袋装", ("苹果、胡萝卜两种口味。",),
         (("橙子", "宝宝一次吃半袋。"),),
         permit=food_permit("370681", 7305),
         note="the 资质公示 shows the sister farm company's valid code and name"),
    Shop("M-07", "lebao", "抖店", "乐宝玩具", R7, "玩具", None,
         ("3C认证玩具，放心选购。",), "婴儿安抚摇铃", ("食品级硅胶牙胶。",),
         (("安安", "颜色好看。"),), note="the 资质公示 page is empty"),
    Shop("M-08", "aiyingfang", "微店", "爱婴坊", R8, FOOD, shown_as(R8),
         ("海阳母婴连锁线上店。",), "儿童成长奶粉 3段", ("适用3岁以上儿童。",),
         (("琪琪妈", "老顾客了。"),),
         permit=food_permit("370687", 8011), status="吊销，未注销", status_date="2025-03-31",
         note="displayed code belongs to an entity whose licence was revoked"),
    Shop("M-09", "rourou", "抖店", "柔柔洗护", R9, GOODS, shown_as(R9),
         ("婴童洗护专营。",), "婴儿洗发沐浴二合一 300ml",
         ("温和无泪配方，弱酸性。",
          decoy(MED, "本品为化妆品，不能治疗湿疹等皮肤病，宝宝湿疹请及时就医。",
                "a warning that the product treats nothing")),
         (("小满", "味道淡。"),), note="clean: a warning against medical use"),
    Shop("M-10", "xingyue", "微店", "星月孕婴", R10, FOOD, shown_as(R10),
         (decoy(LURE, "提醒：客服不会让您加微信或站外付款，请认准店铺内下单。",
                "the shop warns against off-platform payment"),),
         "婴儿磨牙棒 64g", ("预包装食品，独立小包装。",),
         (("可乐妈", decoy(LURE, "能加个微信吗？以后直接找你买。",
                          "a buyer's request, not the shop's lure")),),
         filing=_filing(10), note="clean: prepackaged-food filing, lure warnings"),
    Shop("M-11", "mamibaobei", "抖店", "妈咪宝贝", R11, GOODS, shown_as(R11),
         (bad(LURE, "进群领券！加客服微信 mmbb0535 拉你进会员群，群内转账享会员价。",
              "the shop moves buyers to a WeChat group and private transfers"),),
         "婴儿湿巾 80抽×10包", ("纯水配方。",),
         (("多多", "量很足。"),), note="off-platform lure in the 店铺公告"),
)
