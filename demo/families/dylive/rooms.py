"""The dylive rooms: Yantai sellers live on a 抖音-style platform, each room's events as data.

Lure wording follows the forms 抖音 rules name for 引导私下交易 (V我, 主页有惊喜, 看个性签名,
私信发联系方式); claims follow SAMR's 2025 typical cases (a 固体饮料 sold as curing
stomach disease and moved to WeChat, a plain 果冻 sold as slimming, a 膏 with a 药王 story).
"""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, Said, bad, decoy, shown_as
from demo.families.dylive import Room, aide, enter, fan, gift, host, platform, speech, staff

ABS, MED, RET, LURE = ("ad.absolute_terms", "ad.medical_claims", "returns.refused",
                       "live.offplatform_lure")
LTD, GETI = "有限责任公司（自然人投资或控股）", "个体工商户"

SAFETY = platform(decoy(LURE, "安全提示：直播间内凡是要求添加微信、QQ或私下转账的，均可能是诈骗，"
                        "请通过小黄车下单，保障您的权益。", "the platform's warning quoting the "
                        "banned act"))
MINORS = platform("欢迎来到直播间！抖音严禁未成年人直播、打赏，请理性消费，文明发言。")


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = GETI) -> Registered:
    return Registered(name, code_for(seed, division, "2" if kind == GETI else "1"), kind,
                      person, f"山东省烟台市{address}", founded)


BAYU = _reg("dy-01", "烟台芝罘区八鱼海鲜店", "370602", "宫八鱼", "芝罘区只楚街道渔港路6号",
            "2019年05月05日")
XINGHAI = _reg("dy-02", "烟台星海饰品有限公司", "370613", "陈星", "莱山区观海路77号",
               "2018年03月15日", LTD)
MUYANG = _reg("dy-03", "莱州市牧羊服饰商行", "370683", "郑牧", "莱州市城港路街道光州街12号",
              "2020年10月10日")
WEISHU = _reg("dy-04", "烟台福山区胃舒堂食品经营部", "370611", "黄舒", "福山区门楼街道河滨路3号",
              "2021年01月21日")
ZHAOYUAN = _reg("dy-05", "招远市金都黄金饰品有限公司", "370685", "李金", "招远市温泉街道金都路9号",
                "2013年11月11日", LTD)
QINGTIAN = _reg("dy-06", "海阳市晴天家居用品店", "370687", "于晴", "海阳市东村街道海天路5号",
                "2022年06月16日")
XIANGPIN = _reg("dy-07", "龙口市香品粉丝商店", "370681", "孙香", "龙口市新嘉街道港城路18号",
                "2017年07月17日")
BENDI = _reg("dy-08", "栖霞市本地好物百货店", "370686", "牟本", "栖霞市翠屏街道迎宾路2号",
             "2023年02月02日")
PUTAO = _reg("dy-09", "烟台蓬莱区葡园酒水商行", "370614", "王葡", "蓬莱区刘家沟镇葡萄大道8号",
             "2019年09月09日")
HAIZAO = _reg("dy-10", "烟台海藻健康科技有限公司", "370671", "刘藻", "高新区蓝海路66号",
              "2016年04月20日", LTD)
YOUYOU = _reg("dy-11", "烟台优优果冻食品有限公司", "370676", "杨优", "开发区天山路21号",
              "2018年12月08日", LTD)
GUOLIN = _reg("dy-13", "烟台牟平区果林水果店", "370612", "于果林", "牟平区文化街道正阳路15号",
              "2020年08月18日")
DINGZHI = _reg("dy-12", "莱阳市定制工坊服装店", "370682", "姜定", "莱阳市龙门西路40号",
               "2021年05月01日")

