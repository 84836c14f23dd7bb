"""The 视频号 / 小红书 live rooms: Yantai sellers, their admins, viewers and the platform.

Wording adapted from how hosts talk (家人们, 宝子们, 上链接), from the 快手小店 私下交易
examples as published (看头像/主页有V, 加客服微信 单独下单), from 中消协 / 山东消协
live-shopping warnings (加微信享更低折扣, 私下转账) and from SAMR 直播电商典型案例.
"""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, Said, bad, decoy, shown_as
from demo.families.wxlive import Live

ABS, MED, RET, LURE = "ad.absolute_terms", "ad.medical_claims", "returns.refused", \
    "live.offplatform_lure"
LTD = "有限责任公司（自然人投资或控股）"
GETI = "个体工商户"
COOP = "农民专业合作社"


def _reg(seed: str, name: str, division: str, person: str, address: str,
         kind: str = LTD) -> Registered:
    category = "2" if kind == GETI else "3" if kind == COOP else "1"
    return Registered(name, code_for(seed, division, category), kind, person,
                      f"山东省烟台市{address}", "2022年03月15日")


LAOJIANG = _reg("wl-01", "烟台市芝罘区老姜海鲜店", "370602", "姜波", "芝罘区只楚路海鲜市场", GETI)
PINGGUO = _reg("wl-02", "栖霞市果香苹果专业合作社", "370686", "林香", "栖霞市观里镇", COOP)
EJIAO = _reg("wl-03", "烟台福山滋补坊食品有限公司", "370611", "曲芳", "福山区福海路66号")
XIAOYA = _reg("wl-04", "烟台莱山小雅化妆品有限公司", "370613", "韩雅", "莱山区山海路9号")
MCN = _reg("wl-04/mcn", "烟台星河直播电子商务有限公司", "370671", "星河", "高新区蓝海路1号")
YUJU = _reg("wl-05", "烟台市牟平区阿海渔具店", "370612", "王海", "牟平区渔港路3号", GETI)
LILI = _reg("wl-06", "莱州市丽丽服装店", "370683", "张丽", "莱州市光州街12号", GETI)
JIUFANG = _reg("wl-07", "烟台福山老酒坊酒业有限公司", "370611", "鞠酒", "福山区清洋街道")
HAISHEN = _reg("wl-08", "烟台长岛海参哥食品有限公司", "370614", "隋哥", "蓬莱区长岛北长山乡")
WANGZI = _reg("wl-09", "栖霞市小王子果品店", "370686", "王子墨", "栖霞市庄园街道", GETI)
JIUZHUANG = _reg("wl-10", "烟台蓬莱云峰酒庄有限公司", "370684", "云峰", "蓬莱区南王街道")

