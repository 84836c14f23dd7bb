"""The pinpin malls: Yantai sellers on a 拼多多-style platform, as data with their labels.

Wording follows real 拼多多 shop copy (拼单价 / 单独购买, 百亿补贴 and 品牌认证 badges, 店铺
公告 and 客服说明 lines, 已拼N件) and the kinds of claim SAMR's typical cases cite (a plain
food sold as 降三高, 全网最低价); see the family's README section for the sources.
"""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, Said, bad, decoy, shown_as
from demo.families.pinpin import Goods, Mall

ABS, MED, RET, LURE = ("ad.absolute_terms", "ad.medical_claims", "returns.refused",
                       "live.offplatform_lure")
MISMATCH = "licence.mismatch"
LTD, GETI = "有限责任公司（自然人投资或控股）", "个体工商户"


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = GETI) -> Registered:
    category = {GETI: "2", "农民专业合作社": "3"}.get(kind, "1")
    return Registered(name, code_for(seed, division, category), kind,
                      person, f"山东省烟台市{address}", founded)


def _buyer(nick: str, text: str) -> tuple[str, Said]:
    return nick, Said(text)


GUOXIANG = _reg("pp-01", "栖霞市果香源果品专业合作社", "370686", "衣国强",
                "栖霞市松山街道果园路8号",
                "2018年10月12日", "农民专业合作社")
HAIBAO = _reg("pp-02", "烟台市牟平区海宝参业商行", "370612", "于海宝", "牟平区宁海街道滨海路17号",
              "2020年05月20日")
SIYUAN = _reg("pp-03", "龙口市丝源粉丝有限公司", "370681", "王丝源", "龙口市诸由观镇粉丝工业园6号",
              "2012年03月03日", LTD)
JINYI = _reg("pp-04", "莱州市锦衣服饰店", "370683", "赵锦", "莱州市文昌路街道服装城2区11号",
             "2019年07月07日")
MIANMIAN = _reg("pp-05", "烟台棉棉家纺有限公司", "370602", "刘棉", "芝罘区幸福街道福泰路22号",
                "2017年11月01日", LTD)
KANGLE = _reg("pp-06", "烟台福山区康乐日化用品店", "370611", "曲康乐", "福山区清洋街道永达街5号",
              "2021年02月14日")
HAIYANG_BIO = _reg("pp-07", "烟台蓝海洋生物科技有限公司", "370676", "孙蓝", "开发区长江路188号",
                   "2016年09月09日", LTD)
CHANGDAO = _reg("pp-08", "长岛县渔家干货店", "370634", "邢渔", "蓬莱区长岛海洋生态文明综合试验区"
                "南长山街道海港路3号", "2015年06月18日")
YIJIA = _reg("pp-09", "海阳市宜家百货商行", "370687", "纪宜", "海阳市方圆街道海政路9号",
             "2022年04月01日")
BAOBEI = _reg("pp-10", "烟台高新区贝贝母婴用品店", "370671", "孙贝", "高新区航天路101号",
              "2020年12月12日")
JIUZHUANG = _reg("pp-11", "烟台蓬莱区海韵酒业有限公司", "370614", "郭海韵",
                 "蓬莱区南王街道酒庄路1号",
                 "2014年08月08日", LTD)
TONGQU = _reg("pp-13", "烟台莱山区童趣玩具店", "370613", "孔童", "莱山区港城东大街66号",
              "2022年07月15日")
XIEYE = _reg("pp-12", "莱阳市步步鞋业店", "370682", "姜步", "莱阳市古柳街道旌旗路30号",
             "2021年09月30日")

