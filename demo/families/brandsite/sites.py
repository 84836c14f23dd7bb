"""The brandsite sites: Yantai brands' own 独立站, English first with Chinese, as data.

Copy follows the way such stores write (hero lines, "Our story", "Shipping & Returns",
"All sales are final", "Personalised items are final sale") with the Chinese beside it;
footers carry the ICP 备案 and 公安备案 lines, and some the payment provider's or the web
agency's licence. A self-built site has no platform: its own WeChat is no lure.
"""

from __future__ import annotations

from demo.families.brandsite import Product, Site
from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, Said, bad, decoy, shown_as

ABS, MED, RET, LURE = ("ad.absolute_terms", "ad.medical_claims", "returns.refused",
                       "live.offplatform_lure")
MISMATCH = "licence.mismatch"
LTD = "有限责任公司（自然人投资或控股）"
PAY = decoy(MISMATCH, "Payments processed by 烟台汇付通支付有限公司（统一社会信用代码 "
            + code_for("bs-pay", "370602") + "，支付业务许可证 Z2037060000019）",
            "the payment provider's licence in the footer: a third party, not the seller")
AGENCY = decoy(MISMATCH, "Website by 烟台云帆网络科技有限公司 · 统一社会信用代码 "
               + code_for("bs-agency", "370613") + " · 技术支持",
               "the web agency's code in the footer (技术支持): a third party")
WECHAT = decoy(LURE, "Customer care / 客服微信：coastwine_service（工作日 9:00-18:00）",
               "a self-built site's own WeChat contact: there is no platform to lure buyers off")


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = LTD) -> Registered:
    return Registered(name, code_for(seed, division, "2" if kind == "个体工商户" else "1"), kind,
                      person, f"山东省烟台市{address}", founded)


COAST = _reg("bs-01", "烟台蓬莱海岸葡萄酿酒有限公司", "370614", "王岸", "蓬莱区南王街道葡萄路9号",
             "2011年05月05日")
OCEANIC = _reg("bs-02", "烟台深蓝海洋食品进出口有限公司", "370602", "孙蓝", "芝罘区港湾大道18号",
               "2009年08月18日")
LINEN = _reg("bs-03", "莱州市棉麻时光服饰有限公司", "370683", "赵麻", "莱州市文峰路街道纺织园3号",
             "2019年04月04日")
GOLDEN = _reg("bs-04", "招远市金穗首饰设计有限公司", "370685", "李穗", "招远市罗峰街道金晖路6号",
              "2016年06月06日")
SEAMUD = _reg("bs-05", "烟台海泥美肤化妆品有限公司", "370612", "曲泥", "牟平区宁海街道海泥路2号",
              "2020年02月20日")
FORGE = _reg("bs-06", "烟台福山区匠刀厨具有限公司", "370611", "于匠", "福山区福新街道工业路15号",
             "2015年10月10日")
ENGRAVE = _reg("bs-07", "烟台刻意礼品工作室", "370613", "高刻", "莱山区科技大道55号",
               "2021年03月03日", "个体工商户")
APPLE = _reg("bs-08", "烟台红果农业科技有限公司", "370686", "牟果", "栖霞市观里镇果园路1号",
             "2017年09月01日")
HARBOR = _reg("bs-09", "烟台海岸国际贸易有限公司", "370676", "刘港", "开发区长江路300号",
              "2012年12月12日")
VERMI = _reg("bs-10", "龙口市晶丝食品有限公司", "370681", "邹晶", "龙口市东江街道粉丝大道7号",
             "2018年01月08日")
HERBTEA = _reg("bs-12", "烟台本草源茶业有限公司", "370612", "牟本草", "牟平区武宁街道茶园路20号",
               "2019年11月19日")
TREPANG = _reg("bs-11", "烟台参王海洋生物有限公司", "370671", "姜参", "高新区海天路88号",
               "2014年07月07日")

