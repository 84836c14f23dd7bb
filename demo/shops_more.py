"""Demo shops for live.offplatform_lure, permit.food_missing and price.fictitious_original.

Live rooms carry time-stamped chat; food shops vary between permit, filing and
nothing; price shops carry a 7-day history behind each struck-through price.
"""

from __future__ import annotations

from demo.catalog import ICP, POLICE, firm, item, make_shop
from demo.goods import filler

LURE, FOOD, PRICE, ABS = ("live.offplatform_lure", "permit.food_missing",
                          "price.fictitious_original", "ad.absolute_terms")


def _assist(hms: str) -> tuple[str, str, str]:
    """The platform assistant's standard warning, posted at hms."""
    return (hms, "平台小助手", "直播间严禁私下交易，请勿私下转账，谨防诈骗")


SHOPS = [
    make_shop(
        "dy-live-11", "douyin", "dylive9021",
        firm("dy-live-11", "烟台芝罘悦衣服饰有限公司", "370602", "杨悦", "芝罘区环山路9号", 2020),
        "服装", "悦衣女装", "linked", kind="livestream",
        intro="每晚8点上新，羊毛大衣专场。", items=filler("服装", "dy-live-11", 3),
        chat=(("20:01:03", "晴天", "大衣有黑色吗"), ("20:01:15", "悦衣女装", "有的宝宝，2号链接"),
              ("20:01:47", "悦衣女装", "想要批发价的加微信 yy88990 私发"),
              ("20:02:10", "小乔", "已关注"), _assist("20:02:33")),
        rules=(LURE,), note="The seller's own chat line asks viewers to 加微信 for a price."),
    make_shop(
        "ks-live-11", "kuaishou", "kslive6630",
        firm("ks-live-11", "莱州湾渔夫海产品店", "370683", "王渔", "莱州市三山岛街道渔港8号", 2019,
             individual=True),
        "生鲜", "渔夫海鲜", "linked", kind="livestream",
        intro="莱州湾现捞现卖。", items=filler("海鲜", "ks-live-11", 3),
        chat=(("21:10:02", "大鹏", "梭子蟹多少钱"), ("21:10:20", "渔夫海鲜", "今天68三只"),
              ("21:10:41", "渔夫海鲜", "V信同号，私聊转账直接打八折"),
              ("21:11:05", "阿花", "拍了两单")),
        rules=(LURE,), note="V信 and 私聊转账 push buyers off the platform."),
    make_shop(
        "tb-live-11", "taobao", "tblive3307",
        firm("tb-live-11", "烟台莱山妆点美容用品有限公司", "370613", "姜妆", "莱山区山海路77号",
             2021),
        "美妆", "妆点美妆", "linked", kind="livestream",
        intro="护肤直播间，每天试用分享。", items=filler("美妆", "tb-live-11", 3),
        chat=(("19:30:11", "莉莉", "面膜适合干皮吗"), ("19:30:30", "妆点美妆", "适合的"),
              ("19:31:02", "妆点美妆", "想要内部价的扫码加群，二维码在主页背景图"),
              ("19:31:40", "阿雪", "扫了")),
        rules=(LURE,), note="扫码加群 for an 'inside price'."),
    make_shop(
        "dy-live-12", "douyin", "dylive9088",
        firm("dy-live-12", "龙口市粉香食品有限公司", "370681", "滕香",
             "龙口市新嘉街道工业园6号", 2016,
             scope="食品销售"),
        "食品", "粉香食品", "linked", kind="livestream", permit="JY13706810033481",
        intro="龙口粉丝、粉条直播专场。", items=filler("食品", "dy-live-12", 3),
        chat=(("18:05:12", "小月", "能加个微信吗"),
              ("18:05:30", "粉香食品", "不好意思，我们不加微信，都在小黄车下单，售后有保障"),
              _assist("18:05:58"), ("18:06:20", "粉香食品", "关注官方公众号可以查物流进度"),
              ("18:06:55", "老张", "下单了")),
        note="Clean decoy: a viewer asks for WeChat, the seller refuses (不加微信), the platform "
             "warns against private transfers, an 官方公众号 notice."),
    make_shop(
        "ks-live-12", "kuaishou", "kslive6701",
        firm("ks-live-12", "招远市金岭酒业有限公司", "370685", "高岭",
             "招远市金岭镇酒厂路1号", 2011,
             scope="酒类经营"),
        "酒水", "金岭酒业", "linked", kind="livestream", permit="JY13706850017726",
        intro="白酒、果酒酒厂直播。史上最低价，今晚只有这一场！",
        items=filler("酒水", "ks-live-12", 3),
        chat=(("22:00:03", "老李", "53度的有吗"), ("22:00:19", "金岭酒业", "有，3号链接"),
              ("22:00:48", "金岭酒业", "要整箱的 加 微 信 jinling_666 单独报价"),
              ("22:01:10", "小刘", "收到")),
        rules=(LURE, ABS), note="Spaced-out 加 微 信 in chat; 史上最低价 in the room intro."),
    make_shop(
        "pdd-live-11", "pinduoduo", "pddlive4410",
        firm("pdd-live-11", "栖霞市山果果品专业合作社", "370686", "林山", "栖霞市桃村镇果园路4号",
             2014),
        "生鲜", "山果果品", "footer", kind="livestream",
        intro="果园直播，现摘现发。", items=filler("生鲜", "pdd-live-11", 3),
        chat=(("17:20:05", "果果", "苹果甜吗"), ("17:20:22", "山果果品", "很甜，可以试吃装"),
              ("17:20:51", "山果果品", "老客户直接薇信下单 sg-guoyuan66 不走平台少收手续费"),
              ("17:21:30", "阿明", "好的")),
        footer=(ICP,), rules=(LURE,), note="薇信 and 不走平台 in the seller's chat line."),
    make_shop(
        "jd-live-11", "jd", "jdlive7712",
        firm("jd-live-11", "烟台高新区极客数码有限公司", "370671", "邵极",
             "高新区创业路12号", 2022),
        "数码", "极客数码", "linked", kind="livestream",
        intro="数码新品直播评测。", items=filler("数码", "jd-live-11", 3),
        chat=(("20:40:01", "小凯", "键盘有现货吗"), ("20:40:17", "极客数码", "有的，现货速发"),
              ("20:40:45", "极客数码", "vx搜 jike_tech 领50元券"),
              ("20:41:12", "阿杰", "收到")),
        rules=(LURE,), note="vx (WeChat) handle given for a coupon."),
    make_shop(
        "tb-21", "taobao", "tb941203",
        firm("tb-21", "芝罘区老街焖子坊", "370602", "孙老街", "芝罘区所城里大街21号", 2018,
             individual=True, scope="食品销售"),
        "食品", "老街焖子坊", "linked", intro="芝罘老街手工焖子，现做现发。",
        items=filler("食品", "tb-21", 4), footer=(ICP,), rules=(FOOD,),
        note="Food shop (焖子, 水饺) shows its licence but no 食品经营许可证 or filing."),
    make_shop(
        "pdd-21", "pinduoduo", "pdd58830",
        firm("pdd-21", "蓬莱区酒窖商贸有限公司", "370614", "张窖", "蓬莱区紫荆山街道钟楼北路2号",
             2020),
        "酒水", "酒窖商贸", "footer", intro="进口与国产葡萄酒批发零售。",
        items=filler("酒水", "pdd-21", 3), footer=(ICP, POLICE), rules=(FOOD,),
        note="Wine shop with no food permit anywhere."),
    make_shop(
        "dy-21", "douyin", "dy7740021",
        firm("dy-21", "烟台经开区康泰健康科技有限公司", "370676", "邹泰", "经济技术开发区珠江路8号",
             2023),
        "保健食品", "康泰健康", "js", intro="蓝帽子保健食品，正品保证。",
        items=filler("保健食品", "dy-21", 3), rules=(FOOD,),
        note="JS-rendered health-food shop with no 食品经营许可证."),
    make_shop(
        "jd-21", "jd", "jd1021077",
        firm("jd-21", "烟台莱山优品食品商行", "370613", "曲优", "莱山区港城西大街31号", 2021,
             individual=True),
        "食品", "优品零食专营店", "linked",
        food_filing="仅销售预包装食品备案编号：YB13706130012345",
        intro="休闲零食、粮油干货，均为预包装食品。", items=filler("食品", "jd-21", 4),
        note="Clean decoy: 仅销售预包装食品 with its filing number instead of a permit."),
    make_shop(
        "ks-21", "kuaishou", "ks410277",
        firm("ks-21", "莱阳市梨乡特产店", "370682", "赵梨", "莱阳市城厢街道旌旗东路45号", 2017,
             individual=True),
        "食品", "梨乡特产", "footer",
        food_filing="本店仅销售预包装食品，已备案（备案号 YB13706820007781）",
        intro="莱阳梨膏、梨汁等特产，均为厂家预包装产品。", items=filler("食品", "ks-21", 3),
        note="Clean decoy: prepackaged-only statement with 备案 in the footer."),
    make_shop(
        "mt-21", "meituan", "mt63381",
        firm("mt-21", "莱山区渔家小馆", "370613", "邢渔", "莱山区滨海路路口3号", 2019,
             individual=True, scope="餐饮服务"),
        "餐饮", "渔家小馆", "js", permit="JY23706130066508",
        intro="海鲜家常菜，外卖半小时送达。", items=filler("餐饮", "mt-21", 5),
        note="Clean: JS-rendered restaurant whose permit appears after rendering."),
    make_shop(
        "tb-31", "taobao", "tb950318",
        firm("tb-31", "烟台暖冬家纺有限公司", "370611", "唐暖", "福山区东厅街道家纺城5号", 2015),
        "家居", "暖冬家纺", "linked", intro="羽绒被、蚕丝被工厂直销。",
        items=(item("tb-31-a", "95白鹅绒羽绒被 200×230", 99, 199,
                    history=(89, 92, 95, 89, 99, 99, 99), blurb="冬季加厚款",
                    rules=(PRICE,), note="原价199 but it sold at 89-99 all last week."),
               *filler("家居", "tb-31", 3)),
        footer=(ICP,), note="A 划线价 far above every price of the previous 7 days."),
    make_shop(
        "jd-31", "jd", "jd1031552",
        firm("jd-31", "烟台芝罘声光电器有限公司", "370602", "王声", "芝罘区只楚路108号", 2012),
        "数码", "声光电器专营店", "footer",
        items=(item("jd-31-a", "桌面音箱 蓝牙5.3", 268, 368, history=(268,) * 7,
                    rules=(PRICE,), note="Sold at 268 every day; 368 was never charged."),
               item("jd-31-b", "USB-C 扩展坞 8合1", 99, 129,
                    history=(129, 129, 139, 129, 135, 129, 129),
                    note="Decoy: 划线价129 equals the lowest price of days 1-7."),
               *filler("数码", "jd-31", 2)),
        intro="影音电器，正品行货。", footer=(ICP, POLICE),
        note="One fictitious 原价 (constant history) and one honest one (fluctuating)."),
    make_shop(
        "pdd-31", "pinduoduo", "pdd59114",
        firm("pdd-31", "莱州市棉语服饰有限公司", "370683", "李棉",
             "莱州市永安路街道服装城9号", 2018),
        "服装", "棉语服饰", "linked", intro="纯棉家居服、睡衣。",
        items=(item("pdd-31-a", "纯棉家居服套装", 39.9, 59.9,
                    history=(45, 45, 45, 42, 45, 45, 45), rules=(PRICE,),
                    note="划线59.9 above the week's lowest (42)."),
               *filler("服装", "pdd-31", 3)),
        note="Fictitious 划线价 on one listing."),
    make_shop(
        "tm-31", "tmall", "tm131406",
        firm("tm-31", "烟台莱山润颜生物科技有限公司", "370613", "姜润", "莱山区金都路16号", 2019),
        "美妆", "润颜旗舰店", "js",
        items=(item("tm-31-a", "修护精华水 150ml", 89, 109,
                    history=(129, 129, 129, 105, 129, 129, 129), rules=(PRICE,),
                    note="One-day dip to 105 makes the 划线价109 fictitious."),
               item("tm-31-b", "保湿乳液 100ml", 69, 88, history=(88, 95, 99, 88, 88, 90, 88),
                    note="Decoy: 划线88 equals the lowest of days 1-7."),
               *filler("美妆", "tm-31", 2)),
        intro="温和修护，敏感肌友好。",
        note="JS-rendered; a subtle fictitious 划线价 next to an honest one."),
    make_shop(
        "ot-31", "other", "putaoyuan",
        firm("ot-31", "海阳市葡萄源酒业有限公司", "370687", "初葡", "海阳市辛安镇葡萄园路1号", 2016,
             scope="酒类经营"),
        "酒水", "葡萄源酒业", "footer", permit="JY13706870025519",
        items=(item("ot-31-a", "干白葡萄酒 750ml", 79, 99, history=(99, 99, 105, 99, 99, 99, 99),
                    note="Decoy: 划线99 = lowest of days 1-7."),
               item("ot-31-b", "桃红葡萄酒 750ml", 89, history=(79, 79, 82, 79, 85, 85, 85),
                    note="Decoy: the price rose; no 划线价 at all."),
               *filler("酒水", "ot-31", 2)),
        intro="海阳海岸酒庄直营。未成年人请勿饮酒。", footer=(ICP,),
        note="Clean decoys for the price rule."),
]
