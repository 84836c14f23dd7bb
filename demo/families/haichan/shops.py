"""The haichan family's sellers: Yantai 海参, seafood, wine and fruit shops, as data.

Wording modelled (paraphrased) on published material: SAMR's 2025-01 ten typical illegal-ad
cases (ordinary food sold as "改善肺结节、降血糖、降脂降压"), a 2017 Hubei case of red wine
sold as curing 高血脂/动脉硬化, a Hangzhou 黄酒 case (提高免疫力、美容养颜、预防感冒),
the 百威 官网 极限词 case (最苛刻、最完美、最优质), 消法 第二十五条 and the
《网络购买商品七日无理由退货暂行办法》's exemptions.
"""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Filed, Registered, bad, decoy, shown_as
from demo.families.haichan import Item, Shop

ABS, MED, RET = "ad.absolute_terms", "ad.medical_claims", "returns.refused"
LURE, MIS, FOOD = "live.offplatform_lure", "licence.mismatch", "permit.food_missing"
UNI, GONE = "licence.uscc_invalid", "licence.deregistered"
LTD = "有限责任公司（自然人投资或控股）"
SOLE = "个体工商户"
COOP = "农民专业合作社"


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = LTD) -> Registered:
    category = {SOLE: "2", COOP: "3"}.get(kind, "1")
    return Registered(name, code_for("haichan/" + seed, division, category), kind, person,
                      "山东省烟台市" + address, founded)


YUSAO = _reg("hc-01", "烟台渔嫂海洋食品有限公司", "370614", "姜海燕", "蓬莱区登州街道海港路18号",
             "2016年04月12日")
CHUANZHANG = _reg("hc-02", "芝罘区老船长海鲜店", "370602", "于大海", "芝罘区幸福街道渔港市场A12号",
                  "2019年07月01日", SOLE)
XIANDAO = _reg("hc-03", "烟台蓬莱仙岛酒庄有限公司", "370614", "王立群", "蓬莱区南王街道葡萄路6号",
               "2012年09月20日")
ZHANGJIAGOU = _reg("hc-04", "烟台张家沟酒业有限公司", "370686", "张成", "栖霞市松山街道张家沟村",
                   "2010年03月08日")
HONGFUSHI = _reg("hc-05", "栖霞市红富士果品专业合作社", "370686", "林果", "栖霞市观里镇东林村",
                 "2014年10月16日", COOP)
SHENGE = _reg("hc-06", "烟台市牟平区参哥海产品商行", "370612", "曲参", "牟平区养马岛街道前海路5号",
              "2020年11月11日", SOLE)
YINGTAO = _reg("hc-07", "福山区樱桃姐姐水果店", "370611", "孙樱", "福山区门楼镇樱桃沟村18号",
               "2021年05月20日", SOLE)
FUSHAN = _reg("hc-08", "烟台市福山区大樱桃种植专业合作社", "370611", "吕春生", "福山区张格庄镇",
              "2011年06月06日", COOP)
FENSI = _reg("hc-09", "龙口市丝路粉丝食品店", "370681", "杨文", "龙口市东莱街道港城大道77号",
             "2018年02月14日", SOLE)
GANHUO = _reg("hc-10", "烟台芝罘湾海味干货有限公司", "370602", "周湾", "芝罘区只楚街道卧龙路9号",
              "2017年08月30日")
MUCHANG = _reg("hc-11", "烟台东海岸海洋牧场科技有限公司", "370687", "徐洋",
               "海阳市凤城街道滨海路1号", "2021年01月05日")
CHANGDAO = _reg("hc-12", "长岛县渔家乐海带加工厂", "370634", "邹海", "长岛县南长山街道",
                "2008年05月01日", SOLE)
OLD_MUCHANG = _reg("hc-11-old", "海阳市东海岸水产养殖有限公司", "370687", "徐洋",
                   "海阳市凤城街道滨海路1号", "2009年09月09日")
CARRIER = _reg("hc-carrier", "烟台顺航冷链物流有限公司", "370676", "韩运", "开发区长江路200号",
               "2015年03月03日")
SUPPLIER = _reg("hc-supplier", "烟台黄海参业加工有限公司", "370683", "黄参", "莱州市金仓街道",
                "2013年07月07日")