LIVES = (
    Live("wl-01", "channels", "a01", "老姜家海鲜", LAOJIANG, "生鲜", shown_as(LAOJIANG),
         "只楚海鲜市场现捞现发",
         ("鲜活赤甲红 2斤", "88", (Said("顺丰冷链，活体到家。"),)),
         (Said("家人们看看这个个头，今天刚上岸的。"),
          bad(LURE, "要整箱批发的家人，小店里不挂这个价，点我头像看简介，加那个号单聊。",
              "the host points viewers to a contact in the profile to trade off the platform")),
         comments=(decoy(MED, "主播，海参能治失眠吗？", "a viewer's question, not a claim",
                         "Lv3 海边人"),
                   Said("已拍两份", who="Lv5 阿冬")),
         note="个体 seafood room: licence on 小店资质; the host's profile-pointer lure; a "
              "viewer's medical question"),
    Live("wl-02", "xiaohongshu", "b02", "苹果姐姐", PINGGUO, "水果", shown_as(PINGGUO),
         "栖霞红富士产地直播",
         ("栖霞红富士 10斤 85果", "59.9", (Said("果园现摘，产地直发。"),)),
         (decoy(RET, "七天无理由这个不支持哈，水果是生鲜易腐的，但是坏果我们包赔。",
                "perishable fruit: a statutory exception, stated with the remedy"),),
         notice=decoy(LURE, "直播间内请勿私下交易，平台不对站外交易提供保障。",
                      "the platform's pinned notice", "系统"),
         comments=(Said("去年买过，甜！", who="Lv8 小苹果"),),
         note="cooperative apple room: licence on 小店资质; the platform's warning; the "
              "perishable-goods exemption; clean"),
    Live("wl-03", "channels", "a03", "滋补阿胶糕", EJIAO, "食品", shown_as(EJIAO),
         "手工阿胶糕 冬季滋补",
         ("手工阿胶糕 500g", "128", (Said("配料：阿胶、黑芝麻、核桃仁、红枣、冰糖、黄酒。"),)),
         (bad(MED, "气血不足、脸色发黄的姐妹，吃上一个月，月经都规律了，比吃药强多了。",
              "an ordinary food claimed to regulate menstruation, compared with drugs"),),
         comments=(Said("吃了真能调月经吗？", who="Lv2 小鱼"),),
         note="阿胶糕 room: licence shown but no food permit; the host's menstrual-cure claim"),
    Live("wl-04", "channels", "a04", "小雅美妆", XIAOYA, "美妆", shown_as(XIAOYA),
         "年终宠粉专场",
         ("玻尿酸补水面膜 20片", "69", (
             Said("国妆备案，敏感肌可用。"),
             decoy(RET, "面膜拆封后影响卫生，拆封后不支持无理由退货（下单时已提示确认），"
                   "未拆封7天内可退。",
                   "hygiene goods excluded once unsealed, with the buyer's confirmation"))),
         (bad(ABS, "这是全网最低价，我敢说今年再也没有比这更低的了。",
              "全网最低价 about the seller's own price (广告法 art. 9(3))"),),
         comments=(decoy(LURE, "付款有问题的宝宝点购物车里的官方客服，不要相信私信让你加V的。",
                         "the shop's admin warns against off-platform contact",
                         "管理员 小雅助理"),),
         agency=(MCN.name, MCN.uscc),
         note="cosmetics room: 小店资质 shows the seller's licence and the MCN's; 全网最低价; "
              "the admin's warning is a decoy"),
    Live("wl-05", "xiaohongshu", "b05", "阿海渔具", YUJU, "渔具", None, "海竿路亚 新手入门",
         ("碳素海竿 3.6米", "158", (Said("碳素含量高，轻。"),)),
         (Said("渔具都支持七天无理由，不影响二次销售就行。"),),
         comments=(Said("主播这竿子能钓多大的鱼", who="Lv4 钓鱼佬"),),
         note="个体 tackle room: no 小店资质 entry and no licence anywhere"),
    Live("wl-06", "channels", "a06", "丽丽女装", LILI, "服装",
         shown_as(LILI, name="莱州市丽丽服饰有限公司"), "冬装福利款",
         ("加厚羽绒服", "199", (Said("90白鸭绒，充绒量200克。"),)),
         (bad(RET, "直播间的福利款不退不换哈，拍了就是你的，想好了再拍。",
              "a no-returns rule for ordinary clothing (消法 art. 25)"),),
         comments=(Said("165穿M还是L", who="Lv6 糖糖"),),
         note="个体 clothing room: 小店资质 shows a company name that is not the registered "
              "个体户 name; no-returns on 福利款"),
    Live("wl-07", "xiaohongshu", "b07", "福山老酒坊", JIUFANG, "酒水",
         shown_as(JIUFANG, uscc=with_wrong_check(JIUFANG.uscc, 7)), "福山黄酒 冬天温着喝",
         ("福山老黄酒 500ml×6", "96", (Said("酒精度12%vol。"),)),
         (decoy(ABS, "这个酒最佳饮用温度是四十度左右，温一下更香。",
                "最佳 in a serving tip, not a quality claim"),),
         comments=(decoy(ABS, "这是我喝过最好喝的黄酒！", "a viewer's superlative",
                         "Lv9 老酒鬼"),),
         permit=food_permit("370611", 7302),
         note="黄酒 room: 小店资质 shows the code with a wrong check character; permit shown; "
              "a serving tip and a viewer's superlative are decoys"),
    Live("wl-08", "channels", "a08", "长岛海参哥", HAISHEN, "食品", shown_as(HAISHEN),
         "淡干海参 年货礼盒",
         ("淡干海参 250g 礼盒", "699", (Said("长岛海域，淡干无盐。"),)),
         (bad(MED, "好几个糖尿病的老顾客，吃了我们的淡干海参，胰岛素都减量了。",
              "a food claimed to reduce diabetics' insulin needs"),),
         notice=Said("本品为普通食品，请按需购买。", who="管理员 海参哥运营"),
         comments=(bad(LURE, "想要礼盒定制logo的家人，加运营微信 hs6688 单独下单更优惠。",
                       "the shop's own operator asks buyers to add a WeChat id to order "
                       "off the platform", "运营 海参哥运营"),),
         permit=food_permit("370614", 8123),
         note="sea-cucumber room: permit shown; the host's insulin claim; the shop's operator "
              "lures buyers to WeChat"),
    Live("wl-09", "xiaohongshu", "b09", "栖霞小王子苹果", WANGZI, "水果", shown_as(WANGZI),
         "冰糖心苹果 产地直播",
         ("冰糖心苹果 5斤", "35", (Said("果径80以上，随机冰糖心。"),)),
         (decoy(LURE, "不加微信哈，所有订单都在小红书下，有售后保障。",
                "the host refuses off-platform contact"),),
         notice=decoy(ABS, "直播间公告：讲解商品请勿使用“最”“第一”等极限用语。",
                      "the platform's rule notice quotes banned words", "系统"),
         comments=(decoy(LURE, "加个微信呗，下次直接找你买。",
                         "a viewer asks for WeChat: not the seller's lure", "Lv3 路人甲"),),
         note="个体 apple room: licence on 小店资质; the host refuses a viewer's WeChat request; "
              "the platform's notice; clean"),
    Live("wl-10", "channels", "a10", "云峰酒庄", JIUZHUANG, "酒水", shown_as(JIUZHUANG),
         "酒庄直播 品鉴干红",
         ("云峰 干红葡萄酒 750ml", "158", (Said("蓬莱产区，橡木桶陈酿12个月。"),)),
         (decoy(MED, "红酒不是药，别信什么喝了软化血管的说法，适量喝就行。",
                "the host negates a medical claim"),),
         comments=(Said("醒酒多久", who="Lv5 品酒师"),),
         permit=food_permit("370614", 9055), image=True,
         note="winery room registered under the abolished 蓬莱市 code 370684 (valid): licence "
              "only as an image on 小店资质, permit as text; the host negates a health myth; "
              "clean"),
)