SITES: tuple[Site, ...] = (
    Site("bs-01", "coastwine", "Penglai Coast Winery", COAST, "酒水", shown_as(COAST), "about",
         (Product("cabernet-2023", Said("Coast Cabernet Sauvignon 2023 · 蓬莱赤霞珠干红"), "168",
                  (decoy(ABS, "Best served at 16–18°C. 最佳饮用温度16–18℃。", "a serving tip "
                         "(最佳 in a usage condition) is exempt"),
                   Said("Not for sale to persons under 18. 未成年人请勿饮酒。"))),),
         hero=(Said("Wines from the Penglai coast · 来自蓬莱海岸的葡萄酒"),),
         about=(Said("Our story: three generations of growers on the Bohai coast. 我们的故事："
                     "三代人在渤海湾畔种葡萄。"),),
         policy=(Said("Returns accepted within 7 days of delivery for unopened bottles. "
                      "签收后7天内未开封商品支持无理由退货。"),),
         contact=(WECHAT,), permit=food_permit("370614", 10234),
         note="Clean: licence and food permit on About us / Imprint; the brand is not the "
              "registered name; a serving tip; its own WeChat (no platform to lure off)."),
    Site("bs-02", "deepblue", "DeepBlue Seafood", OCEANIC, "食品",
         shown_as(OCEANIC, uscc=f"{OCEANIC.uscc[:9]} {OCEANIC.uscc[9:]}".lower()), "footer",
         (Product("scallop", Said("Frozen Bay Scallops 1kg · 冷冻扇贝柱"), "128",
                  (decoy(ABS, "Best before: 18 months frozen. 最佳食用期：冷冻18个月。",
                         "最佳食用期 is a usage tip"),
                   decoy(RET, "Frozen seafood cannot be returned once delivered unless "
                         "damaged. 冷冻生鲜签收后不支持无理由退货，破损包赔。", "perishable "
                         "goods are a statutory exception"))),),
         hero=(Said("Export-grade seafood, now at home · 出口品质海鲜，国内也能买"),),
         about=(Said("We have shipped Yantai seafood to Korea and Japan since 2009."),),
         permit=food_permit("370602", 20456),
         note="Clean: licence and permit only in the footer of every page; usage tips and a "
              "lawful exclusion for frozen seafood."),
    Site("bs-03", "linentime", "LINEN TIME", LINEN, "服装", None, "none",
         (Product("linen-shirt", Said("Washed Linen Shirt · 水洗亚麻衬衫"), "299"),),
         hero=(Said("Slow linen, made in Laizhou · 莱州慢工亚麻"),),
         about=(Said("A small studio of six tailors. 六位裁缝的小工作室。"),),
         parties=(PAY, AGENCY),
         note="No seller licence anywhere: the footer shows only the payment provider's and "
              "the web agency's codes, and the ICP 备案 (which is no business licence)."),
    Site("bs-04", "goldenear", "Golden Ear Jewellery", GOLDEN, "珠宝首饰",
         shown_as(GOLDEN, uscc=with_wrong_check(GOLDEN.uscc, 7)), "about",
         (Product("wheat-ring", Said("Wheat Ear Gold Ring 足金麦穗戒指"), "2680"),),
         hero=(Said("Zhaoyuan gold, designed by hand · 招远黄金，手绘设计"),),
         about=(Said("Our designers grew up in China's gold town, Zhaoyuan."),),
         parties=(PAY,),
         note="The Imprint shows a code whose check character is wrong; the payment "
              "provider's code in the footer is valid and a third party's."),
    Site("bs-05", "seamud", "SeaMud Skin Lab", SEAMUD, "化妆品", shown_as(SEAMUD), "about",
         (Product("mud-mask", bad(MED, "Sea Mud Mask – heals eczema & acne · 海泥面膜 治疗湿疹"
                                       "痤疮", "a cosmetic claiming to treat eczema and acne "
                                       "(广告法 第十七条)"), "198",
                  (bad(MED, "7天祛痘消炎，激素脸也能修复，比皮肤科的药膏还管用。", "medical "
                       "terms (消炎, cure, compared with medicine) on a cosmetic"),)),),
         hero=(Said("Minerals from the Yellow Sea · 来自黄海的矿物泥"),),
         about=(Said("Founded by two chemists from Muping. 两位牟平化学工程师创办。"),),
         note="Licence on the Imprint; the mask is sold as healing eczema and acne."),
    Site("bs-06", "forge", "FORGE Kitchen", FORGE, "厨具", shown_as(FORGE), "about",
         (Product("chef-knife", Said("Damascus Chef Knife 8\" · 大马士革主厨刀"), "699"),),
         hero=(Said("Hand-forged in Fushan since 1998 · 福山手工锻造"),),
         about=(Said("Fushan has forged kitchen knives for a hundred years."),),
         policy=(bad(RET, "All sales are final. 所有商品一经售出概不退换。", "a blanket refusal "
                     "of returns for ordinary goods (消法 第二十五条, 第二十六条)"),),
         parties=(AGENCY,),
         note="Licence on the Imprint; its Shipping & Returns says all sales are final."),
    Site("bs-07", "keyi", "KEYI Engraving", ENGRAVE, "礼品", shown_as(ENGRAVE), "about",
         (Product("name-pen", Said("Engraved Name Pen · 定制刻字钢笔"), "159",
                  (decoy(RET, "Personalised items are final sale. 定制刻字商品属按消费者要求定作，"
                         "不适用七天无理由退货。", "made-to-order goods are a statutory "
                         "exception"),)),),
         hero=(Said("Gifts with your words on them · 刻上你的话"),),
         about=(Said("A one-woman studio in Laishan. 莱山的一人工作室。"),),
         policy=(Said("Non-personalised items: 7-day returns. 非定制商品支持七天无理由退货。"),),
         note="Clean: an individual business's licence on About us; engraved goods lawfully "
              "excluded, others returnable."),
    Site("bs-08", "redfruit", "Red Fruit Orchard", APPLE, "水果", shown_as(APPLE), "about",
         (Product("fuji-10", Said("Qixia Fuji Apples 5kg · 栖霞红富士"), "88",
                  (decoy(MED, "Apples are food, not medicine. 苹果是食物，不能治病，"
                         "也不能代替药物。", "a negation of any health claim"),)),),
         hero=(decoy(ABS, "The first apples of the 2026 harvest · 2026年第一批新果",
                     "第一批 is a batch, not a rank"),),
         about=(Said("Orchards in Guanli town, Qixia. 栖霞观里镇果园。"),),
         contact=(decoy(LURE, "Orders by WeChat welcome / 也可加微信下单：redfruit_qx",
                        "the site's own ordering channel: a self-built site has no platform "
                        "to lure buyers off"),),
         parties=(PAY,),
         note="Clean: fruit needs no food permit; 第一批 is a batch; a denial of cures; its own "
              "WeChat for orders; the payment provider's licence is a third party's."),
    Site("bs-09", "harbortrade", "Harbor & Co.", HARBOR, "日用百货",
         shown_as(HARBOR, name="烟台海岸贸易有限公司"), "about",
         (Product("tote", Said("Canvas Harbor Tote · 帆布托特包"), "129"),),
         hero=(Said("Goods from the port city · 港城好物"),),
         about=(Said("Import and export of daily goods since 2012."),),
         note="The Imprint names 烟台海岸贸易有限公司 where the registry has "
              "烟台海岸国际贸易有限公司 (a name not kept up to date: a mismatch)."),
    Site("bs-10", "crystalvermicelli", "Crystal Vermicelli", VERMI, "食品", shown_as(VERMI),
         "about",
         (Product("mung-400", Said("Longkou Mung Bean Vermicelli 400g×6 · 龙口绿豆粉丝"), "39.9",
                  (Said("生产许可证：SC12337068100778 · 执行标准 GB/T 23587"),)),),
         hero=(Said("Longkou vermicelli, since 1860 recipes · 龙口粉丝"),),
         about=(Said("From Zhaoyuan and Longkou mung beans to your table."),),
         parties=(AGENCY,),
         note="A food seller's Imprint shows its licence but no 食品经营许可证 (the SC number is "
              "a production licence of the maker, not the sales permit)."),
    Site("bs-11", "trepangking", "Trepang King", TREPANG, "食品", shown_as(TREPANG), "about",
         (Product("dried-trepang", bad(ABS, "China's No.1 Sea Cucumber · 中国第一海参品牌 顶级"
                                            "淡干海参", "No.1 / 第一 / 顶级 about its own goods "
                                            "(广告法 第九条第三项)"), "1880"),),
         hero=(Said("Wild sea cucumbers from Yantai · 烟台野生海参"),),
         about=(Said("Since 2014, in Yantai Hi-tech Zone."),),
         parties=(PAY,), permit=food_permit("370671", 30099),
         note="Licence and permit on the Imprint; its product claims No.1 / 顶级; the payment "
              "provider's licence in the footer is a third party's."),
    Site("bs-12", "herbsource", "HerbSource Tea", HERBTEA, "食品", shown_as(HERBTEA), "about",
         (Product("vessel-tea", bad(MED, "Clear Vessel Tea · 通脉茶 化掉血管斑块", "a tea said "
                                        "to dissolve plaque in the blood vessels: an effect on "
                                        "the body claimed for a food (广告法 第十七条)"), "98",
                  (bad(MED, "每天三杯，把血管里的垃圾和斑块慢慢化掉，血管通了，头就不晕了。",
                       "dissolving what clogs the vessels, without a disease word"),
                   Said("配料：山楂、决明子、荷叶、玉米须。"))),),
         hero=(Said("Herbal teas from the Kunyu mountains · 昆嵛山本草茶"),),
         about=(Said("Family tea garden on the slopes of Kunyu Mountain since 2019."),),
         parties=(AGENCY,), permit=food_permit("370612", 40678),
         note="Licence and permit on the Imprint; the tea is sold as dissolving plaque in the "
              "blood vessels (a claim of effect on the body, no disease named)."),
)
