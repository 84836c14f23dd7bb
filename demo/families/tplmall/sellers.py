"""More tplmall sellers: food permits, missing licences, codes, off-platform contact."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit
from demo.families.corpus import Said, bad, decoy, shown_as
from demo.families.tplmall import Product, Seller
from demo.families.tplmall.sellers_first import ABS, FIRST, HAIWEI, HAOYUN, JINHAI, MED, RET, _reg

AFFILIATE = code_for("tp-09/affiliate", "370612")
HAIDAI2 = _reg(
    "tp-10",
    "烟台海岱酒庄销售有限公司",
    "370687",
    "于海岱",
    "海阳市方圆街道海政路8号",
    "2014年03月03日",
)
SHENPIN = _reg(
    "tp-11",
    "烟台参品汇海洋科技有限公司",
    "370612",
    "张参",
    "牟平区武宁街道海参路1号",
    "2018年08月18日",
)
SHENBAO = _reg(
    "tp-12",
    "莱州市海洋参宝生物科技有限公司",
    "370683",
    "鲍宝",
    "莱州市三山岛街道科技园",
    "2020年10月10日",
)


SELLERS = (
    *FIRST,
    Seller(
        "tp-07",
        "jd",
        "laizhouwan",
        "莱州湾海味旗舰店",
        HAIWEI,
        "食品",
        shown_as(HAIWEI),
        entry="店铺证照信息",
        story=(Said("即食海蜇、海米、虾皮，莱州湾直供。"),),
        products=(
            Product(
                "lz71",
                "即食海蜇丝 500g",
                "36.8",
                (Said("开袋即食"),),
                (
                    ("生产商", Said("莱州市海港水产食品厂")),
                    ("生产许可证编号", Said("SC12237068300215")),
                ),
            ),
        ),
        note="Food seller shows its licence but no JY food-business permit (the SC number "
        "is the producer's).",
    ),
    Seller(
        "tp-08",
        "tmall",
        "jinhaian",
        "金海岸龙口粉丝旗舰店",
        JINHAI,
        "食品",
        None,
        entry="",
        permit=food_permit("370681", 1190),
        story=(
            Said("龙口粉丝国家地理标志产品，金海岸品牌创立于2009年。"),
            Said("商标注册证第12345678号"),
        ),
        products=(Product("jh81", "龙口粉丝 2.5kg", "39.9", (Said("绿豆淀粉制作"),)),),
        note="No business licence anywhere: only a trademark certificate and a food permit.",
    ),
    Seller(
        "tp-09",
        "taobao",
        "haoyun",
        "好运家居专营店",
        HAOYUN,
        "家居",
        shown_as(HAOYUN, uscc=AFFILIATE),
        entry="店铺证照",
        products=(
            Product(
                "hy91",
                "抗菌竹砧板 三件套",
                "89",
                (
                    decoy(
                        MED,
                        "砧板表面抗菌处理，厨房清洁更省心",
                        "抗菌 on a kitchen cleaning good, not a medical claim",
                    ),
                    decoy(ABS, "第一次使用前请用清水冲洗晾干", "ordinal 第一次"),
                ),
            ),
        ),
        note="Licence page shows a valid code that is not the registered one.",
    ),
    Seller(
        "tp-10",
        "jd",
        "haidaivip",
        "海岱酒庄京东自营专区",
        HAIDAI2,
        "酒水",
        shown_as(HAIDAI2),
        entry="店铺证照信息",
        permit=food_permit("370687", 4128),
        story=(
            Said("海岱酒庄为企业客户提供年会、礼品定制服务。"),
            bad(
                "live.offplatform_lure",
                "大客户团购请添加企业微信：haidai_vip，享专属报价",
                "moves bulk buyers to WeChat for a private price",
            ),
        ),
        products=(Product("hd12", "海岱桃红葡萄酒 750ml", "128", (Said("马瑟兰酿造"),)),),
        note="Formal copy asking bulk buyers to add a WeChat account.",
    ),
    Seller(
        "tp-11",
        "tmall",
        "shenpin",
        "参品汇海参旗舰店",
        SHENPIN,
        "食品",
        shown_as(SHENPIN),
        entry="工商执照",
        permit=food_permit("370612", 2216),
        story=(
            Said("参品汇精选烟台底播海参，冷链直达。"),
            decoy(
                "live.offplatform_lure",
                "关注官方公众号“参品汇”获取泡发教程",
                "an official account for tutorials, not a lure",
            ),
        ),
        notices=(
            decoy(
                RET,
                "本店支持七天无理由退货（已拆封即食海参除外，下单页面已提示确认）",
                "the exemption named with the buyer's confirmation step",
            ),
        ),
        products=(
            Product(
                "sp11",
                "即食海参 500g",
                "598",
                (Said("冷冻保存"),),
                (
                    (
                        "食用提示",
                        decoy(
                            MED, "本品为普通食品，不具有治疗作用", "negated: no treatment effect"
                        ),
                    ),
                ),
                (
                    decoy(
                        ABS,
                        "差评：客服说是“最好的海参”，其实一般",
                        "a buyer's review quoting the seller, not the page's claim",
                        "t***n",
                    ),
                ),
            ),
        ),
        note="Clean: an official account, a return exemption with confirmation, a negated "
        "treatment line and a review quoting 最好的.",
    ),
    Seller(
        "tp-12",
        "jd",
        "haiyangshen",
        "海洋参宝旗舰店",
        SHENBAO,
        "保健食品",
        shown_as(SHENBAO),
        entry="店铺证照信息",
        permit=food_permit("370683", 2217),
        products=(
            Product(
                "sb12",
                "海参皂苷胶囊 60粒",
                "398",
                (
                    bad(
                        MED,
                        "富含海参皂苷，可抑制肿瘤细胞生长，术后恢复更快",
                        "an anti-tumour claim without the usual disease words",
                    ),
                ),
                (("产品类别", Said("代用茶")),),
            ),
        ),
        note="Anti-tumour claim on a capsule sold as 代用茶.",
    ),
)
