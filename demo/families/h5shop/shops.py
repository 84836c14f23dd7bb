"""The H5 shops: small Yantai sellers on 微店, 有赞 and 小红书, in their own words.

Wording adapted from how such shops and their buyers write (店主说, 售后说明, 买家评价),
from platform rule pages (快手小店 私下交易 examples: 主页有V, 加客服), and from the
SAMR / 中消协 consumer notice on ordinary food sold with disease claims.
"""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, Said, bad, decoy, shown_as
from demo.families.h5shop import Item, Shop

ABS, MED, RET, LURE = "ad.absolute_terms", "ad.medical_claims", "returns.refused", \
    "live.offplatform_lure"
LTD = "有限责任公司（自然人投资或控股）"
GETI = "个体工商户"
COOP = "农民专业合作社"


def _reg(seed: str, name: str, division: str, person: str, address: str,
         kind: str = LTD, founded: str = "2021年06月18日") -> Registered:
    category = "2" if kind == GETI else "3" if kind == COOP else "1"
    return Registered(name, code_for(seed, division, category), kind, person,
                      f"山东省烟台市{address}", founded)


def _plain(*texts: str) -> tuple[Said, ...]:
    return tuple(Said(t) for t in texts)


AQIANG = _reg("hs-01", "烟台市牟平区阿强海参店", "370612", "姜强", "牟平区养马岛渔港路16号", GETI)
PINGGUO = _reg("hs-02", "栖霞市苹果小院果品专业合作社", "370686", "衣振华", "栖霞市桃村镇北庄村",
               COOP, "2019年03月02日")
LUJIAO = _reg("hs-03", "烟台鹿角湾饰品有限公司", "370602", "于晓鹿", "芝罘区朝阳街42号")
XIAOLU = _reg("hs-04", "烟台莱山小鹿母婴用品有限公司", "370613", "孙丽", "莱山区迎春大街118号")
HAIYUN = _reg("hs-05", "烟台蓬莱海韵葡萄酒有限公司", "370614", "刘海韵", "蓬莱区刘家沟镇酒庄路8号",
              founded="2016年09月12日")
AMEI = _reg("hs-06", "烟台市芝罘区阿美服装店", "370602", "王美", "芝罘区南大街商城二楼", GETI)
WANGDJ = _reg("hs-07", "烟台市福山区王大姐果品店", "370611", "王秀英", "福山区门楼镇樱桃沟", GETI)
HAISHAI = _reg("hs-08", "海阳市海晒水产品有限公司", "370687", "宋海", "海阳市凤城街道海滨路3号")
JIANG = _reg("hs-09", "龙口市姜小妹食品有限公司", "370681", "姜敏", "龙口市东莱街道港城路21号")
YUJIA = _reg("hs-10", "烟台市蓬莱区长岛渔家海鲜店", "370614", "隋大海", "蓬莱区长岛南长山街道",
             GETI)
HONGHAI = _reg("hs-10/supplier", "烟台长岛宏海水产有限公司", "370614", "隋宏", "蓬莱区长岛北城村")
HAOYUN = _reg("hs-11", "烟台芝罘好运电器有限公司", "370602", "周运", "芝罘区西关南街9号")
OTHER = _reg("hs-11/other", "烟台牟平好运家电维修部", "370612", "周福", "牟平区正阳路5号", GETI)
JUZI = _reg("hs-12", "烟台市莱山区小橘子文具店", "370613", "林橘", "莱山区观海路30号", GETI)