MALLS: tuple[Mall, ...] = (
    Mall("pp-01", "guoxiangyuan", "栖霞红富士产地直发", GUOXIANG, "水果", shown_as(GUOXIANG), "tab",
         (Goods("1001", Said("栖霞红富士苹果 80mm大果 5斤装 产地现摘"), "19.9", "29.9", "10万+",
                (decoy(RET, "生鲜水果属鲜活易腐商品，不支持七天无理由退货；签收后48小时内坏果拍照"
                       "联系客服按个包赔。", "perishable produce is a statutory exception (消法 "
                       "第二十五条); bad fruit is still compensated"),),
                (("果***儿", decoy(ABS, "今年吃过最好吃的苹果，脆甜多汁，回购第三次了",
                                  "a buyer's review, not the seller's advertising")),
                 _buyer("m***8", "有两个磕碰的，客服秒赔，满意"))),),
         badges=("百亿补贴", "产地直发"),
         notice=(Said("合作社社员自家果园，每天现摘现发，顺丰/邮政随机。"),),
         note="Clean: a cooperative's licence in the 店铺详情 tab; the shop name is not its "
              "registered name; a buyer's 最好吃 is the buyer's; perishable fruit lawfully "
              "outside the 7-day return."),
    Mall("pp-02", "haibaocanye", "海宝即食海参旗舰", HAIBAO, "食品", shown_as(HAIBAO), "sheet",
         (Goods("2001", bad(MED, "即食海参 术后恢复 降三高 调理糖尿病 10只礼盒装",
                            "an ordinary food sold as treating diabetes and 三高 "
                            "(广告法 第十七条)"),
                "168", "238", "2.1万", (Said("规格：500g/盒，10-12只，解冻即食。"),),
                (_buyer("j***a", "给我爸买的，他说口感不错"),)),),
         badges=("品牌认证",),
         notice=(Said("每天晚上8点前下单当天发货，冷链包邮。"),),
         note="The licence is in the 查看资质 sheet, but this seller of 即食海参 (a processed "
              "food) shows no 食品经营许可证; its goods title claims to treat diabetes."),
    Mall("pp-03", "siyuanfensi", "龙口粉丝老字号", SIYUAN, "食品", shown_as(SIYUAN), "sheet",
         (Goods("3001", Said("正宗龙口粉丝 绿豆粉丝 400g×5袋 火锅凉拌"), "15.8", "22.8", "8.6万",
                (decoy(ABS, "最佳食用方法：沸水煮3分钟，凉拌更爽滑。", "最佳 in a usage tip is "
                       "exempt (绝对化用语执法指南)"),
                 Said("执行标准：GB/T 23587；生产许可证编号：SC12337068100345")),
                (_buyer("爱***吃", "龙口人表示这就是小时候的味道，第一次在网上买"),)),),
         badges=("百亿补贴", "品牌认证", "粉丝热销榜第1名"),
         permit=food_permit("370681", 31207),
         note="Clean: licence and 食品经营许可证 in the 查看资质 sheet; the 热销榜第1名 chip is "
              "the platform's ranking, not the seller's claim; 最佳食用方法 is a usage tip; the SC "
              "number is the maker's production licence."),
    Mall("pp-04", "jinyifushi", "锦衣女装工厂店", JINYI, "服装",
         shown_as(JINYI, uscc=with_wrong_check(JINYI.uscc)), "page",
         (Goods("4001", Said("秋冬加厚卫衣女 宽松百搭 多色可选"), "39.9", "59.9", "3.3万",
                (bad(RET, "特价清仓款，一经售出概不退换，介意慎拍！", "特价/清仓 labels cannot "
                     "exclude the 7-day return (消法 第二十五条, 中消协 2022)"),),
                (("小***喵", decoy(RET, "客服说特价不给退，气死了，大家别买", "a buyer's review "
                                  "quoting the refusal")),)),),
         badges=("退货包运费",),
         notice=(Said("本店所有商品均为工厂直发。"),),
         note="The 资质证照 page shows a code whose check character is wrong; the goods page "
              "refuses returns of sale goods (a buyer's review complaining of it is the buyer's)."),
    Mall("pp-05", "mianmianjiafang", "棉棉家纺", MIANMIAN, "家纺",
         shown_as(MIANMIAN, name="烟台绵绵家居用品有限公司"), "tab",
         (Goods("5001", Said("新疆长绒棉四件套 全棉磨毛 1.8m床"), "129", "169", "6千+"),),
         badges=("品牌认证",),
         extra=(decoy(MISMATCH, "品牌授权书：南通柔棉纺织品有限公司（统一社会信用代码 "
                      + code_for("pp-05-brand", "370600") + "）授权本店销售“柔棉”品牌床品。",
                      "the brand owner's 授权书 with its own code: a third party, not the "
                      "seller"),),
         note="The 店铺详情 tab's licence names another company than the registered one; the "
              "brand owner's 授权书 beside it is a third party's."),
    Mall("pp-06", "kangleriyong", "康乐洗护专营", KANGLE, "日化", None, "none",
         (Goods("6001", Said("洗衣凝珠 50颗 持久留香 家庭装"), "19.9", "26.9", "1.2万"),),
         badges=("品牌认证",),
         extra=(decoy(MISMATCH, "品牌方资质：广州洁立日化有限公司 统一社会信用代码 "
                      + code_for("pp-06-brand", "370600") + "（生产商）",
                      "the maker's licence data shown as the brand's papers: not the seller's"),),
         note="No seller licence anywhere: the 品牌认证 badge and the maker's papers are not the "
              "seller's licence."),
    Mall("pp-07", "lanhaiyang", "蓝海洋深海鱼油", HAIYANG_BIO, "保健食品", shown_as(HAIYANG_BIO),
         "sheet",
         (Goods("7001", bad(ABS, "国家级深海鱼油 顶级品质 中老年软胶囊 100粒",
                            "国家级 and 顶级 about the goods (广告法 第九条第三项)"),
                "89", "129", "5千+",
                (bad(MED, "每天两粒，软化血管、清除血栓，心脑血管疾病不用愁。", "a health food "
                     "claiming to treat vascular disease (广告法 第十八条)"),
                 Said("保健功能：辅助降血脂。本品不能代替药物。")),
                (_buyer("老***头", "说是能通血管，吃了两个月，没感觉"),)),),
         badges=("百亿补贴",),
         permit=food_permit("370676", 40112),
         note="Licence and permit in the sheet; the goods title uses 国家级/顶级 and the detail "
              "page claims it clears thrombosis (本品不能代替药物 beside it does not excuse it)."),
    Mall("pp-08", "yujiaganhuo", "长岛渔家干货铺", CHANGDAO, "食品", shown_as(CHANGDAO), "tab",
         (Goods("8001", Said("长岛淡干海米 250g 袋装 预包装"), "45", "58", "9千+"),),
         badges=("产地直发",),
         filing="仅销售预包装食品备案编号：YB13706140012345",
         extra=(decoy("licence.mismatch", "冷链配送服务由烟台顺路冷链物流有限公司提供。",
                      "a carrier's company name in a sentence, not a licence block or field"),),
         notice=(decoy(LURE, "客服说明：本店不加微信、不接受私下转账，所有订单请在拼多多下单，"
                       "售后找平台客服。", "the seller refusing off-platform deals (a negation)"),),
         note="Clean: prepackaged food only, with its 备案 (no JY permit needed); the code "
              "carries the abolished 长岛县 division 370634 and is valid; the seller says it "
              "does not add WeChat."),
    Mall("pp-09", "yijiabaihuo", "宜家百货小铺", YIJIA, "日用百货", shown_as(YIJIA), "page",
         (Goods("9001", Said("厨房置物架 免打孔 太空铝 双层"), "25.8", "35.8", "4千+"),),
         badges=(),
         notice=(bad(LURE, "客服说明：拍下前请先加客服VX：yjbh_0535，私聊改价再减5元，"
                     "走平台太贵。", "the seller asks buyers to add WeChat and take the price "
                     "off the platform"),),
         note="Licence on its 资质证照 page; its 店铺公告 sends buyers to a WeChat account for a "
              "cheaper off-platform price."),
    Mall("pp-10", "beibeimuying", "贝贝母婴优选", BAOBEI, "母婴用品", shown_as(BAOBEI), "sheet",
         (Goods("1101", Said("婴儿纸尿裤 L码 60片 轻薄透气"), "59", "79", "2.4万",
                (decoy(ABS, "新款芯层比本店上一代产品更薄20%。", "a true self-comparison with "
                       "the brand's own earlier product is exempt"),),
                (("宝***妈", decoy(MED, "评论区说能治红屁屁？我家宝宝用了没红，但别信这种说法",
                                  "a buyer doubting a cure claim")),
                 ("d***1", decoy(ABS, "我用过最好用的纸尿裤，没有之一", "a buyer's review")))),),
         badges=("百亿补贴", "品牌认证"),
         note="Clean: licence in the sheet; buyers' reviews say 最好用 and quote a cure claim "
              "only to doubt it; the detail compares with the shop's own earlier product."),
    Mall("pp-11", "haiyunjiuye", "蓬莱海岸干红", JIUZHUANG, "酒水",
         shown_as(JIUZHUANG, uscc=" ".join((JIUZHUANG.uscc[:6], JIUZHUANG.uscc[6:12],
                                            JIUZHUANG.uscc[12:])).lower()), "tab",
         (Goods("1201", Said("蓬莱产区赤霞珠干红葡萄酒 750ml×2 礼盒"), "128", "168", "1.5千",
                (decoy(ABS, "2024年第一批新酒，限量装瓶。", "第一批 is a batch, not a rank"),
                 Said("未成年人请勿饮酒。")),),),
         badges=("品牌认证",),
         permit=food_permit("370614", 21005),
         notice=(decoy(MED, "温馨提示：葡萄酒是酒类饮品，不具有任何保健或治疗作用，请适量饮用。",
                       "a disclaimer that denies any health effect (a negation)"),),
         note="Clean: licence (code spaced and in lower case, still valid) and permit in the "
              "店铺详情 tab; 第一批 is a batch; the notice denies health effects."),
    Mall("pp-12", "bububu", "步步舒适男鞋", XIEYE, "鞋靴", shown_as(XIEYE), "tab",
         (Goods("1301", bad(ABS, "全网最低价 老北京布鞋男 软底防滑 史上最舒服",
                            "全网最低价 and 史上最 about its own goods (广告法 第九条第三项)"),
                "29.9", "39.9", "7千+"),),
         badges=("退货包运费",),
         note="Licence in the 店铺详情 tab; its goods title claims 全网最低价 and 史上最舒服."),
    Mall("pp-13", "tongquwanju", "童趣益智玩具", TONGQU, "玩具", shown_as(TONGQU), "sheet",
         (Goods("1401", Said("儿童磁力片 100片 益智拼搭 3C认证"), "49.9", "69.9", "1.1万",
                (decoy(ABS, "3岁以上儿童最佳的是大颗粒款，小颗粒请在家长看护下使用。", "最佳 "
                       "in a usage condition (which size suits which age) is exempt"),
                 Said("3C认证编号：2023012201000000")),
                (("乐***妈", decoy(RET, "说好的七天无理由，退货很顺利，点赞", "a buyer's review "
                                   "of a return that was honoured")),)),),
         badges=("品牌认证", "退货包运费"), photo=True,
         note="Clean: the licence is only a photo (alt 证照图片, heading 营业执照) in the 查看资质 "
              "sheet; its data match the registry; a usage condition with 最佳."),
)