SHOPS = (
    Shop("hc-01", "yusao", "淘宝", "渔嫂即食海参旗舰店", YUSAO, "食品", shown_as(YUSAO),
         entry="店铺证照", permit=food_permit("370614", 31),
         notice=("冷链顺丰包邮，蓬莱海域5年生参，下单48小时内发货。",),
         items=(Item("h101", "渔嫂即食海参 500g 10-12头", "399",
                     (bad(MED, "每天一只即食海参，增强免疫力、降三高，术后和放化疗人群吃了抗肿瘤、"
                          "恢复快。", "an ordinary food (即食海参) sold as lowering blood pressure "
                          "and fighting tumours (cf. SAMR 2025 ordinary-food cases)"),
                      bad(ABS, "烟台第一参，品质全网最好。", "第一 and 全网最好 about the goods"),
                      decoy(ABS, "最佳食用期：解冻后24小时内。", "a usage tip (最佳食用期)")),
                     (decoy(RET, "冷冻即食海参未拆封支持七天无理由退货。",
                            "the shop grants the statutory return"),)),),
         reviews=(("海***猫", decoy(MED, "买给我爸的，他说吃着挺香，治不了病但当个补品不错。",
                                   "a buyer's own review, negated (治不了病)")),),
         note="即食海参 (ordinary food) sold as fighting tumours and lowering 三高; 烟台第一参"),
    Shop("hc-02", "chuanzhang", "抖音", "老船长海鲜档口", CHUANZHANG, "生鲜", shown_as(CHUANZHANG),
         cert="footer",
         notice=(decoy(RET, "鲜活海鲜属于鲜活易腐商品，不适用七天无理由退货；到货死亡拍照包赔。",
                       "消法 第二十五条: 鲜活易腐 goods are exempt, and damage is still paid"),),
         items=(Item("h201", "鲜活大对虾 2斤装", "89",
                     (decoy(ABS, "第一批开海大虾，9月1日起船。", "a batch (第一批), not a ranking"),
                      "顺丰冷链，烟台市区次日达。"),),
                Item("h202", "鲜活扇贝 5斤", "59",
                     (decoy(MED, "扇贝是海鲜不是药，痛风人群请遵医嘱少吃。",
                            "a health caution, no claim of effect"),)),),
         reviews=(("小***鱼", decoy(ABS, "客服说是码头最新鲜的，确实很鲜。",
                                   "a buyer quoting the superlative in a review")),),
         note="clean: seafood stall, licence only in the footer; 生鲜 needs no JY; lawful 鲜活 "
              "exemption"),
    Shop("hc-03", "xiandao", "京东", "蓬莱仙岛酒庄京东自营专区", XIANDAO, "酒水", shown_as(XIANDAO),
         entry="资质证照", permit=food_permit("370614", 52),
         items=(Item("h301", "仙岛干红葡萄酒 750ml×6", "688",
                     (bad(MED, "每晚一杯仙岛干红，软化血管、降血压，远离心脑血管疾病。",
                          "wine sold as treating blood pressure and vascular disease (cf. Hubei "
                          "2017 红酒 case)"),
                      decoy(ABS, "最佳饮用温度16–18℃，醒酒30分钟。",
                            "a serving tip (最佳饮用温度)"),
                      decoy(MED, "过量饮酒有害健康，孕妇及未成年人请勿饮用。",
                            "the statutory drinking warning")),
                     ("酒类商品未开封支持7天无理由退货。",)),),
         others=(("物流服务商",
                  decoy(MIS, f"冷链配送：{CARRIER.name} 统一社会信用代码 {CARRIER.uscc}",
                        "the carrier's licence beside the seller's, not the shop's")),),
         note="red wine sold as lowering blood pressure; the carrier's licence on the 证照 page"),
    Shop("hc-04", "zhangjiagou", "other", "张家沟葡萄酒庄园", ZHANGJIAGOU, "酒水",
         shown_as(ZHANGJIAGOU),
         cert="about", entry="关于我们", permit=food_permit("370686", 14), status="注销",
         status_date="2024年06月18日",
         intro=("张家沟庄园位于栖霞松山脚下，种植赤霞珠与蛇龙珠二十余年。",
                "我们坚持手工采摘，每串葡萄都经过两次分拣。"),
         items=(Item("h401", "张家沟赤霞珠干红 2021", "168",
                     ("橡木桶陈酿12个月，果香浓郁。",),
                     (decoy(RET, "未开封商品签收后七日内可无理由退货，运费由买家承担。",
                            "statutory return granted, return postage by the buyer (lawful)"),)),),
         note="the 官网 still shows the licence of an entity 注销 in 2024 (licence.deregistered); "
              "licence on 关于我们"),
    Shop("hc-05", "hongfushi", "拼多多", "栖霞红富士果园直发", HONGFUSHI, "水果",
         shown_as(HONGFUSHI, uscc=" ".join((HONGFUSHI.uscc[:6], HONGFUSHI.uscc[6:12],
                                            HONGFUSHI.uscc[12:]))),
         entry="店铺资质",
         notice=("果园现摘现发，80mm以上大果。",
                 decoy(MED, "苹果是水果，不能代替药物，请理性看待网上的养生说法。",
                       "a negation: the shop disclaims health effects")),
         items=(Item("h501", "栖霞红富士 10斤 80-85mm", "39.9",
                     (decoy(ABS, "今年第一茬果，糖度14以上。", "a batch (第一茬)"),),
                     (decoy(RET, "生鲜水果不支持七天无理由退货，坏果拍照按个赔付。",
                            "fresh fruit is exempt (鲜活易腐); damage is paid"),)),),
         reviews=(("拼***友", decoy(ABS, "店家说全网最甜，我吃着一般般吧。",
                                   "a buyer quoting 全网最甜 to doubt it")),),
         note="clean: a co-operative; code shown with spaces (valid); fruit needs no JY"),
    Shop("hc-06", "shenge", "淘宝", "参哥的小店", SHENGE, "食品", shown_as(SHENGE),
         entry="营业执照",
         notice=(bad(LURE, "大额订单、送礼定制请加店主V：shenge_2026，私下给您最低价。",
                     "the seller moves buyers to WeChat for private deals"),),
         items=(Item("h601", "淡干海参 250g", "980",
                     ("纯淡干，无糖无盐，泡发率1:8。",),
                     ("支持七天无理由退货。",)),),
         note="干海参 (食品) with no JY permit; the shop notice lures to WeChat"),
    Shop("hc-07", "yingtaojiejie", "抖音", "大樱桃姐姐", YINGTAO, "水果", None, cert="none",
         items=(Item("h701", "福山美早大樱桃 3斤 JJ级", "128",
                     (decoy(MED, "樱桃补铁治贫血是谣言，好吃就行，别当药吃。",
                            "a negation of a health claim"),),
                     (decoy(RET, "鲜果易腐，不支持无理由退货，坏果包赔。",
                            "fresh fruit exemption"),)),),
         note="no licence anywhere (a 个体户 that must display one)"),
    Shop("hc-08", "fushancoop", "京东", "福山大樱桃合作社", FUSHAN, "水果",
         shown_as(FUSHAN, uscc=with_wrong_check(FUSHAN.uscc)), entry="合作社资质",
         items=(Item("h801", "福山红灯大樱桃 2斤", "99",
                     (decoy(ABS, "第一步：收到后先冷藏2小时再吃。",
                            "a step (第一步) and a usage tip"),)),),
         note="the co-operative's code fails its check character"),
    Shop("hc-09", "fensi", "淘宝", "龙口粉丝老字号", FENSI, "食品", shown_as(FENSI),
         filing="YB13706810012345", entry="店铺资质",
         items=(Item("h901", "龙口绿豆粉丝 1kg", "25.8",
                     ("绿豆淀粉制作，久煮不烂。",),
                     (bad(RET, "食品类商品一经售出，不退不换，介意勿拍。",
                          "refuses the statutory return for sealed, non-perishable food"),)),),
         reviews=(("吃***货", decoy(ABS, "号称粉丝第一品牌，煮着确实不断。",
                                   "a buyer quoting 第一品牌")),),
         note="prepackaged food with its 备案 (no JY needed); refuses all returns"),
    Shop("hc-10", "ganhuo", "拼多多", "芝罘湾海味", GANHUO, "食品",
         shown_as(GANHUO, uscc=SUPPLIER.uscc), entry="商家资质", permit=food_permit("370602", 77),
         items=(Item("h1001", "烟台鱿鱼丝 500g", "36.9",
                     (decoy(MIS, f"生产商：{SUPPLIER.name}（统一社会信用代码 {SUPPLIER.uscc}）",
                            "the producer's code on the goods page, not the shop's licence"),)),),
         note="the 商家资质 page shows the supplier's valid code under the seller's own name"),
    Shop("hc-11", "muchang", "other", "东海岸海洋牧场", MUCHANG, "生鲜", shown_as(MUCHANG),
         cert="about", entry="关于我们",
         former=Filed(OLD_MUCHANG, "注销", "2021年03月01日"),
         intro=(f"牧场前身为{OLD_MUCHANG.name}，该公司已于2021年注销，业务由本公司承接。",
                decoy(ABS, "依据《广告法》，本站不使用“最”“第一”“国家级”等用语。",
                      "the site quotes the banned words to comply"),
                decoy(MED, "我们的海参是普通食品，不具有治疗疾病的功能。", "a disclaimer")),
         items=(Item("h1101", "牧场鲜活海参 2斤", "298",
                     ("海阳近海底播，自然生长。",),
                     ("鲜活产品不适用七天无理由退货，死参包赔。",)),),
         others=(("冷链合作",
                  decoy(MIS, f"配送由{CARRIER.name}承运，统一社会信用代码 {CARRIER.uscc}",
                        "the carrier's licence, not the seller's")),),
         note="clean: 官网, licence on 关于我们; a predecessor's 注销 told; the carrier's code"),
    Shop("hc-12", "changdao", "抖音", "长岛渔家海带", CHANGDAO, "食品", shown_as(CHANGDAO),
         entry="店铺资质", permit=food_permit("370634", 8),
         notice=(decoy(LURE, "关注抖音号“长岛渔家”看每天出海直播，下单请在抖音小店。",
                       "follows the shop's own on-platform account; no off-platform contact"),),
         items=(Item("h1201", "长岛淡干海带 500g", "19.9",
                     (decoy(MED, "海带含碘，甲状腺疾病患者请遵医嘱食用。", "a health caution"),),
                     ("支持7天无理由退货。",)),),
         note="clean: division 370634 (长岛县, abolished) in a valid code; JY shown"),
)