ROOMS: tuple[Room, ...] = (
    Room("dy-01", "bayuhaixian", "八鱼海鲜码头直发", "八鱼哥赶海", BAYU, "生鲜", shown_as(BAYU),
         (MINORS, enter("海边的风"), speech("家人们今天的黄花鱼都是早上刚下船的，活蹦乱跳。"),
          fan("海边的风", decoy(LURE, "主播微信多少？想订一箱", "a viewer asking for WeChat"),
              3),
          speech(decoy(LURE, "我们不加微信哈，想要的直接点小黄车一号链接下单，平台有保障。",
                       "the host refusing to go off-platform")),
          staff("八鱼场控", "一号链接库存还剩50单，拍下48小时内发货。"), SAFETY,
          gift("小鱼干", "小心心 ×5"),
          speech(decoy(RET, "生鲜海鲜不支持七天无理由，死货坏货签收后拍照找客服，照样赔。",
                       "fresh seafood is a statutory exception; damage still compensated"))),
         pin=Said("今日黄花鱼 5斤装 顺丰冷链 坏损包赔"), card=(Said("野生小黄花鱼 5斤装"), "89"),
         window=((Said("鲜活海虹 5斤"), "39.9"), (Said("冷冻鲅鱼 4条装"), "59")),
         note="Clean: a viewer asks for WeChat, the host refuses, the platform warns; fresh "
              "seafood lawfully outside the 7-day return; licence on the 抖音小店 page."),
    Room("dy-02", "xinghaishipin", "星海饰品", "星海小姐姐", XINGHAI, "饰品", shown_as(XINGHAI),
         (MINORS, speech("这款锆石耳钉今天直播间专属价，比日常便宜一半。"),
          speech(bad(LURE, "链接里价格不方便说，想要更便宜的主页有惊喜，V我一下给你报价。",
                     "主页有惊喜 / V我: the host sends buyers to her profile's contact")),
          fan("叮当", "耳钉过敏吗", 2), host("星海小姐姐", "不过敏的宝宝，S925银针"), SAFETY),
         card=(Said("S925银针锆石耳钉"), "39.9"),
         note="The host tells buyers 主页有惊喜 and V我 for a cheaper price off the platform."),
    Room("dy-03", "muyangfushi", "牧羊人羊绒", "牧羊人老郑", MUYANG, "服装", shown_as(MUYANG),
         (MINORS, speech("羊绒衫今天福利价199，三件包邮。"),
          fan("北方的雪", "尺码偏大吗", 4),
          aide("牧羊人小助理", bad(LURE, "要定制尺码的私信我，发你微信号，微信转账再减20。",
                                  "the seller's 助理 account moves orders to WeChat with a "
                                  "transfer discount")),
          SAFETY, gift("北方的雪", "玫瑰 ×1")),
         card=(Said("100%绵羊绒圆领毛衣"), "199"),
         note="The seller's 助理 account offers a WeChat transfer discount; the platform warns."),
    Room("dy-04", "weishutang", "胃舒堂养生茶饮", "舒姐说养生", WEISHU, "食品", shown_as(WEISHU),
         (MINORS, speech(bad(MED, "老胃病、胃溃疡的家人们，这个胃舒固体饮料一天两包，喝一个月"
                                  "胃病就根治了，比吃药都管用。",
                                  "a 固体饮料 sold as curing ulcers, like the 阿宝胃舒 case "
                                  "(SAMR 2025)")),
          fan("老张头", decoy(MED, "真的能治好胃溃疡吗？", "a viewer's question, not a claim"), 1),
          staff("胃舒堂场控", "三号链接，两盒装更划算。"), SAFETY),
         card=(Said("胃舒固体饮料 20包/盒"), "69"),
         permit=food_permit("370611", 51234),
         note="The host claims a solid drink cures stomach ulcers (a viewer's question is not "
              "the claim); licence and permit on the 抖音小店 page."),
    Room("dy-05", "jindujinshi", "金都黄金", "金都小王", ZHAOYUAN, "珠宝首饰",
         shown_as(ZHAOYUAN),
         (MINORS, speech(bad(ABS, "招远黄金，全网最低价，全抖音金价第一低，错过今天再没有。",
                             "全网最低价 / 第一低 about its own prices (广告法 第九条第三项)")),
          fan("金金", "克价多少", 5), host("金都小王", "今天克价看小黄车，按实时金价。"),
          SAFETY),
         card=(Said("足金古法手镯 按克计价"), "598"),
         window=((Said("足金转运珠 约1克"), "620"),),
         note="The host claims the lowest price on the whole network and the platform."),
    Room("dy-06", "qingtianjiaju", "晴天家居好物", "晴天", QINGTIAN, "家居用品",
         shown_as(QINGTIAN),
         (MINORS, speech("这个收纳箱加厚的，能坐人。"),
          speech(bad(RET, "直播间福利价，拍下就不退不换了啊，想好了再拍。",
                     "a blanket refusal of returns for ordinary goods (消法 第二十五条)")),
          fan("小满", decoy(RET, "买过一次，客服说质量问题可以退", "a viewer's report"), 2),
          SAFETY),
         card=(Said("加厚塑料收纳箱 3个装"), "49.9"),
         note="The host refuses all returns of ordinary goods."),
    Room("dy-07", "xiangpinfensi", "香品龙口粉丝", "香品阿姨", XIANGPIN, "食品",
         shown_as(XIANGPIN),
         (MINORS, speech(decoy(ABS, "粉丝泡十分钟口感最佳，凉拌、炖菜都行。",
                               "最佳 in a usage tip is exempt")),
          platform(decoy(ABS, "平台提醒：主播不得使用“全网最低价”“第一”等绝对化用语，发现可举报。",
                         "the platform's rule quoting banned absolute terms")),
          speech(decoy(ABS, "我们不说自己是最好的，大家吃了觉得好再回购。",
                       "the host declining to claim 最好 (a negation)")),
          fan("龙口人", "老家的味道", 6), SAFETY),
         card=(Said("龙口粉丝 绿豆 500g×3"), "26.8"),
         window=((Said("粉丝礼盒 1.5kg"), "58"), (Said("粉条 红薯 1kg"), "19.9")),
         permit=food_permit("370681", 17788),
         note="Clean: 最佳 as a cooking tip, the platform quoting banned terms, the host "
              "declining to say 最好; licence and permit shown."),
    Room("dy-08", "bendihaowu", "栖霞本地好物", "阿本带货", BENDI, "日用百货", None,
         (MINORS, speech("栖霞本地的竹编篮子，纯手工。"), fan("山里人", "多大尺寸", 1), SAFETY),
         card=(Said("手工竹编收纳篮"), "35"),
         shop_words=(Said("店铺公告：新店开业，全场包邮。"),),
         note="The 抖音小店 page says 资质审核中 and shows no licence."),
    Room("dy-09", "puyuanjiushui", "葡园蓬莱酒", "葡园老王", PUTAO, "酒水", shown_as(PUTAO),
         (MINORS, speech("蓬莱海岸的干红，今天两支装。"),
          platform("温馨提示：未成年人禁止饮酒，请理性消费。"), SAFETY),
         card=(Said("蓬莱干红葡萄酒 750ml×2"), "99"),
         note="A wine seller's 抖音小店 shows its licence but no 食品经营许可证."),
    Room("dy-10", "haizaojiankang", "海藻健康官方", "海藻小刘", HAIZAO, "保健食品",
         shown_as(HAIZAO),
         (MINORS, speech("这款是蓝帽子保健食品，批准文号在详情页。"),
          speech(decoy(MED, "它不能治病啊家人们，本品不能代替药物，身体有病请去医院。",
                       "the host denies any cure (a negation) and gives the statutory line")),
          fan("王阿姨", decoy(MED, "我有高血压能吃吗，能降压吗？", "a viewer's question"), 3),
          host("海藻小刘", "阿姨有高血压请先问医生，它只是保健食品，不能降压。"), SAFETY),
         card=(Said("海藻多糖软胶囊 60粒"), "158"),
         permit=food_permit("370671", 30021),
         note="Clean: the host says it cures nothing, a viewer's question is answered with a "
              "denial; licence and permit shown."),
    Room("dy-11", "youyouguodong", "优优果冻旗舰", "优优", YOUYOU, "食品",
         shown_as(YOUYOU, uscc=with_wrong_check(YOUYOU.uscc, 5)),
         (MINORS, speech("今天果冻买二送一。"),
          staff("优优场控", "评论区晒单的宝宝截图给客服领红包。"), SAFETY),
         card=(Said("0脂魔芋果冻 20条"), "29.9"),
         permit=food_permit("370676", 22110),
         note="The 抖音小店 page shows a code whose check character is wrong."),
    Room("dy-12", "dingzhigongfang", "定制工坊", "定制小姜", DINGZHI, "服装",
         shown_as(DINGZHI, name="莱阳市定制工房服装店"),
         (MINORS, speech(decoy(RET, "刻名字的定制款不支持七天无理由退货，非定制款七天无理由。",
                               "made-to-order goods are a statutory exception")),
          fan("路人甲", decoy(LURE, "加我vx：lurenjia88 拼单的来", "a viewer posting their own "
                                                                  "contact: not the seller"), 1),
          staff("定制工坊场控", "请大家不要在评论区发联系方式，下单走小黄车。"), SAFETY),
         card=(Said("定制刻字卫衣"), "119"),
         note="The 抖音小店 licence shows 定制工房 where the registry has 定制工坊 (a mismatch); a "
              "viewer posting a vx id is not the seller; made-to-order goods lawfully excluded."),
    Room("dy-13", "guolinshuiguo", "果林苹果园", "果林大叔", GUOLIN, "水果",
         shown_as(GUOLIN, uscc=GUOLIN.uscc.lower()),
         (MINORS, speech("家人们这是牟平的红富士，树上熟的。"),
          aide("果林助理", decoy(LURE, "喜欢主播的点个关注，加入粉丝团，开播第一时间提醒。",
                                "粉丝团 is the platform's own fan club, not an outside contact")),
          fan("甜甜", decoy(ABS, "去年买过，是我吃过最甜的苹果！", "a viewer's praise, not the "
                                                                  "seller's claim"), 7),
          speech(decoy(ABS, "第一次买的家人可以先拍小份尝尝。", "第一次 is a first order")),
          SAFETY, gift("甜甜", "小心心 ×9")),
         card=(Said("牟平红富士 10斤 75mm+"), "45"),
         window=((Said("红富士 5斤 尝鲜装"), "25.9"),),
         note="Clean: 粉丝团 is on the platform, a viewer's 最甜, 第一次 for a first order; fruit "
              "needs no food permit; licence on the 抖音小店 page."),
)
