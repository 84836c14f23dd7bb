"""The first notes shops: Yantai sellers on 小红书, in the note-and-comment voice."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit
from demo.families.corpus import Registered, bad, decoy, shown_as
from demo.families.notes import Comment, Note, Seller

ABS, MED, RET = "ad.absolute_terms", "ad.medical_claims", "returns.refused"
LURE, MIS = "live.offplatform_lure", "licence.mismatch"
LTD = "有限责任公司（自然人投资或控股）"
SOLE = "个体工商户"


def _reg(
    seed: str, name: str, division: str, person: str, address: str, founded: str, kind: str = LTD
) -> Registered:
    category = {"个体工商户": "2", "农民专业合作社": "3"}.get(kind, "1")
    return Registered(
        name,
        code_for("notes/" + seed, division, category),
        kind,
        person,
        "山东省烟台市" + address,
        founded,
    )


HAIYUN = _reg(
    "nt-01", "烟台海韵生物科技有限公司", "370613", "周韵", "莱山区滨海中路88号", "2019年06月06日"
)
SHENYUAN = _reg(
    "nt-02", "烟台参元堂生物科技有限公司", "370602", "曲元", "芝罘区环山路21号", "2020年09月01日"
)
QIYU = _reg("nt-03", "烟台栖遇服饰有限公司", "370613", "李遇", "莱山区观海路66号", "2022年03月08日")
JIANMU = _reg(
    "nt-04",
    "烟台芝罘简木家居有限公司",
    "370602",
    "王木",
    "芝罘区幸福街道只楚路9号",
    "2021年07月21日",
)
YINGYUAN = _reg(
    "nt-05",
    "烟台市福山区樱园果蔬专业合作社",
    "370611",
    "张樱",
    "福山区张格庄镇樱桃园路1号",
    "2015年04月18日",
    kind="农民专业合作社",
)
SHIGUANG = _reg(
    "nt-06",
    "芝罘区拾光手作饰品店",
    "370602",
    "刘拾光",
    "芝罘区朝阳街32号",
    "2021年11月02日",
    kind=SOLE,
)
HAIZHIWEI = _reg(
    "nt-07",
    "莱山区海之味海产品店",
    "370613",
    "孙海",
    "莱山区初家街道渔港路17号",
    "2018年05月30日",
    kind=SOLE,
)
MAIXIANG = _reg(
    "nt-09",
    "烟台开发区麦香私房烘焙店",
    "370676",
    "赵麦",
    "开发区长江路200号",
    "2022年08月15日",
    kind=SOLE,
)
LANGRUI = _reg(
    "nt-10",
    "烟台蓬莱朗瑞酒业有限公司",
    "370614",
    "朗瑞",
    "蓬莱区刘家沟镇葡萄大道5号",
    "2011年09月19日",
)
JINGLUO = _reg(
    "nt-11",
    "烟台鲸落海洋食品有限公司",
    "370612",
    "鲸一",
    "牟平区宁海街道海参路3号",
    "2021年02月26日",
)
MCN = Registered(
    "烟台星芒文化传媒有限公司",
    code_for("notes/nt-11/mcn", "370602"),
    LTD,
    "星芒",
    "山东省烟台市芝罘区南大街9号",
    "2020年01月06日",
)
FENGUANG = _reg(
    "nt-12",
    "龙口市丰光食品销售有限公司",
    "370681",
    "丰光",
    "龙口市新嘉街道港城大道66号",
    "2019年10月10日",
)
BRAND = code_for("notes/nt-12/brand", "370681")

FRUIT_RETURN = decoy(
    RET,
    "水果是生鲜，到手坏果拍照包赔，不支持七天无理由退货哦。",
    "fresh fruit: the statutory perishable exemption",
)


FIRST = (
    Seller(
        "nt-01",
        "5f1a01",
        "海韵海藻护肤的店",
        HAIYUN,
        "370613",
        "化妆品",
        shown_as(HAIYUN),
        bio=("烟台海边长大的护肤品牌🌊 海藻泥膜 / 海藻补水",),
        notes=(
            Note(
                "n0101",
                "敏感肌也能用的海藻泥膜｜实测一周",
                ("每天晚上敷10分钟，洗掉之后脸摸起来是软的。", "成分：海藻提取物、高岭土、甘油。"),
                goods="海韵 海藻泥膜 100g",
                price="89",
                comments=(
                    Comment(
                        "小鹿不吃葱",
                        decoy(MED, "这个能祛痘吗？", "a user's question"),
                        replies=(
                            Comment(
                                "海韵海藻护肤的店",
                                decoy(
                                    MED,
                                    "宝子，面膜是普通化妆品，不能治疗痘痘哦，严重的话建议去皮肤科看看～",
                                    "the shop replies with a negation",
                                ),
                                tag="作者",
                            ),
                        ),
                    ),
                ),
            ),
        ),
        note="Clean: a user's acne question, the shop's reply is a negation; licence as text.",
    ),
    Seller(
        "nt-02",
        "5f1a02",
        "参元堂海参滋补",
        SHENYUAN,
        "370602",
        "食品",
        shown_as(SHENYUAN),
        entry="店铺资质",
        permit=food_permit("370602", 4401),
        notes=(
            Note(
                "n0201",
                bad(
                    MED,
                    "喝了三个月海参肽，我妈的甲状腺结节真的消了",
                    "the shop's own note claims a disease cured by a food",
                ),
                (
                    bad(
                        MED,
                        "小分子肽能把血管里的斑块溶掉，血管通了人就有精神。",
                        "a claim of effect on the body (dissolving plaque) for a food",
                    ),
                    "一天一袋，温水冲服。",
                ),
                goods="参元堂 海参肽 30袋",
                price="398",
                comments=(Comment("一颗橙子", "我也想给我爸买"),),
            ),
        ),
        note="ad.medical_claims in the shop's own note (title and body).",
    ),
    Seller(
        "nt-03",
        "5f1a03",
        "栖遇原创女装",
        QIYU,
        "370613",
        "服装",
        shown_as(QIYU),
        bio=(
            bad(
                LURE,
                "新款内部价不方便发，主页置顶有🌿，v同号 qiyu2026",
                "cryptic WeChat pointer in "
                "the shop's bio: 🌿 and v同号 give a WeChat id for deals off the platform",
            ),
        ),
        notes=(
            Note(
                "n0301",
                "秋冬通勤大衣｜小个子也能穿",
                ("160cm 穿S码刚好。",),
                goods="栖遇 双面羊绒大衣",
                price="1299",
            ),
        ),
        note="live.offplatform_lure: the bio points to a WeChat id in veiled words.",
    ),
    Seller(
        "nt-04",
        "5f1a04",
        "简木家居生活馆",
        JIANMU,
        "370602",
        "家居",
        None,
        qual="empty",
        notes=(
            Note(
                "n0401",
                "出租屋改造｜300块搞定小书桌",
                ("实木桌面，免工具安装。",),
                goods="简木 松木小书桌",
                price="299",
            ),
        ),
        note="licence.missing: the 资质 page says nothing has been uploaded.",
    ),
    Seller(
        "nt-05",
        "5f1a05",
        "福山樱园大樱桃",
        YINGYUAN,
        "370611",
        "生鲜",
        shown_as(YINGYUAN),
        notes=(
            Note(
                "n0501",
                bad(ABS, "烟台最好吃的大樱桃，没有之一🍒", "最好吃…没有之一 about the goods"),
                ("福山张格庄现摘，顺丰冷链发。", FRUIT_RETURN),
                goods="福山美早大樱桃 2斤 JJ级",
                price="128",
            ),
        ),
        note="ad.absolute_terms in the note title; a co-operative's licence; fruit exemption.",
    ),
    Seller(
        "nt-06",
        "5f1a06",
        "拾光手作",
        SHIGUANG,
        "370602",
        "饰品",
        shown_as(SHIGUANG),
        notice=(
            bad(
                RET,
                "小店商品非质量问题不退不换，介意慎拍～",
                "ordinary goods: the 7-day return refused",
            ),
            decoy(
                RET, "刻字款属于定制商品，不支持七天无理由哦。", "custom engraving is made to order"
            ),
        ),
        notes=(
            Note(
                "n0601",
                "925银手链｜送闺蜜的小心意",
                ("可以免费刻字，备注就好。",),
                goods="拾光 925银珍珠手链",
                price="159",
            ),
        ),
        note="returns.refused in the 店铺公告 of a 个体 jewellery shop.",
    ),
)