SHOPS = (
    Shop("hs-01", "weidian", "8101", "渔港阿强海参", AQIANG, "食品", shown_as(AQIANG), "image",
         _plain("自家海参圈，十几年老渔民，冷链顺丰包邮。"),
         (Item("即食刺参 500g（8-10头）", "398.00", (
             Said("养马岛自家圈养，三年以上生长期，一只一只手工去沙。"),
             bad(MED, "术后、化疗后的家人吃它恢复得快，血糖高的老人天天一只，"
                 "复查指标一天比一天好看。",
                 "an ordinary food claimed to speed recovery from surgery and chemo and improve "
                 "blood sugar (广告法 art. 17)")),
               (decoy(RET, "即食海参属于鲜活易腐商品，签收后不适用七天无理由退货；"
                      "如有化冻变质，请在24小时内拍照联系客服处理。",
                      "perishable goods are a statutory exception (消法 art. 25); quality "
                      "problems still handled"),),
               (decoy(MED, "给我妈买的，她说吃了腿脚都有劲了，比药还管用。",
                      "a buyer's review: the buyer's words, not the seller's claim",
                      "海边的风"),)),),
         note="个体户 海参 shop: licence only as a watermarked photo; ready-to-eat sea cucumber "
              "with no 食品经营许可证; disease claim in the detail; buyer's review quotes one"),
    Shop("hs-02", "youzan", "52033", "栖霞苹果小院", PINGGUO, "水果", shown_as(PINGGUO), "text",
         _plain("合作社32户果农，树上自然熟的红富士，现摘现发。"),
         (Item("栖霞红富士 5斤装 果径80mm+", "39.90", _plain("脆甜多汁，冰糖心随机。"),
               (decoy(RET, "水果属于生鲜易腐商品，不适用七天无理由退货。收到后如有磕碰烂果，请保留"
                      "外箱拍照联系客服，按坏果个数退款。",
                      "fresh fruit: perishable, a statutory exception; bad fruit refunded"),),
               (Said("一直回购，甜，个头也匀。", who="阿梅"),),
               decoy(LURE, "有赞提醒您：请在有赞内完成沟通与交易，任何要求添加个人微信、"
                     "扫码付款的都可能是诈骗。", "the platform's own anti-fraud banner")),),
         note="cooperative selling its own apples: licence text in 店铺资质 (shop name differs "
              "from the registered name), farm produce needs no food permit; clean"),
    Shop("hs-03", "xiaohongshu", "5f2a91", "鹿角湾手作银饰", LUJIAO, "饰品", shown_as(LUJIAO),
         "sheet", _plain("一个人的小作坊，每一件都是手工敲出来的。"),
         (Item("S999足银 刻字手镯", "268.00", (
             bad(ABS, "用的是顶级999足银，这手工艺敢说全网第一。",
                 "顶级 and 全网第一 about the seller's own goods (广告法 art. 9(3))"),
             Said("可刻字，下单备注刻字内容，3-5天手工制作。")),
               (decoy(RET, "刻字、定制尺寸的款式属于按您要求定做的商品，依法不适用七天无理由退货；"
                      "不刻字的现货款支持7天无理由（不影响二次销售）。",
                      "made to order: a statutory exception; stock pieces returnable"),),
               (decoy(ABS, "是我今年买过最满意的一件首饰了，包装也很用心。",
                      "a buyer's review uses 最, the seller claims nothing", "小满不吃香菜"),)),),
         note="handmade silver: licence in the 店铺资质 pop-up sheet; absolute terms in the "
              "detail; custom-made exemption and a buyer's superlative are decoys"),
    Shop("hs-04", "weidian", "8144", "小鹿妈妈辅食", XIAOLU, "食品",
         shown_as(XIAOLU, uscc=with_wrong_check(XIAOLU.uscc)), "route",
         _plain("两个娃的妈妈开的小店，只卖自己家孩子也在吃的东西。"),
         (Item("原味婴儿米粉 225g", "59.00", _plain(
             "无添加白砂糖和食盐，6月龄以上宝宝可食用。",
             "冲调：米粉与温水1:4，现冲现吃。"),
               (Said("未拆封商品签收7天内可无理由退货。"),),
               (Said("宝宝爱吃，冲出来很细腻。", who="糖糖妈"),),
               decoy(LURE, "为保障交易安全，请勿通过私聊、二维码转账等方式进行站外交易。",
                     "the platform's banner warns against off-platform payment")),),
         permit=food_permit("370613", 3105),
         note="baby food shop: licence on its own 店铺证照 route with a mistyped check "
              "character; permit shown; the platform's warning is a decoy"),
    Shop("hs-05", "youzan", "52060", "蓬莱海韵酒庄", HAIYUN, "酒水",
         shown_as(HAIYUN, name="烟台蓬莱海韵酒业有限公司"), "text",
         _plain("蓬莱海岸葡萄酒产区，酒庄自有葡萄园。"),
         (Item("蛇龙珠干红葡萄酒 750ml", "168.00", (
             Said("酒精度12.5%vol，原料：葡萄汁。"),
             decoy(ABS, "建议开瓶醒酒30分钟，最佳饮用温度16-18℃。",
                   "最佳 in a serving tip, not a claim about quality (SAMR 2023 guide)")),
               (decoy(RET, "未开封的酒品签收后7天内可无理由退货；酒品开封饮用后影响二次销售，不予"
                      "退货，质量问题除外。", "returns allowed while sealed: lawful"),),
               (decoy(MED, "每天睡前喝一小杯，我睡得踏实多了。",
                      "a buyer's own experience in a review, not the seller's claim", "老周"),)),),
         permit=food_permit("370614", 2210),
         note="winery: 店铺资质 text shows a name that is not the registered one (old brand "
              "name) with the right code; the serving-temperature 最佳 is a decoy"),
    Shop("hs-06", "xiaohongshu", "60c3d7", "阿May的衣橱", AMEI, "服装", shown_as(AMEI), "sheet",
         (bad(LURE, "店里只放了一部分，更多实拍和内部价在主页简介那个v里，戳头像就能找到我~",
              "a cryptic pointer to a WeChat id on the profile to trade off the platform"),),
         (Item("法式碎花连衣裙", "129.00", _plain("雪纺面料，有内衬不透。"),
               (bad(RET, "清仓特价款，售出不退不换，介意慎拍哦。",
                    "a 清仓 label cannot exclude the 7-day return (消法 art. 25, 26)"),),
               (decoy(ABS, "这是我穿过最显瘦的一条裙子！", "a buyer's superlative", "Luna"),)),),
         note="个体户 clothing: licence in the pop-up sheet; a profile-pointer lure on the home "
              "page; clearance no-returns; buyer's superlative a decoy"),
    Shop("hs-07", "weidian", "8177", "福山大樱桃王大姐", WANGDJ, "水果", None, "",
         _plain("门楼镇自家樱桃园，每天早上现摘。"),
         (Item("福山美早大樱桃 2斤 JJ级", "88.00", (
             Said("果径26-28mm，单果8-10克。"),
             bad(LURE, "整箱批发和团购价不在这里拍，加我威信 wdj0535 发你报价。",
                 "asks buyers to add a WeChat (威信) id for prices off the platform")),
               (decoy(RET, "樱桃属于鲜活易腐商品，不支持七天无理由退货，坏果拍照包赔。",
                      "perishable fruit: a statutory exception"),)),),
         note="个体户 cherry grower with no licence shown anywhere; a WeChat lure in the detail; "
              "farm produce needs no food permit"),
    Shop("hs-08", "youzan", "52101", "海阳晒虾皮", HAISHAI, "食品", shown_as(HAISHAI), "text",
         _plain("海边晾晒，淡干无盐，袋装发货。"),
         (Item("淡晒虾皮 250g 袋装", "26.80", (
             Said("原料：毛虾。贮存：阴凉干燥处。"),
             decoy(MED, "本品为普通食品，不具有疾病预防、治疗功能，不能代替药物。",
                   "a negation: the seller says the food makes no medical claim")),
               (decoy(RET, "食品类未拆封7天内可退，拆封后因个人口味原因不退，质量问题包退。",
                      "sealed food returnable within 7 days; an opened food is not 完好"),)),),
         filing="YB13706870008812",
         note="prepackaged-food-only seller with its 备案 filing (no permit needed); licence "
              "text; a disclaimer negating medical claims; clean"),
    Shop("hs-09", "xiaohongshu", "61aa02", "姜小妹手工红糖", JIANG, "食品", shown_as(JIANG),
         "image", _plain("龙口老姜和古法熬糖，一锅只出二十斤。"),
         (Item("老姜红糖块 400g", "45.00", (
             bad(MED, "来例假肚子疼的姐妹每天泡一块，宫寒、手脚冰凉一周就调过来了，比吃止痛片强。",
                 "an ordinary food claimed to cure period pain and 宫寒, compared with a drug"),),
               (bad(RET, "食品类商品一经售出一律不退不换。",
                    "a blanket no-returns notice for sealed, non-perishable goods"),),
               (),
               decoy(ABS, "平台提示：依据《广告法》，普通食品不得宣传治疗功效，"
                     "商品描述也不得使用“最佳”“第一”等绝对化用语。",
                     "the platform's rule banner quotes 最佳/第一")),),
         permit=food_permit("370681", 4417),
         note="brown-sugar shop: licence photo plus permit; period-pain cure claim; blanket "
              "no-returns; the platform's advertising-law banner is a decoy"),
    Shop("hs-10", "weidian", "8190", "长岛渔家海鲜直发", YUJIA, "生鲜", shown_as(YUJIA), "route",
         (decoy(LURE, "有任何问题请直接在微店联系客服，本店不加私人微信、不接受私下转账。",
                "the seller refuses off-platform contact: a negation"),),
         (Item("鲜活扇贝 3斤", "59.00", _plain("当天出海当天发，顺丰冷链。"),
               (decoy(RET, "活鲜属于鲜活易腐商品，不适用七天无理由退货；死货超过一成按比例退款。",
                      "live seafood: perishable, a statutory exception"),)),),
         third=("供货商", HONGHAI.name, HONGHAI.uscc),
         note="个体户 seafood: 店铺证照 page shows its own licence and its supplier's; a "
              "refusal of private transfers; clean"),
    Shop("hs-11", "youzan", "52144", "芝罘好运电器", HAOYUN, "家电",
         shown_as(HAOYUN, uscc=OTHER.uscc), "route",
         _plain("芝罘区实体店二十年，线上同价。"),
         (Item("无线手持吸尘器 V8", "499.00", (
             bad(ABS, "史上最强吸力，同价位里找不到第二台。",
                 "史上最强 about the seller's goods (广告法 art. 9(3))"),
             Said("续航约40分钟，配两个刷头。")),
               (Said("支持七天无理由退货（商品完好、配件齐全），一年内非人为损坏免费换新。"),)),),
         note="appliance shop: 证照 page shows a valid code of another business (a repair shop) "
              "under its own name; absolute terms in the detail"),
    Shop("hs-12", "xiaohongshu", "62b7e4", "小橘子手帐", JUZI, "文具",
         shown_as(JUZI, uscc=" ".join((JUZI.uscc[:4], JUZI.uscc[4:8], JUZI.uscc[8:13],
                                       JUZI.uscc[13:]))), "sheet",
         _plain("原创手帐素材，莱山区小店发货。"),
         (Item("手帐贴纸套装（12张）", "19.90", _plain("和纸材质，可反复揭贴。"),
               (Said("支持7天无理由退换，已开通运费险。"),),
               (decoy(LURE, "客服回复特别快，不用加微信，在小红书里直接就帮我改好地址了。",
                      "a buyer's review: no lure, and a negation", "橘子汽水"),)),),
         note="个体户 stationery: licence in the pop-up sheet; 7-day returns; a buyer's review "
              "mentions WeChat only to say it was not needed; clean"),
)
