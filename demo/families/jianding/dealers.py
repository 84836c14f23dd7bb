"""The jianding family's dealers: Yantai resale (鉴定) and cross-border (跨境) shops, as data.

Wording modelled (paraphrased) on published material: the 《网络购买商品七日无理由退货暂行
办法》 (第六条's statutory exemptions; 第七条: goods whose unsealing affects safety, activated
goods, near-expiry and flawed goods are exempt only when the buyer confirms at purchase, and
without that confirmation the seller may not refuse), SAMR's typical cases of ordinary food
sold as dissolving blood clots (纳豆激酶 溶栓), platform rules against 引导私下交易 (a WeChat id,
私聊, 免手续费 transfers), and resale platforms' 鉴定 / 查验 notices.
"""

from __future__ import annotations

from demo.families.codes import check_char, code_for, food_permit, with_wrong_check
from demo.families.corpus import Filed, Registered, bad, decoy, shown_as
from demo.families.jianding import Dealer, Lot

ABS, MED, RET = "ad.absolute_terms", "ad.medical_claims", "returns.refused"
LURE, MIS = "live.offplatform_lure", "licence.mismatch"
LTD = "有限责任公司（自然人投资或控股）"
SOLE = "个体工商户"


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = LTD) -> Registered:
    return Registered(name, code_for("jianding/" + seed, division, "2" if kind == SOLE else "1"),
                      kind, person, "山东省烟台市" + address, founded)


ZHENPIN = _reg("jd-01", "烟台甄品二手商品经营有限公司", "370602", "许真", "芝罘区南大街118号",
               "2019年03月21日")
BAOSHUI = _reg("jd-02", "烟台综保进口商品贸易有限公司", "370676", "林保", "开发区综合保税区北区8号",
               "2020年06月30日")
HANPIN = _reg("jd-03", "烟台韩品跨境电子商务有限公司", "370613", "朴韩", "莱山区港城东大街1号",
              "2018年10月10日")
JIMAI = _reg("jd-04", "烟台市芝罘区奢品寄卖行", "370602", "崔寄", "芝罘区海岸路66号",
             "2016年05月05日", SOLE)
LAOZHOU = _reg("jd-05", "烟台高新区老周钟表店", "370671", "周表", "高新区科技大道7号",
               "2017年09月09日", SOLE)
BAOBAO = _reg("jd-06", "烟台优选二手箱包有限公司", "370613", "于选", "莱山区观海路20号",
              "2015年02月02日")
CHAOXIE = _reg("jd-07", "烟台市福山区潮鞋铺", "370611", "潘鞋", "福山区福海路3号", "2021年08月08日",
               SOLE)
NAIFEN = _reg("jd-08", "烟台澳优保税贸易有限公司", "370676", "贺澳", "开发区综合保税区南区2号",
              "2019年12月12日")
JIUJIAO = _reg("jd-09", "烟台欧陆酒窖进口贸易有限公司", "370614", "欧阳窖", "蓬莱区海滨路9号",
               "2014年04月04日")
XIANGJI = _reg("jd-10", "烟台光影二手器材有限公司", "370602", "洪影", "芝罘区北马路50号",
               "2022年01月20日")
GUZHUO = _reg("jd-11", "烟台市莱山区旧时光古着店", "370613", "梁旧", "莱山区盛泉街22号",
              "2020年10月01日", SOLE)
FEICUI = _reg("jd-12", "招远市玉缘珠宝店", "370685", "翟玉", "招远市泉山街道金都路5号",
              "2013年03月03日", SOLE)
OLD_XIANGJI = _reg("jd-10-old", "芝罘区光影摄影器材店", "370602", "洪影", "芝罘区北马路50号",
                   "2012年06月06日", SOLE)
LAB = _reg("jd-lab", "烟台鉴真检测技术有限公司", "370671", "甄检", "高新区蓝海路3号",
           "2018年07月07日")
BROKER = _reg("jd-broker", "烟台港通国际物流供应链有限公司", "370676", "港通", "开发区长江路9号",
              "2011年11月11日")
_HQ17 = "91310115MA1K4T8B2"  # a Shanghai franchisor (浦东新区, not a Yantai seller)
FRANCHISOR = Registered("上海潮流鞋业连锁有限公司", _HQ17 + check_char(_HQ17), LTD, "沈潮",
                        "上海市浦东新区张江路100号", "2016年06月16日")


def _spaced(code: str) -> str:
    return " ".join((code[:6], code[6:12], code[12:])).lower()


