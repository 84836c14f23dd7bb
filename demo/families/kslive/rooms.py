"""The kslive rooms: Yantai sellers live on a 快手-style platform, each room's feed as data."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, Said, bad, decoy, shown_as
from demo.families.kslive import Room, admin, anchor, caption, event, system, viewer

ABS, MED, RET, LURE = ("ad.absolute_terms", "ad.medical_claims", "returns.refused",
                       "live.offplatform_lure")
LTD, GETI = "有限责任公司（自然人投资或控股）", "个体工商户"

WELCOME = system("欢迎来到直播间！快手严禁未成年人直播或打赏，请理性消费。")
NO_PRIVATE = system(decoy(LURE, "直播间内严禁引导站外交易，凡要求加微信、私下转账的，均不受平台"
                                "保障，谨防诈骗。", "the platform's system line quoting the banned "
                                "act"))


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = GETI) -> Registered:
    return Registered(name, code_for(seed, division, "2" if kind == GETI else "1"), kind,
                      person, f"山东省烟台市{address}", founded)


CANFU = _reg("kl-01", "烟台参福海洋食品有限公司", "370612", "孙福海", "牟平区养马岛街道海参路2号",
             "2016年06月06日", LTD)
GUOMAN = _reg("kl-02", "栖霞市果满园水果店", "370686", "林满", "栖霞市庄园街道苹果路7号",
              "2019年09月19日")
SIXIANG = _reg("kl-03", "龙口市丝香源食品商行", "370681", "邹香", "龙口市龙港街道南山路66号",
               "2020年03月30日")
YUYUAN = _reg("kl-04", "烟台芝罘区玉缘阁珠宝店", "370602", "曲玉", "芝罘区胜利路210号",
              "2017年01月17日")
HAIYUN = _reg("kl-05", "莱州市海韵服饰有限公司", "370683", "张韵", "莱州市永安路街道服装城3楼",
              "2018年08月28日", LTD)
JIAHE = _reg("kl-06", "烟台福山区家和日用品店", "370611", "王家和", "福山区东厅街道福新路9号",
             "2021年11月11日")
HAIZHIYUAN = _reg("kl-07", "烟台海之源生物科技有限公司", "370676", "刘源", "开发区珠江路31号",
                  "2015年05月15日", LTD)
FENGHE = _reg("kl-08", "莱阳市丰禾花生油坊", "370682", "宋禾", "莱阳市城厢街道鹤山路18号",
              "2014年04月04日")
HAIAN = _reg("kl-09", "烟台蓬莱海岸酒庄有限公司", "370614", "于海", "蓬莱区刘家沟镇葡萄谷1号",
             "2011年10月10日", LTD)
MCN = Registered("烟台星播文化传媒有限公司", code_for("kl-09/mcn", "370613"), LTD, "赵星",
                 "山东省烟台市莱山区观海路88号", "2020年12月01日")
DAJIE = _reg("kl-10", "海阳市大姐家常菜馆", "370687", "纪大姐", "海阳市东村街道海政路15号",
             "2016年03月08日")
JINCHENG = _reg("kl-11", "烟台开发区金城服饰店", "370672", "温金城", "开发区长江路200号",
                "2013年07月07日")
YOUPIN = _reg("kl-12", "烟台高新区优品母婴用品店", "370671", "高优", "高新区创业路8号",
              "2022年02月22日")
YULE = _reg("kl-13", "烟台莱山区渔乐海鲜店", "370613", "初渔", "莱山区港城东大街水产市场12号",
            "2019年06月01日")

ROOMS = (
    Room(
        "kl-01", "canfu88", "参福海参源头直播", "参福海参-老孙", CANFU, "食品", shown_as(CANFU),
        permit=food_permit("370612", 1088),
        notice=decoy(RET, "鲜活海参属于生鲜，不支持七天无理由退货；到货死参拍视频联系客服，包赔。",
                     "live sea cucumber is perishable: lawful exclusion with compensation"),
        card=("299", Said("养马岛即食海参 500g 8-12头")),
        lines=(WELCOME, event("entered", "海边的风", "来了"),
               viewer("烟台大妈", decoy(LURE, "主播加个微信呗，想多买点",
                                        "a viewer asks for WeChat"), 6),
               caption(decoy(LURE, "有家人问能不能加微信，咱不加哈，就在小黄车拍，平台有售后保障。",
                             "the host refuses WeChat and keeps buyers on the platform")),
               NO_PRIVATE, event("gift", "海边的风", "送出 小心心 ×3"),
               caption("这个是养马岛的参，个头都是挑过的，冷链发货。")),
        note="Food seller with licence and JY permit on 店铺资质; a viewer's WeChat request "
             "refused by the host; platform warning: clean."),
    Room(
        "kl-02", "guoman520", "果满园栖霞苹果", "栖霞果满园-小林", GUOMAN, "水果",
        shown_as(GUOMAN),
        card=("39.9", Said("栖霞红富士 10斤 80#")),
        lines=(WELCOME, caption("今天是栖霞庙后镇的红富士，脆甜多汁。"),
               viewer("苹果控", "批发价多少？", 3), viewer("lily", "1"), viewer("老张", "1", 8),
               admin("果满园小助理", bad(LURE, "想要批发价的扣1，小助理私信发你vx号，"
                                          "加了单独给你算。",
                                          "the seller's assistant account sends buyers to WeChat "
                                          "for a private price")),
               event("like", "苹果控", "点了赞")),
        note="The room admin (the seller's assistant account, 管理员 badge) lures buyers to "
             "WeChat; whole apples need no food permit."),
    Room(
        "kl-03", "sixiang66", "丝香源龙口粉丝", "龙口粉丝-香姐", SIXIANG, "食品", shown_as(SIXIANG),
        card=("19.9", bad(ABS, "龙口粉丝 2斤装 全网最低价", "price superlative on the card")),
        lines=(WELCOME,
               caption(bad(ABS, "咱家粉丝全网最低，今天这个价，史上最低！",
                           "the host's price superlatives (全网最低, 史上最低)")),
               viewer("吃货小王", "能煮多久不烂？", 2),
               caption("久煮不烂，凉拌、炖菜都行。"), event("gift", "吃货小王", "送出 棒棒糖")),
        note="A food trader with no 食品经营许可证; price superlatives on the card and in "
             "the host's speech."),
    Room(
        "kl-04", "yuyuange", "玉缘阁珠宝直播", "玉缘阁-曲老板", YUYUAN, "珠宝首饰",
        shown_as(YUYUAN), where="popup",
        card=("688", Said("和田玉手串 8mm")),
        lines=(WELCOME, viewer("失眠的猫", decoy(MED, "戴这个能治失眠吗？",
                                                  "a viewer's question, not a claim"), 1),
               caption(bad(MED, "这个和田玉戴上能降血压，睡眠不好的戴一个月就好了。",
                           "the host claims a bracelet lowers blood pressure and cures insomnia")),
               caption("每一串都带证书，可以去检测。")),
        note="The licence is in the anchor's profile card (a pop-up); the host makes medical "
             "claims for a jade bracelet, answering a viewer's question."),
    Room(
        "kl-05", "haiyunfz", "海韵服饰工厂店", "海韵女装-阿韵", HAIYUN, "服装", shown_as(HAIYUN),
        card=("59", Said("春季新款针织开衫")),
        lines=(WELCOME, event("entered", "小雨", "来了"),
               caption(bad(RET, "直播间秒杀款不退不换，拍了就别退了啊家人们。",
                           "the host refuses returns for flash-sale clothes")),
               viewer("小雨", "有S码吗", 4), anchor("海韵女装-阿韵", "S到XL都有，看小黄车")),
        note="Clothing room: the host refuses returns for flash-sale items."),
    Room(
        "kl-06", "jiahe2021", "家和日用百货", "家和百货-王哥", JIAHE, "日用百货", None,
        where="none",
        card=("9.9", Said("加厚垃圾袋 5卷")),
        lines=(WELCOME,
               caption(bad(LURE, "想要整箱价的看我主页，主页有个V，加的时候备注快手。",
                           "a cryptic lure: the host points to a WeChat id on the profile")),
               viewer("居家达人", "主页没看到啊", 2)),
        note="No 店铺资质 entry and no licence; a cryptic lure to a WeChat id on the profile."),
    Room(
        "kl-07", "haizhiyuan", "海之源深海鱼油", "海之源健康-刘经理", HAIZHIYUAN, "保健食品",
        shown_as(HAIZHIYUAN), permit=food_permit("370676", 7007),
        card=("168", bad(MED, "深海鱼油软胶囊 溶解血栓 软化血管",
                         "disease claims in the product card title of a health food")),
        lines=(WELCOME,
               system(decoy(MED, "保健食品不是药物，不能代替药物治疗疾病。",
                            "the platform's mandatory health-food reminder")),
               viewer("老刘", decoy(MED, "我有高血脂能吃吗", "a viewer's question"), 5),
               caption("这款是蓝帽子产品，按说明吃就行。")),
        note="Health-food seller with its permit; disease claims on the product card; the "
             "platform's reminder and a viewer's question are not claims."),
    Room(
        "kl-08", "fenghe1988", "丰禾古法花生油", "丰禾油坊-宋师傅", FENGHE, "食品",
        shown_as(FENGHE, uscc=with_wrong_check(FENGHE.uscc, 7)), permit=food_permit("370682", 1988),
        notice=bad(RET, "直播间福利价商品，售出不退不换。", "blanket no-return notice pinned"),
        card=("89", Said("莱阳古法压榨花生油 5L")),
        cart=(("89", Said("古法花生油 5L")),
              ("29.9", decoy(ABS, "花生酱 开封后三个月内食用风味最佳",
                             "usage tip (最佳食用期) is exempt"))),
        lines=(WELCOME, caption("咱家是莱阳本地花生，古法压榨。")),
        note="Licence code fails its check character; a pinned no-return notice."),
    Room(
        "kl-09", "haiantwine", "海岸酒庄蓬莱干红", "海岸酒庄-小于", HAIAN, "酒水",
        shown_as(HAIAN, name=MCN.name, uscc=MCN.uscc), permit=food_permit("370614", 909),
        card=("128", Said("蓬莱赤霞珠干红 750ml×2")),
        lines=(WELCOME, caption("今天给大家带来蓬莱海岸产区的干红。"),
               admin("海岸酒庄-场控", bad(LURE, "进粉丝群的家人扣“群”，群里发微信号，"
                                          "团购价私下给。",
                                          "the seller's room admin moves buyers to a WeChat deal")),
               viewer("红酒爱好者", "群", 7), viewer("阿东", "群")),
        note="店铺资质 shows the streaming agency's (MCN's) licence, not the winery's: "
             "mismatch; the room admin lures buyers to a WeChat group deal."),
    Room(
        "kl-10", "dajiecai", "大姐家常菜 团购", "海阳大姐家常菜", DAJIE, "餐饮", shown_as(DAJIE),
        permit=food_permit("370687", 1010, "2"),
        notice=decoy(RET, "团购券未使用随时退，过期自动退。", "pro-consumer refund terms"),
        card=("88", Said("双人套餐团购券")),
        lines=(WELCOME,
               viewer("海阳吃货", decoy(LURE, "老板在哪个位置？加微信订位行吗",
                                        "a viewer asks"), 3),
               admin("大姐家常菜-小助手", decoy(LURE, "订位直接拍团购券，到店出示券码就行，"
                                                "不用加微信哦。",
                                                "the seller's assistant keeps it on the platform")),
               caption(decoy(ABS, "我们一直把顾客放在第一位。",
                             "attitude, not a claim about goods"))),
        note="A restaurant's group-buy room with its permit; the assistant refuses WeChat: "
             "clean."),
    Room(
        "kl-11", "jinchengfz", "金城服饰", "金城服饰-温姐", JINCHENG, "服装", shown_as(JINCHENG),
        card=("79", Said("男士夹克 春秋款")),
        lines=(WELCOME,
               system(decoy(LURE, "主播引导私下交易、加微信转账的，平台将严肃处理，"
                                  "请通过小黄车下单。",
                            "platform line quoting the banned act"), "系统消息"),
               viewer("路人甲", decoy(ABS, "全网最低吗？", "a viewer's question"), 2),
               caption(decoy(ABS, "咱不敢说最低，就是工厂出货价。",
                             "the host denies a superlative"))),
        note="Code carries the old 开发区 division (370672): valid; a viewer's superlative "
             "question answered with a denial: clean."),
    Room(
        "kl-12", "youpinmy", "优品母婴", "优品母婴-高姐", YOUPIN, "母婴用品", shown_as(YOUPIN),
        notice=decoy(RET, "纸尿裤、湿巾拆封后不支持七天无理由退货（下单页已提示并经您确认），"
                          "未拆封7天内可退。",
                     "unsealed goods excluded only with the buyer's confirmation: lawful"),
        card=("199", bad(ABS, "婴儿推车 宝妈首选 第一品牌",
                         "superlatives (首选, 第一品牌) on the card")),
        lines=(WELCOME,
               viewer("宝妈小吴", decoy(LURE, "我vx是wu_baby2020，有货了通知我",
                                        "a viewer posts her own WeChat id"), 4),
               caption("有货会在直播间通知，大家点个关注。")),
        note="Superlatives on the card; a viewer posting her WeChat id; lawful unsealed-goods "
             "exclusion."),
    Room(
        "kl-13", "yule777", "渔乐海鲜 码头直发", "渔乐海鲜-初哥", YULE, "生鲜", shown_as(YULE),
        card=("68", Said("鲜活鲅鱼 2条 约3斤")),
        lines=(WELCOME, NO_PRIVATE,
               caption(decoy(LURE, "咱不加微信，不私下交易，所有单子都在小黄车。",
                             "the host refuses private deals")),
               viewer("海边人", "鲅鱼今天到的？", 1), caption("今早码头刚上岸的。")),
        note="Fresh fish (edible farm produce, no permit needed); the host refuses private "
             "deals: clean."),
)
