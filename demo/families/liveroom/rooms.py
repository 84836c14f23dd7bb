"""The live rooms: Yantai sellers' rooms, as the host says it, staff type it and viewers ask."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit
from demo.families.corpus import Registered, Said, bad, decoy, shown_as
from demo.families.liveroom import Room

ABS, MED, RET, LURE = (
    "ad.absolute_terms",
    "ad.medical_claims",
    "returns.refused",
    "live.offplatform_lure",
)
LTD = "有限责任公司（自然人投资或控股）"
GETI = "个体工商户"


def _reg(
    seed: str, name: str, division: str, person: str, address: str, kind: str = LTD
) -> Registered:
    return Registered(
        name,
        code_for(seed, division, "2" if kind == GETI else "1"),
        kind,
        person,
        f"山东省烟台市{address}",
        "2020年01月01日",
    )


WARN = decoy(
    LURE, "直播间严禁私下交易、私下转账，谨防诈骗", "the platform's system message", "系统"
)

NVZHUANG = _reg("lv-01", "烟台芝罘衣见倾心服装店", "370602", "林倾", "芝罘区大海阳路7号", GETI)
APPLE = _reg(
    "lv-02", "栖霞市红果果品专业合作社", "370686", "苹红", "栖霞市松山街道苹果园", "农民专业合作社"
)
FENSI = _reg("lv-03", "龙口市老滕家粉丝有限公司", "370681", "滕老", "龙口市徐福街道粉丝路2号")
EJIAO = _reg("lv-04", "烟台福山滋补堂食品有限公司", "370611", "补堂", "福山区奇泉路5号")
HAISHEN = _reg("lv-05", "烟台长岛鲜参食品有限公司", "370614", "鲜参", "蓬莱区长岛北城村")
QINGCANG = _reg("lv-06", "海阳市鲜果园果蔬店", "370687", "园主", "海阳市留格庄镇果园路", GETI)
FUZHUANG = _reg("lv-07", "莱州市小美服饰店", "370683", "小美", "莱州市文化西街3号", GETI)
FACTORY = _reg("lv-08", "烟台牟平海珍源食品有限公司", "370612", "珍源", "牟平区姜格庄街道海边路")
MEIZHUANG = _reg("lv-09", "烟台莱山花颜美妆有限公司", "370613", "花颜", "莱山区滨海路18号")
MCN = _reg("lv-09/mcn", "烟台星光直播基地运营有限公司", "370671", "星光", "高新区直播产业园")

YUJIA = _reg("lv-10", "烟台长岛渔家大哥海鲜店", "370614", "渔大哥", "蓬莱区长岛砣矶镇", GETI)
LINGSHI = _reg("lv-11", "烟台莱山零食铺子食品有限公司", "370613", "零食", "莱山区金山路2号")
CHAFANG = _reg("lv-12", "烟台芝罘养生茶坊茶叶有限公司", "370602", "茶坊", "芝罘区茶叶市场5号")

ROOMS = (
    Room(
        "lv-01",
        "douyin",
        "720001",
        "倾心女装",
        NVZHUANG,
        "服装",
        shown_as(NVZHUANG),
        "今晚毛呢大衣专场",
        ("双面呢大衣", "399", (Said("羊毛含量70%"),)),
        captions=(
            Said("来，宝宝们，这件大衣今天直播间专享价"),
            bad(
                LURE, "想要更便宜的，主页有我的号，加一下私聊", "cryptic lure to a private contact"
            ),
        ),
        chat=(
            decoy(LURE, "能加微信吗？", "a viewer asking", "晴天小猪"),
            WARN,
            Said("来了", who="粉丝团Lv3 大橙子"),
            Said("黑色有吗", who="阿花"),
        ),
        note="The host points viewers to a private contact on her profile.",
    ),
    Room(
        "lv-02",
        "kuaishou",
        "730002",
        "红果果园",
        APPLE,
        "生鲜",
        shown_as(APPLE),
        "栖霞苹果 产地直播",
        ("栖霞红富士 10斤", "59.9", (Said("果径80mm以上"),)),
        captions=(Said("老铁们，这都是合作社自己园子的果"),),
        chat=(
            bad(
                LURE,
                "大宗采购找小助理 V：yt_zhuli88",
                "the assistant posts a WeChat id",
                "助理 红果小助理",
            ),
            decoy(LURE, "主播不加私人联系方式，有问题找官方客服", "staff refusing", "房管 老铁王"),
            Said("我加粉丝团了", who="粉丝团Lv8 苹果迷"),
        ),
        note="The room's assistant posts a WeChat id; a room admin refusing is a decoy.",
    ),
    Room(
        "lv-03",
        "douyin",
        "720003",
        "老滕家粉丝",
        FENSI,
        "食品",
        shown_as(FENSI),
        "龙口粉丝 工厂直播",
        ("龙口粉丝 5斤", "39.9", (Said("绿豆淀粉"),)),
        captions=(
            decoy(
                LURE,
                "咱不加微信啊家人们，就在直播间小黄车拍，售后有保障",
                "the host refuses to move off-platform",
            ),
        ),
        pinned=decoy(LURE, "关注主播，加入粉丝团领专属券", "粉丝团 is on the platform"),
        chat=(
            decoy(LURE, "加你vx行吗", "a viewer asking", "粉丝团Lv12 龙口大姐"),
            WARN,
            Said("已拍", who="老王"),
        ),
        permit=food_permit("370681", 7203),
        note="Clean room: the host refuses WeChat; viewer asks; platform warns.",
    ),
    Room(
        "lv-04",
        "taobao",
        "740004",
        "滋补堂",
        EJIAO,
        "食品",
        shown_as(EJIAO),
        "阿胶糕 秋冬滋补",
        ("阿胶糕 500g", "168", (Said("即食型"),)),
        captions=(
            bad(
                MED, "这个阿胶糕，贫血的、月经不调的，吃一个月就调理好了", "claims to cure disease"
            ),
        ),
        chat=(
            Said("阿胶糕甜不甜", who="小雨"),
            decoy(MED, "本品为普通食品，不能代替药物", "the staff's statutory notice", "场控 小补"),
        ),
        permit=food_permit("370611", 7404),
        note="The host claims anaemia and menstrual disorders are cured; viewer and notice are "
        "decoys.",
    ),
    Room(
        "lv-05",
        "kuaishou",
        "730005",
        "长岛鲜参",
        HAISHEN,
        "食品",
        shown_as(HAISHEN),
        "长岛海参 源头直播",
        ("即食海参 10只", "298", (Said("冷冻保存"),)),
        captions=(bad(ABS, "全网最低，出了直播间就没有这个价了", "全网最低"),),
        pinned=Said("本直播间价格以商品详情页为准"),
        pinned_by="助理",
        chat=(
            Said("几头的", who="粉丝团Lv5 参迷"),
            Said("欢迎来到直播间！请遵守社区规范", who="系统"),
        ),
        permit=food_permit("370614", 7505),
        note="The host claims the lowest price on the whole network.",
    ),
    Room(
        "lv-06",
        "pinduoduo",
        "750006",
        "鲜果园",
        QINGCANG,
        "生鲜",
        shown_as(QINGCANG),
        "清仓专场",
        ("苹果干 礼盒", "29.9", (Said("苹果干非生鲜，常温保存"),)),
        chat=(
            bad(
                RET,
                "清仓这批苹果干不退不换啊，想好了再拍",
                "refuses returns of dried fruit",
                "主播 园主",
            ),
            decoy(
                RET,
                "鲜果签收后不支持七天无理由，坏果包赔",
                "perishable: statutory exemption",
                "助理 果果",
            ),
        ),
        note="The host refuses returns of (non-perishable) dried fruit.",
    ),
    Room(
        "lv-07",
        "douyin",
        "720007",
        "小美衣橱",
        FUZHUANG,
        "服装",
        None,
        "秋冬新款",
        ("加绒卫衣", "89", (Said("均码"),)),
        chat=(Said("有营业执照吗", who="路人甲"), Said("上链接", who="小花")),
        note="No 商家资质 entry and no licence anywhere in the room.",
    ),
    Room(
        "lv-08",
        "taobao",
        "740008",
        "海珍源工厂店",
        FACTORY,
        "食品",
        shown_as(FACTORY),
        "海参工厂直播",
        ("淡干海参 250g", "899", (Said("源头工厂直发"),)),
        captions=(Said("我们是源头工厂，一手货源"),),
        chat=(
            WARN,
            decoy(ABS, "这是我买过最好的海参", "a viewer's words", "粉丝团Lv5 参迷"),
            decoy(MED, "我妈吃了说失眠治好了", "a viewer's words, not the seller's", "小雨"),
        ),
        note="Food seller: licence shown but no JY permit.",
    ),
    Room(
        "lv-09",
        "douyin",
        "720009",
        "花颜美妆",
        MEIZHUANG,
        "美妆",
        shown_as(MCN),
        "护肤专场",
        ("精华液 30ml", "199", (Said("烟酰胺"),)),
        chat=(
            Said("油皮能用吗", who="小鹿"),
            decoy(ABS, "第一次用建议先在耳后试用", "ordinal 第一次", "助理 花花"),
        ),
        note="The licence shown is the MCN 直播基地's, not the seller's.",
    ),
    Room(
        "lv-10",
        "kuaishou",
        "730010",
        "渔家大哥",
        YUJIA,
        "生鲜",
        shown_as(YUJIA),
        "长岛海鲜 现捞现卖",
        ("鲜活海胆 2斤", "88", (Said("当天捕捞"),)),
        captions=(
            Said("家人们今天海胆特别肥"),
            bad(LURE, "要的扣1，我让小助理加你，微信发你链接", "moves buyers to WeChat"),
        ),
        chat=(
            Said("1", who="海边人"),
            decoy(LURE, "平台提示：请勿添加主播私人联系方式交易", "platform message", "系统"),
        ),
        note="The host promises to contact buyers on WeChat.",
    ),
    Room(
        "lv-11",
        "douyin",
        "720011",
        "零食铺子",
        LINGSHI,
        "食品",
        shown_as(LINGSHI),
        "零食专场",
        ("海苔脆片 10包", "19.9", (Said("儿童可食"),)),
        captions=(
            decoy(MED, "这个不是药啊，治不了病，就是个零食，好吃", "negated claim by the host"),
        ),
        chat=(
            decoy(LURE, "主播能加v吗", "a viewer asking", "糖糖"),
            decoy(
                LURE, "不要在公屏要联系方式，有问题找官方客服", "room admin refusing", "房管 阿亮"
            ),
            decoy(ABS, "这是我吃过最好吃的海苔！", "a viewer's words", "粉丝团Lv9 小馋"),
        ),
        permit=food_permit("370613", 7611),
        note="Clean room: host denies any medical effect; a viewer asks for WeChat; admin "
        "refuses; a viewer's superlative.",
    ),
    Room(
        "lv-12",
        "taobao",
        "740012",
        "养生茶坊",
        CHAFANG,
        "食品",
        shown_as(CHAFANG),
        "养生茶直播",
        ("桑叶茶 30包", "59", (Said("代用茶"),)),
        pinned=bad(
            MED, "本品对高血压、糖尿病有辅助疗效，坚持喝效果明显", "disease claims pinned by staff"
        ),
        pinned_by="场控",
        chat=(Said("怎么泡", who="老李"),),
        permit=food_permit("370602", 7712),
        note="A disease claim in the notice pinned by the room's staff.",
    ),
)
