"""The wholesale 旺铺: Yantai stone, knitwear, noodles, gold, fruit, parts, sea cucumber..."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, Said, bad, decoy, shown_as
from demo.families.wholesale import Offer, Wholesaler

ABS, MED, RET, LURE, MIS = ("ad.absolute_terms", "ad.medical_claims", "returns.refused",
                            "live.offplatform_lure", "licence.mismatch")
LTD = "有限责任公司（自然人投资或控股）"
GETI = "个体工商户"
COOP = "农民专业合作社"
CATEGORY = {LTD: "1", GETI: "2", COOP: "3"}


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = LTD) -> Registered:
    return Registered(name, code_for(seed, division, CATEGORY[kind]), kind, person,
                      f"山东省烟台市{address}", founded)


XINLEI = _reg("ws-01", "莱州市鑫磊石材有限公司", "370683", "王磊", "莱州市柞村镇石材工业园8号",
              "2006年03月18日")
JINXIU = _reg("ws-02", "海阳市锦绣针织服饰有限公司", "370687", "于锦", "海阳市经济开发区衡山路5号",
              "2011年07月01日")
JUFENG = _reg("ws-03", "龙口市聚丰粮油食品有限公司", "370681", "邹丰", "龙口市新嘉街道港栾路33号",
              "2013年09月26日")
JINYU = _reg("ws-04", "招远市金誉珠宝首饰有限公司", "370685", "温誉", "招远市罗峰街道黄金大道18号",
             "2016年04月12日")
LIXIANG = _reg("ws-05", "莱阳市梨乡果品专业合作社", "370682", "宋春", "莱阳市照旺庄镇梨园村",
               "2012年08月08日", COOP)
FUXING = _reg("ws-06", "烟台福星汽车配件有限公司", "370611", "曲星", "福山区高新产业区永达街6号",
              "2010年05月05日")
HAIYUE = _reg("ws-07", "烟台海岳参业有限公司", "370612", "孙岳", "牟平区养马岛街道海滨路9号",
              "2017年11月20日")
XUNLIAN = _reg("ws-08", "烟台开发区迅联电子科技有限公司", "370676", "李迅",
               "开发区黄河路199号", "2018年06月30日")
XUNLIAN_GROUP = Registered("烟台迅联集团有限公司", code_for("ws-08/group", "370602"), LTD,
                           "李联", "山东省烟台市芝罘区北马路1号", "2009年01月09日")
LVYUAN = _reg("ws-09", "牟平区绿源茶叶店", "370612", "姜绿", "牟平区昆嵛山路15号",
              "2015年03月03日", GETI)
LAB = code_for("ws-09/lab", "370602")
LAOLIN = _reg("ws-10", "栖霞市老林果品批发部", "370686", "林有田", "栖霞市松山街道果品市场B区",
              "2014年10月10日", GETI)
XIANNIANG = _reg("ws-11", "烟台蓬莱仙酿酒业有限公司", "370614", "刘仙", "蓬莱区南王街道葡萄大道3号",
                 "2008年09月09日")
LANZAO = _reg("ws-12", "烟台蓝藻生物科技有限公司", "370671", "高蓝", "高新区科技大道69号",
              "2020年02月20日")
LONGTENG = _reg("ws-13", "烟台龙腾渔具有限公司", "370613", "赵腾", "莱山区港城东大街600号",
                "2012年12月12日")

WANGWANG = decoy(LURE, "询价请用旺旺联系，平台留痕，售后有据可查。",
                 "the seller keeps enquiries on the platform's own IM (旺旺)")

WHOLESALERS = (
    Wholesaler(
        "ws-01", "xinleistone", "鑫磊石业 Xinlei Stone", XINLEI, "石材", shown_as(XINLEI),
        years=14,
        profile=(Said("莱州雪花白、芝麻灰源头矿山，自有荒料，厂家直销。"),
                 Said("Factory direct granite and marble since 2006, exporting to Korea and "
                      "the Middle East.")),
        notices=(decoy(RET, "异形板材、台面按客户图纸定制，下单切割后不支持退换；标准板材收货7天内"
                       "可退。", "made-to-order cut stone excluded, standard slabs returnable"),),
        contact=(WANGWANG,),
        offers=(Offer("601211", "芝麻灰花岗岩光面板 2cm", (("≥50㎡", "68"), ("≥500㎡", "59")),
                      decoy(ABS, "执行标准GB/T 18601，一等品。",
                            "a standard quality grade (一等品), exempt"),
                      (("材质", "花岗岩"), ("产地", "莱州"))),),
        note="Stone factory: registration on 公司档案, a standard grade name and a "
             "made-to-order exclusion: clean."),
    Wholesaler(
        "ws-02", "jinxiuknit", "锦绣针织 源头工厂", JINXIU, "服装", shown_as(JINXIU),
        profile=(Said("海阳毛衫产业带工厂，12条横机生产线，支持一件代发。"),),
        notices=(bad(RET, "一件代发商品售出概不退换，下单前请确认尺码。",
                     "drop-shipped goods to consumers: a blanket no-return notice"),),
        contact=(WANGWANG,),
        offers=(Offer("602201", "羊毛混纺开衫 女款", (("≥2件", "45"), ("≥100件", "38")),
                      bad(ABS, "全网最低价，同款比价无敌！",
                          "price superlative (全网最低价)"),
                      (("成分", "羊毛30% 腈纶70%"),)),),
        note="Knitwear factory: a lowest-price claim and a no-return notice on drop-shipped "
             "goods."),
    Wholesaler(
        "ws-03", "jufengfensi", "聚丰龙口粉丝批发", JUFENG, "食品", shown_as(JUFENG),
        mode="经销批发",
        profile=(Said("龙口粉丝一级代理，餐饮、商超渠道供货。"),),
        notices=(bad(LURE, "大货批发请加微信 jufeng-fensi 报价，走对公转账比平台下单便宜3个点。",
                     "asks buyers to deal by WeChat and bank transfer instead of the platform"),),
        offers=(Offer("603001", "龙口粉丝 250g×40袋/箱", (("≥1箱", "120"), ("≥20箱", "105")),
                      params=(("生产许可证", "SC10137068100511"), ("生产商", "龙口市某粉丝厂"))),),
        note="A food trader shows no 食品经营许可证 (the SC number is the producer's) and lures "
             "buyers to WeChat and bank transfer."),
    Wholesaler(
        "ws-04", "jinyugold", "金誉珠宝 招远黄金源头", JINYU, "珠宝首饰",
        shown_as(JINYU, uscc=with_wrong_check(JINYU.uscc, 5)),
        profile=(Said("招远黄金产业带，古法金、硬金批发，支持来图定制。"),),
        contact=(WANGWANG,),
        offers=(Offer("604410", "古法金手镯 足金999", (("≥1件", "598/克"),),
                      bad(MED, "长期佩戴活血化瘀，改善手脚冰凉。",
                          "a medical effect claimed for a gold bangle"),),),
        note="Registration shows a code with a wrong check character; a gold bangle claimed "
             "to improve blood circulation."),
    Wholesaler(
        "ws-05", "laiyangpear", "莱阳梨 产地直发", LIXIANG, "水果", shown_as(LIXIANG),
        mode="种植合作社",
        profile=(Said("莱阳照旺庄梨园，合作社统一收购分级。"),
                 Said("Laiyang pears shipped from the orchard, graded by the co-operative.")),
        notices=(decoy(RET, "鲜果不支持无理由退货，到货坏果拍照，按斤赔付。",
                       "fresh fruit: lawful exclusion with compensation for bad fruit"),),
        offers=(Offer("605003", "莱阳秋月梨 5斤装", (("≥10箱", "25"), ("≥100箱", "21"))),),
        note="A co-operative selling fresh pears (no food permit needed); lawful fresh-fruit "
             "exclusion: clean."),
    Wholesaler(
        "ws-06", "fuxingparts", "福星汽配", FUXING, "汽车配件", None,
        profile=(Said("专业生产刹车片、离合器片，配套多家主机厂。"),),
        notices=(bad(RET, "配件售出后，非质量问题概不退换。",
                     "refuses every return that is not a quality fault"),),
        questions=((decoy(LURE, "能加个微信发图纸吗？", "a buyer asks for WeChat"),
                    decoy(LURE, "图纸可以直接在旺旺里发，方便留档。",
                          "the seller keeps the exchange on the platform")),),
        offers=(Offer("606120", "陶瓷刹车片 前轮", (("≥10套", "85"),)),),
        note="No registration information on the shop or its 公司档案 page; a no-return "
             "notice; a buyer's WeChat question answered on the platform."),
    Wholesaler(
        "ws-07", "haiyueshen", "海岳参业 即食海参", HAIYUE, "食品", shown_as(HAIYUE),
        permit=food_permit("370612", 7071),
        profile=(Said("烟台牟平养马岛海参，即食、干参、海参肽批发。"),),
        notices=(decoy(MED, "平台规则提示：普通食品不得宣称具有预防、治疗疾病的功能。",
                       "a platform rule quoting the ban: not a claim"),),
        offers=(Offer("607300", "海参肽粉 300g", (("≥5盒", "168"),),
                      bad(MED, "调节三高，术后伤口愈合快，化疗病人必备。",
                          "disease claims for an ordinary food product"),),
                Offer("607301", "即食海参 500g", (("≥2盒", "238"),))),
        note="Food permit shown; disease claims for sea-cucumber peptide beside a platform rule "
             "that quotes the ban."),
    Wholesaler(
        "ws-08", "xunliandz", "迅联电子 Xunlian Electronics", XUNLIAN, "电子产品",
        shown_as(XUNLIAN, name=XUNLIAN_GROUP.name, uscc=XUNLIAN_GROUP.uscc),
        profile=(Said("连接器、线束加工，来样定制。"),
                 Said("OEM wire harness and connectors, samples in 3 days.")),
        contact=(WANGWANG,),
        offers=(Offer("608020", "USB-C 线束 定制", (("≥500条", "3.2"),)),),
        note="The 公司档案 shows the parent group's registration (another entity's valid "
             "code and name), not the seller's: mismatch."),
    Wholesaler(
        "ws-09", "lvyuantea", "绿源崂山绿茶 批发", LVYUAN, "食品", shown_as(LVYUAN),
        mode="经销批发", permit=food_permit("370612", 9909, "1"),
        profile=(Said("昆嵛山高山茶园合作，春茶、秋茶散装批发。"),
                 decoy(ABS, "我们把诚信放在第一位。", "attitude (诚信第一位), not about goods")),
        reports=(decoy(MIS, "农残检测报告：烟台市华测检验检测有限公司出具"
                            f"（统一社会信用代码 {LAB}）",
                       "a testing lab's code on its report: a third party"),),
        offers=(Offer("609010", "崂山绿茶 散装 500g", (("≥5斤", "88"),)),),
        note="Individual tea trader shows registration and permit; a lab's code on a test "
             "report: clean."),
    Wholesaler(
        "ws-10", "laolinapple", "栖霞苹果 老林果品", LAOLIN, "水果",
        shown_as(LAOLIN, uscc=LAOLIN.uscc.lower()), mode="经销批发",
        profile=(Said("栖霞红富士产地收购，冷库常年供货。"),),
        offers=(Offer("610080", "栖霞红富士 80#", (("≥1000斤", "3.6"),)),),
        note="Fresh apples (no permit needed); the code is written in lower case (valid): "
             "clean."),
    Wholesaler(
        "ws-11", "xianniangwine", "蓬莱仙酿 酒庄直供", XIANNIANG, "酒水", shown_as(XIANNIANG),
        permit=food_permit("370614", 1109),
        profile=(Said("蓬莱产区自有葡萄园，干红、干白OEM贴牌。"),
                 decoy(MED, "本品为酒类，不具有任何保健功能；未成年人请勿饮酒。",
                       "a negation of health effects")),
        offers=(Offer("611001", "蓬莱赤霞珠干红 750ml", (("≥6瓶", "58"),),
                      bad(ABS, "蓬莱产区顶级干红，国宴级品质。",
                          "superlatives (顶级, 国宴级) about its own wine"),),),
        note="Wine estate with its permit; superlatives in the offer summary."),
    Wholesaler(
        "ws-12", "lanzaobio", "蓝藻生物 海藻面膜OEM", LANZAO, "化妆品", shown_as(LANZAO),
        profile=(Said("海藻提取物面膜、冻干粉代工，提供备案服务。"),),
        contact=(decoy(LURE, "OEM/ODM合作请在线提交询价单，业务经理会在旺旺回复。",
                       "OEM enquiries kept on the platform's forms and IM"),),
        offers=(Offer("612050", "海藻修护面膜 25ml×10片", (("≥100盒", "19"),),
                      detail=(bad(MED, "七天祛痘，修复激素脸，淡化妊娠纹。",
                                  "medical claims for a cosmetic (祛痘, 修复激素脸), offer page "
                                  "only"),
                              Said("Seaweed mask, OEM and private label."))),),
        note="A cosmetics OEM makes medical claims on its offer page only."),
    Wholesaler(
        "ws-13", "longtengtackle", "Dragon Tackle 龙腾渔具", LONGTENG, "渔具",
        shown_as(LONGTENG), footer=True,
        profile=(Said("路亚假饵、鱼竿、渔线轮出口工厂，支持贴牌。"),
                 bad(ABS, "World's No.1 fishing lure factory, the best quality in China.",
                     "English superlatives (World's No.1, the best) in the seller's copy")),
        offers=(Offer("613007", "路亚米诺假饵 9cm", (("≥100只", "2.8"),)),),
        note="Registration also in the home page footer; English-only superlatives."),
)
