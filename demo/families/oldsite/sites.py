"""The oldsite companies: Yantai firms' own websites, in old-style 官网 wording."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit
from demo.families.corpus import Registered, Said, bad, decoy, shown_as
from demo.families.oldsite import Site

ABS, MED, RET, MIS, INV = (
    "ad.absolute_terms",
    "ad.medical_claims",
    "returns.refused",
    "licence.mismatch",
    "licence.uscc_invalid",
)
LTD = "有限责任公司（自然人投资或控股）"


def _reg(
    seed: str, name: str, division: str, person: str, address: str, founded: str, kind: str = LTD
) -> Registered:
    return Registered(
        name, code_for(seed, division), kind, person, f"山东省烟台市{address}", founded
    )


def _icp(n: int) -> Said:
    return decoy(MIS, f"鲁ICP备{n:08d}号-1", "ICP filing number, not a licence code")


PENGLAI = _reg(
    "os-01",
    "烟台蓬莱阁海洋食品有限公司",
    "370614",
    "宋海滨",
    "蓬莱区登州街道海港路2号",
    "1998年07月01日",
)
HENGLI = _reg(
    "os-02", "烟台开发区恒力机械有限公司", "370676", "周恒力", "开发区长江路88号", "2003年03月15日"
)
FENGSHOU = _reg(
    "os-03",
    "莱阳市丰收农机销售有限公司",
    "370682",
    "吕丰收",
    "莱阳市城厢街道富山路9号",
    "2007年12月01日",
)
HONGYUAN = _reg(
    "os-04", "烟台宏远建材有限公司", "370613", "侯宏远", "莱山区港城东大街500号", "2011年05月20日"
)
GROUP = code_for("os-04/group", "370600")
MUYI = _reg(
    "os-05",
    "烟台福山木艺家具厂",
    "370611",
    "杜木",
    "福山区门楼镇工业园",
    "2005年09月09日",
    "个人独资企业",
)
ZHAOYUAN = _reg(
    "os-06",
    "招远市金都粉丝有限公司",
    "370685",
    "邢金都",
    "招远市张星镇粉丝工业园",
    "2001年04月18日",
)
HAIYANG = _reg(
    "os-07",
    "海阳市海之珍海参养殖有限公司",
    "370687",
    "姜珍",
    "海阳市凤城街道海滨路21号",
    "2013年06月06日",
)
CHANGDAO = _reg(
    "os-08",
    "长岛县渔家乐海珍品有限公司",
    "370634",
    "王渔家",
    "长岛县南长山街道渔港路1号",
    "2010年08月18日",
)
JIUYE = _reg(
    "os-09",
    "烟台芝罘老酒坊酒业有限公司",
    "370602",
    "韩老酒",
    "芝罘区幸福街道酒厂路7号",
    "1999年01月28日",
)

HAITIAN = _reg(
    "os-10", "烟台海天渔具有限公司", "370602", "海天", "芝罘区港湾大道12号", "2006年06月06日"
)
HUAXIN = _reg(
    "os-11", "烟台华鑫印刷有限公司", "370611", "华鑫", "福山区福海路6号", "2004年04月04日"
)
KANGNING = _reg(
    "os-12", "烟台康宁医疗器械有限公司", "370613", "康宁", "莱山区港城东大街1号", "2019年09月19日"
)

SITES = (
    Site(
        "os-01",
        "penglaige",
        "蓬莱阁海产",
        PENGLAI,
        "食品",
        shown_as(PENGLAI),
        "about",
        permit=food_permit("370614", 5021),
        welcome=(
            Said("热烈祝贺我公司网站全新改版上线！"),
            decoy(ABS, "公司始终坚持“质量第一、信誉至上”的宗旨", "values, not a product claim"),
        ),
        about=(
            Said(
                "本公司始建于一九九八年，坐落于人间仙境蓬莱，主营海参、鲍鱼等海珍品的加工与销售。"
            ),
        ),
        products=(("蓬莱淡干海参", (Said("精选蓬莱海域野生刺参"),)),),
        contact=(Said("地址：烟台市蓬莱区登州街道海港路2号"), Said("电话：0535-5661234")),
        footer=(
            _icp(2008011),
            decoy(MIS, "鲁公网安备 37068402000112号", "公安 filing number, not a licence code"),
        ),
        note="Clean: licence and food permit on 公司简介; ICP and 公网安备 numbers in the footer.",
    ),
    Site(
        "os-02",
        "hengli",
        "恒力机械",
        HENGLI,
        "五金机械",
        shown_as(HENGLI),
        "footer",
        welcome=(
            Said("主营液压机械、农用机械配件。"),
            decoy(ABS, "产品出现问题，我们第一时间上门服务", "第一时间 is an idiom, not a claim"),
        ),
        about=(Said("公司成立于2003年，位于烟台经济技术开发区。"),),
        products=(("液压升降平台", (Said("载重500公斤"),)),),
        contact=(Said("联系人：周经理 13905351234"),),
        footer=(_icp(2010032), Said("技术支持：烟台网联信息技术有限公司")),
        note="Clean: licence in the footer of every page; a web developer named in the footer.",
    ),
    Site(
        "os-03",
        "fengshou",
        "丰收农机",
        FENGSHOU,
        "农机",
        None,
        "none",
        welcome=(Said("丰收农机欢迎您！主营拖拉机、收割机及配件销售。"),),
        about=(Said("公司位于莱阳市，代理多个国内农机品牌。"),),
        products=(("小麦收割机配件", (Said("原厂配件，量大从优"),)),),
        contact=(
            Said("地址：莱阳市城厢街道富山路9号"),
            Said("电话：0535-7212345 传真：0535-7212346"),
        ),
        footer=(_icp(2012077),),
        note="No licence on any page: 联系我们 has only address and phone; an ICP number.",
    ),
    Site(
        "os-04",
        "hongyuan",
        "宏远建材",
        HONGYUAN,
        "建材",
        shown_as(HONGYUAN, name="烟台宏远集团有限公司", uscc=GROUP),
        "info",
        welcome=(Said("宏远建材，隶属宏远集团，主营瓷砖、卫浴、板材。"),),
        about=(Said("公司是宏远集团旗下建材销售企业。"),),
        products=(("防滑地砖 800x800", (Said("通体砖，耐磨防滑"),)),),
        footer=(_icp(2015091),),
        note="企业信息 shows the parent group's name and code, not the registered seller.",
    ),
    Site(
        "os-05",
        "muyi",
        "福山木艺",
        MUYI,
        "家具",
        shown_as(MUYI, uscc=MUYI.uscc[:17] + "O"),
        "contact",
        welcome=(Said("实木家具定做，老木匠手艺。"),),
        about=(Said("本厂创办于2005年，专注实木家具二十年。"),),
        products=(
            (
                "实木八仙桌",
                (
                    decoy(
                        RET,
                        "尺寸可按客户要求定做，定做家具不适用七日无理由退货",
                        "made-to-order goods: statutory exemption",
                    ),
                ),
            ),
        ),
        contact=(Said("厂址：福山区门楼镇工业园"),),
        footer=(_icp(2013120),),
        note="联系我们 shows the code ending in the letter O, never used by GB 32100: invalid.",
    ),
    Site(
        "os-06",
        "jindu",
        "金都粉丝",
        ZHAOYUAN,
        "食品",
        shown_as(ZHAOYUAN),
        "about",
        permit=food_permit("370685", 7702),
        welcome=(bad(ABS, "中国粉丝第一品牌，采用国内最先进的生产工艺", "第一品牌 / 最先进"),),
        about=(Said("公司创建于2001年，是招远市粉丝生产销售企业。"),),
        products=(("龙口粉丝礼盒", (decoy(ABS, "煮制3分钟口感最佳", "usage tip"),)),),
        footer=(_icp(2009155),),
        note="Absolute claims on the home page; licence and permit on 公司简介.",
    ),
    Site(
        "os-07",
        "haizhizhen",
        "海之珍海参",
        HAIYANG,
        "食品",
        shown_as(HAIYANG),
        "footer",
        welcome=(Said("海阳海参，在线订购，全国包邮。"),),
        about=(Said("公司拥有自有海域三千亩。"),),
        products=(("即食海参 500g", (Said("开袋即食，冷冻保存"),)),),
        footer=(_icp(2016022),),
        note="Sells processed sea cucumber online with no JY food permit anywhere.",
    ),
    Site(
        "os-08",
        "yujiale",
        "渔家乐海珍品",
        CHANGDAO,
        "生鲜",
        shown_as(CHANGDAO),
        "about",
        welcome=(Said("长岛鲜活海珍品，当天捕捞当天发货。"),),
        about=(Said("公司注册于原长岛县，主营鲜活海产品。"),),
        products=(
            (
                "鲜活扇贝 5斤装",
                (
                    decoy(
                        RET,
                        "鲜活海产品属鲜活易腐商品，签收后不适用七日无理由退货",
                        "perishable goods: statutory exemption",
                    ),
                ),
            ),
        ),
        contact=(
            bad(RET, "干货礼盒产品一经售出，非质量问题概不退换", "refuses returns of dry goods"),
        ),
        footer=(_icp(2014033),),
        note="Return refusal for dry goods on 联系我们; a perishable exemption; an abolished "
        "division code 370634 on a valid code.",
    ),
    Site(
        "os-09",
        "laojiufang",
        "芝罘老酒坊",
        JIUYE,
        "酒水",
        shown_as(JIUYE),
        "image",
        permit=food_permit("370602", 6610),
        welcome=(
            bad(MED, "常饮本坊黄酒，可软化血管、预防心脑血管疾病", "disease claims on wine"),
            Said("适量饮酒，未成年人禁止饮酒。"),
        ),
        about=(Said("老酒坊始于1999年，传统工艺酿造黄酒。"),),
        products=(
            (
                "老酒坊黄酒 500ml",
                (
                    decoy(
                        MED,
                        "本品为酒类，不具有任何保健和治疗功能",
                        "negated: disclaims any treatment function",
                    ),
                ),
            ),
        ),
        footer=(_icp(2011188),),
        note="Licence only as a scanned image on 企业信息; medical claims on the home page.",
    ),
    Site(
        "os-10",
        "haitian",
        "海天渔具",
        HAITIAN,
        "渔具",
        shown_as(HAITIAN),
        "contact",
        welcome=(Said("海天渔具，专业生产海钓竿、渔线轮。"),),
        about=(Said("公司成立于2006年，产品销往全国各地。"),),
        products=(("碳素海钓竿 3.6米", (Said("高碳布，超轻"),)),),
        contact=(
            decoy(
                "live.offplatform_lure",
                "批发客户欢迎来电或加微信洽谈：13805357788（微信同号）",
                "a self-built site's own contact: there is no platform to lure buyers off "
                "(relabelled 2026-12-01, as the sealed cmssite family labels it)",
            ),
            Said("地址：烟台市芝罘区港湾大道12号"),
        ),
        footer=(_icp(2006118),),
        note="A self-built shop giving its own WeChat for wholesale deals (no platform: no lure).",
    ),
    Site(
        "os-11",
        "huaxin",
        "华鑫印刷",
        HUAXIN,
        "印刷",
        shown_as(HUAXIN),
        "about",
        welcome=(
            bad(ABS, "全市唯一一家拥有八色印刷机的企业", "唯一: unsupported uniqueness claim"),
        ),
        about=(Said("华鑫印刷成立于2004年，承接画册、包装印刷。"),),
        products=(
            (
                "精装画册印刷",
                (
                    decoy(
                        RET,
                        "印刷品按客户稿件定制，不适用七日无理由退货",
                        "made-to-order print jobs: statutory exemption",
                    ),
                ),
            ),
        ),
        footer=(_icp(2004017),),
        note="Uniqueness claim on the home page; made-to-order exemption.",
    ),
    Site(
        "os-12",
        "kangning",
        "康宁医疗器械",
        KANGNING,
        "医疗器械",
        shown_as(KANGNING),
        "info",
        welcome=(
            Said("康宁医疗器械，经营家用医疗器械。"),
            decoy(
                MED,
                "电子血压计用于测量血压，鲁烟械备20200012号",
                "a filed medical device stating its use",
            ),
        ),
        about=(Said("公司持有第二类医疗器械经营备案凭证。"),),
        products=(("电子血压计", (Said("上臂式，语音播报"),)),),
        footer=(
            _icp(2020101),
            decoy(
                MIS, "网站建设：烟台网联信息技术有限公司", "the web developer's name, not a licence"
            ),
        ),
        note="Clean: a medical-device seller; device use stated with its filing number.",
    ),
)