LAB_LINE = f"鉴定机构：{LAB.name}（统一社会信用代码 {LAB.uscc}）出具，报告编号可在平台查验。"
DEALERS = (
    Dealer("jd-01", "zhenpin", "得物", "甄品二手奢品", "Pre-owned luxury, authenticated in Yantai",
           ZHENPIN, "箱包", shown_as(ZHENPIN),
           notices=("每件商品均经平台与第三方双重鉴定。Every item is double-checked.",),
           steps=(decoy(ABS, "第一步：看五金刻字。Step 1: check the hardware engraving.",
                        "a step (第一步), not a ranking"),
                  "第二步：看走线与皮料。Step 2: stitching and leather."),
           lots=(Lot("z1", "经典款单肩包 中号", "12800", "9成新",
                     ("附原装防尘袋，无购物小票。",),
                     decoy(MIS, LAB_LINE, "the lab's code on its report, not the shop's licence"),
                     (bad(RET, "二手商品一经售出，概不退换。All sales are final.",
                          "refuses every return of used goods (not a statutory exemption)"),)),),
           reviews=(("l***a", decoy(ABS, "客服说是烟台最靠谱的店，包包确实是正品。",
                                    "a buyer quoting a superlative")),),
           note="used bags sold as 概不退换 / All sales are final"),
    Dealer("jd-02", "baoshui", "天猫国际", "烟台保税日本馆",
           "Japan imports from Yantai bonded zone", BAOSHUI, "保健食品", shown_as(BAOSHUI),
           permit=food_permit("370676", 58),
           notices=("本店商品为跨境进口商品，无中文标签，以海关申报为准。Cross-border goods.",),
           lots=(Lot("b1", "纳豆激酶胶囊 120粒", "298", "全新",
                     (bad(MED, "纳豆激酶溶解血栓、疏通血管，中老年人预防中风必备。Dissolves blood "
                          "clots.", "a food sold as dissolving clots and preventing stroke "
                          "(cf. SAMR typical cases)"),),
                     "",
                     (decoy(RET, "跨境商品同样支持七天无理由退货（未拆封）。7-day returns for "
                            "unopened items.", "the shop grants the statutory return"),)),),
           third=(("清关服务 Customs broker",
                   decoy(MIS, f"清关服务商：{BROKER.name} 统一社会信用代码 {BROKER.uscc}",
                         "the customs broker's licence beside the seller's")),),
           note="cross-border 纳豆激酶 sold as dissolving blood clots; JY shown"),
    Dealer("jd-03", "hanpin", "京东国际", "韩品直邮馆", "Korean beauty, shipped direct",
           HANPIN, "化妆品", shown_as(HANPIN),
           notices=(decoy(LURE, "官方客服请通过京东咚咚联系，我们不会索要您的微信。",
                          "the seller keeps contact on the platform"),),
           lots=(Lot("h1", "水乳套装 2件", "199", "全新",
                     ("韩国本土版，海关已申报。",), "",
                     (decoy(RET, "已拆封的护肤品经您购买时确认，不适用七天无理由退货；未拆封可退。",
                            "第七条: unsealed cosmetics exempt only with the buyer's confirmation, "
                            "as here; sealed ones returnable"),)),),
           reviews=(("韩***迷", decoy(ABS, "朋友说这是韩国卖得第一的水乳，我用着一般。",
                                     "a buyer quoting 第一")),),
           third=(("清关服务 Customs broker",
                   decoy(MIS, f"{BROKER.name}（{BROKER.uscc}）负责本店商品清关。",
                         "the customs broker's licence beside the seller's")),),
           note="clean: bilingual cross-border shop; a broker's code; lawful 第七条 exemption"),
    Dealer("jd-04", "jimai", "得物", "奢品寄卖行", "Consignment since 2016", JIMAI, "箱包",
           shown_as(JIMAI, uscc=with_wrong_check(JIMAI.uscc)),
           lots=(Lot("j1", "链条包 小号", "8600", "8成新", ("寄卖商品，已鉴定。",), "",
                     ("支持七天无理由退货，需保持鉴定扣完好。",)),),
           note="the licence's code fails its check character"),
    Dealer("jd-05", "laozhou", "抖音", "老周名表鉴定", "二十年钟表鉴定经验", LAOZHOU, "钟表",
           shown_as(LAOZHOU),
           notices=(bad(ABS, "全网最专业的名表鉴定，烟台第一家。",
                        "最专业 and 第一家 about the shop"),
                    bad(LURE, "想要便宜的私聊，走微信转账免手续费，V：zhou_watch。",
                        "the seller moves buyers to WeChat transfers")),
           lots=(Lot("w1", "二手机械表 40mm", "15800", "95新", ("表盘无划痕，走时精准。",), "",
                     ("支持七天无理由退货。",)),),
           note="最专业 / 第一家, and a WeChat id for private transfers"),
    Dealer("jd-06", "baobao", "闲鱼", "二手包包严选", "闲鱼鱼小铺 · 莱山实体店", BAOBAO, "箱包",
           shown_as(BAOBAO), status="吊销，未注销", status_date="2025年09月01日",
           lots=(Lot("y1", "托特包 大号", "3200", "8成新", ("实体店可自提。",), "",
                     ("七天无理由退货，吊牌完好。",)),),
           note="the shop shows the licence of an entity whose licence was revoked (吊销)"),
    Dealer("jd-07", "chaoxie", "得物", "潮鞋验货铺", "Sneakers, checked twice", CHAOXIE, "鞋靴",
           shown_as(FRANCHISOR),
           lots=(Lot("c1", "复刻篮球鞋 42码", "1299", "全新", ("得物查验通过。",), "",
                     ("支持七天无理由退货。",)),),
           note="the 资质 page shows the Shanghai franchisor's licence, not the seller's own"),
    Dealer("jd-08", "naifen", "天猫国际", "澳洲奶粉保税直供", "Australian formula via Yantai",
           NAIFEN, "食品", shown_as(NAIFEN),
           lots=(Lot("n1", "婴儿配方奶粉 3段 800g", "238", "全新",
                     ("保税仓发货，附报关单。",), "",
                     (decoy(RET, "临近保质期商品已在页面明示，经您下单时确认不适用七天无理由退货。",
                            "第七条: near-expiry goods, disclosed and confirmed at purchase"),)),),
           note="a food importer shows no 食品经营许可证"),
    Dealer("jd-09", "jiujiao", "京东国际", "欧陆酒窖", "European wines, cellar-stored in Penglai",
           JIUJIAO, "酒水", shown_as(JIUJIAO, uscc=_spaced(JIUJIAO.uscc)),
           permit=food_permit("370614", 71),
           lots=(Lot("e1", "波尔多干红 2019", "368", "全新",
                     (decoy(ABS, "最佳饮用期：2024–2030年。", "a drinking window (最佳饮用期)"),
                      decoy(MED, "饮酒有害健康，未成年人禁止饮酒。", "the statutory warning")),
                     "", ("未开封支持七天无理由退货。",)),),
           reviews=(("酒***客", decoy(ABS, "店家说是他们家最好喝的一款，确实不错。",
                                     "a buyer quoting 最好喝")),),
           note="clean: code spaced and lower case (valid); JY shown"),
    Dealer("jd-10", "xiangji", "得物", "光影二手相机", "Used cameras, tested", XIANGJI, "数码",
           shown_as(XIANGJI), former=Filed(OLD_XIANGJI, "注销", "2022年01月10日"),
           extra=(f"本店原为{OLD_XIANGJI.name}，已于2022年注销，现由本公司经营。",),
           lots=(Lot("x1", "二手微单相机 机身", "5600", "9成新",
                     ("快门次数约8000次。",), decoy(MIS, LAB_LINE, "the lab's code on its report"),
                     (decoy(RET, "已激活的二手相机经您购买时确认不适用七天无理由；未激活的可退。",
                            "第七条: activated goods exempt with the buyer's confirmation"),)),),
           note="clean: tells of its 注销 predecessor; the lab's code on a report"),
    Dealer("jd-11", "guzhuo", "得物", "旧时光古着屋", "Vintage clothing", GUZHUO, "服装", None,
           cert="none",
           lots=(Lot("g1", "复古牛仔外套", "399", "8成新", ("九十年代款。",), "",
                     ("支持七天无理由退货。",)),),
           note="a trading shop with no licence anywhere"),
    Dealer("jd-12", "feicui", "抖音", "玉缘翡翠", "招远玉缘 · 证书齐全", FEICUI, "珠宝",
           shown_as(FEICUI),
           notices=(decoy(MED, "翡翠是饰品，不能治病，“养人”只是说法。", "a negation"),
                    decoy(LURE, "抖音电商提醒已阅：本店只在抖音小店交易。",
                          "the seller trades on the platform only")),
           lots=(Lot("f1", "翡翠平安扣", "2680", "全新", ("附检测证书。",), "",
                     (decoy(RET, "刻字定制款不退，其余七天无理由。", "定作 goods exempt"),)),),
           note="clean: negated health claim, on-platform trading, lawful 定作 exemption"),
)
