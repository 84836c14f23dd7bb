"""The sellers of the yzmall family as data: each mall's decoration, items and licence display."""

from __future__ import annotations

from dataclasses import dataclass

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, Said, Shown, bad, decoy, shown_as
from demo.families.yzmall.deco import (
    Banner,
    CertBadge,
    Component,
    Footer,
    GoodsCard,
    NoticeBar,
    Review,
    RichText,
)


@dataclass(frozen=True)
class Mall:
    """One SaaS mall: its home decoration, items, and where the licence sits."""

    tid: str
    platform: str
    slug: str
    shop_name: str
    category: str
    reg: Registered
    home: tuple[Component, ...]
    note: str
    shown: Shown | None = None
    permit: str = ""
    where: str = "zizhi"  # shopinfo: licence on 店铺信息; zizhi: one more step; none
    info_extra: tuple[Component, ...] = ()  # more on 店铺信息 (badges, a successor's notice)
    items: tuple[tuple[str, tuple[Component, ...]], ...] = ()
    status: str = "存续"
    status_date: str = ""

    @property
    def root(self) -> str:
        return f"/{'youzan' if self.platform == '有赞' else 'weimob'}/{self.slug}/"


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = "有限责任公司（自然人独资）") -> Registered:
    category = "2" if kind == "个体工商户" else "1"
    return Registered(name, code_for("yzmall/" + seed, division, category), kind, person,
                      address, founded)


SOLO = "个体工商户"
R = {
    "ketang": _reg("ketang", "烟台知行教育咨询有限公司", "370613", "韩知行",
                   "山东省烟台市莱山区山海路117号", "2019-07-01"),
    "beizi": _reg("beizi", "烟台市芝罘区恒温日用百货店", "370602", "马超",
                  "山东省烟台市芝罘区南大街45号", "2018-02-14", SOLO),
    "haishen": _reg("haishen", "烟台深海源海参有限公司", "370614", "林深",
                    "山东省烟台市蓬莱区海滨路2号", "2016-05-05"),
    "yangsheng": _reg("yangsheng", "烟台福山区本草堂茶饮店", "370611", "周本",
                      "山东省烟台市福山区河滨路33号", "2021-11-11", SOLO),
    "huayi": _reg("huayi", "烟台花间集园艺有限公司", "370676", "沈花",
                  "山东省烟台经济技术开发区珠江路66号", "2023-03-03"),
    "huayi_old": _reg("huayi_old", "烟台开发区花间集花艺工作室", "370676", "沈花",
                      "山东省烟台经济技术开发区珠江路66号", "2017-04-20", SOLO),
    "wanju": _reg("wanju", "烟台高新区乐童玩具有限公司", "370671", "乐童",
                  "山东省烟台市高新区航天路101号", "2020-08-08"),
    "shouji": _reg("shouji", "龙口市速联通讯器材店", "370681", "黄速", "山东省龙口市东莱街道"
                   "港栾路12号", "2019-05-15", SOLO),
    "lajiao": _reg("lajiao", "莱阳市老娘舅辣酱坊", "370682", "舅老汉", "山东省莱阳市旌旗路8号",
                   "2022-01-20", SOLO),
    "jianshen": _reg("jianshen", "烟台芝罘区燃动健身服务有限公司", "370602", "高燃",
                     "山东省烟台市芝罘区西大街200号", "2020-10-01"),
    "shuma": _reg("shuma", "烟台市牟平区声远数码产品店", "370612", "声远",
                  "山东省烟台市牟平区大窑路9号", "2018-12-12", SOLO),
    "fuzhuang": _reg("fuzhuang", "招远市锦衣坊服装有限公司", "370685", "锦衣",
                     "山东省招远市金晖路77号", "2015-03-15"),
    "pingguo": _reg("pingguo", "栖霞市苹果小镇果品店", "370686", "秦果",
                    "山东省栖霞市翠屏街道1号", "2017-09-01", SOLO),
}
SAAS_AGENT = Registered("烟台微联网络科技有限公司", code_for("yzmall/agent", "370613", "1"),
                        "有限责任公司（自然人投资或控股）", "许联", "山东省烟台市莱山区科技路5号",
                        "2016-01-01")
OTHER_NAME = "烟台恒远商贸有限公司"  # a name that is not the registered one (ym-08)
AGENT_LINE = decoy("licence.mismatch", f"本店小程序由{SAAS_AGENT.name}（统一社会信用代码 "
                   f"{SAAS_AGENT.uscc}）代运营", "the SaaS agency's own code, a third party's")
EDU_NOTE = RichText(decoy("ad.medical_claims", "【消费提醒】凡宣称食品“包治百病”“根治高血压”"
                          "“替代药物”的，都是虚假宣传，请勿轻信",
                          "a consumer-education notice quotes the banned claims"))
FRESH = decoy("returns.refused", "生鲜水果属鲜活易腐商品，不适用七天无理由退货；坏果、烂果拍照"
              "联系客服按比例赔付", "消法 第二十五条: fresh goods are a lawful exception")
VIRTUAL = decoy("returns.refused", "本课程为在线观看的虚拟商品，开通后不支持七天无理由退货"
                "（《消费者权益保护法》第二十五条）；未开课的可申请退款",
                "digital goods viewed online are a lawful exception")

MALLS = (
    Mall("ym-01", "有赞", "zhixingketang", "知行课堂", "教育培训", R["ketang"], (
        Banner(Said("知行课堂 · 家长必修课")),
        GoodsCard("小学数学思维训练营（30节）", "399", VIRTUAL, href="goods/siwei"),
        Review("豆豆妈", decoy("ad.absolute_terms", "孩子说这是他上过最有意思的网课",
                               "a buyer's review quotes 最")),
        Footer()),
        "Clean: a course shop's lawful 虚拟商品 exemption; the licence two steps away "
        "(商家信息 › 资质证照); the shop name differs from the registered name.",
        shown=shown_as(R["ketang"]),
        info_extra=(CertBadge("企业认证 · 已通过有赞商家认证"),),
        items=(("siwei", (GoodsCard("小学数学思维训练营（30节）", "399", VIRTUAL),
                          RichText(Said("课程有效期365天，可回看"))),),)),
    Mall("ym-02", "有赞", "hengwenbaihuo", "恒温生活馆", "日用品", R["beizi"], (
        NoticeBar(bad("returns.refused", "本店所有商品售出概不退换，请看清再拍",
                      "the seller refuses any return on ordinary goods")),
        GoodsCard("316不锈钢保温杯 500ml", "49", Said("12小时保温")),
        Footer()),
        "概不退换 on ordinary household goods in the shop's notice bar.",
        shown=shown_as(R["beizi"]), where="shopinfo"),
    Mall("ym-03", "微盟", "shenhaiyuan", "深海源海参商城", "食品", R["haishen"], (
        Banner(bad("ad.absolute_terms", "行业第一品牌 · 顶级淡干海参 · 蓬莱唯一指定",
                   "第一 / 顶级 / 唯一 in the seller's own banner")),
        GoodsCard("淡干海参 250g", "1280", Said("20-30头，含盐量低于5%")),
        Review("老蓬莱", decoy("ad.absolute_terms", "客服说没有最好只有更好，实在",
                               "a review quotes the seller declining a superlative")),
        RichText(decoy("ad.medical_claims", "海参是滋补食品，不是药品，不具有治疗疾病的作用，"
                       "请勿听信“吃海参治病”的宣传", "the seller denies any cure")),
        Footer()),
        "The banner's 行业第一 / 顶级 / 唯一; the permit is on the 资质证照 page.",
        shown=shown_as(R["haishen"]), permit=food_permit("370614", 3301)),
    Mall("ym-04", "有赞", "bencaotang", "本草堂养生茶", "食品", R["yangsheng"], (
        GoodsCard("黄芪枸杞茶 30包", "68", bad(
            "ad.medical_claims", "每天一杯，坚持三个月血压稳了，降血脂、通血管，比吃药强",
            "a 代用茶 (ordinary food) claimed to lower blood pressure and lipids"),
            href="goods/huangqi"),
        EDU_NOTE, Footer()),
        "An ordinary tea sold as lowering blood pressure; the shop also shows an education "
        "notice quoting such claims.",
        shown=shown_as(R["yangsheng"]), permit=food_permit("370611", 902), where="shopinfo",
        items=(("huangqi", (GoodsCard("黄芪枸杞茶 30包", "68", Said("配料：黄芪、枸杞、菊花")),
                            RichText(Said("产品类别：代用茶（普通食品）")))),)),
    Mall("ym-05", "微盟", "huajianji", "花间集鲜花", "鲜花", R["huayi"], (
        Banner(Said("同城鲜花 2小时达")),
        GoodsCard("红玫瑰 11枝", "139", decoy("returns.refused", "鲜切花属鲜活易腐商品，签收后"
                  "不支持七天无理由，花材问题2小时内拍照可补发",
                  "fresh flowers are a lawful exception, with a remedy")),
        Footer()),
        "Clean: the previous entity (a 个体 studio) is 注销 and the page says so; the new "
        "company's licence is shown and in force.",
        shown=shown_as(R["huayi"]), where="shopinfo",
        info_extra=(RichText(decoy("licence.deregistered", f"原经营主体{R['huayi_old'].name}"
                                   f"（统一社会信用代码 {R['huayi_old'].uscc}）已于2023年2月注销，"
                                   "本店自2023年3月起由下列公司经营",
                                   "names the 注销 predecessor and its code, but shows the "
                                   "successor's licence, in force")),)),
    Mall("ym-06", "有赞", "letongwanju", "乐童玩具屋", "玩具", R["wanju"], (
        GoodsCard("磁力积木 120片", "89", Said("3C认证，适合3岁以上")),
        Review("小宇爸爸", Said("做工不错，孩子喜欢")), Footer()),
        "店铺信息 has a 企业认证 badge but no licence, and no 资质 page exists.",
        where="none", info_extra=(CertBadge("企业认证"),)),
    Mall("ym-07", "有赞", "sulian", "速联手机配件", "数码配件", R["shouji"], (
        GoodsCard("20W快充头", "29", Said("支持PD协议")),
        Footer(Said("鲁ICP备2023018822号-1")),),
        "The 资质证照 code fails its check (lower case, wrong check character); the ICP "
        "number in the footer is no licence.",
        shown=shown_as(R["shouji"], uscc=with_wrong_check(R["shouji"].uscc, 7).lower())),
    Mall("ym-08", "微盟", "laoniangjiu", "老娘舅辣酱", "食品", R["lajiao"], (
        GoodsCard("莱阳老式辣椒酱 2瓶", "36", Said("手工熬制，香辣下饭")),
        Footer()),
        "The 资质证照 page shows another name with the seller's own valid code; and no "
        "食品经营许可证 for a food seller.",
        shown=shown_as(R["lajiao"], name=OTHER_NAME)),
    Mall("ym-09", "有赞", "randongjianshen", "燃动健身", "运动器材", R["jianshen"], (
        GoodsCard("瑜伽垫 10mm", "59", Said("TPE双面防滑")),
        NoticeBar(bad("live.offplatform_lure", "下单前请先加店长微信 randong_vip 确认库存，"
                      "微信转账再减10元", "the seller sends buyers to WeChat and private pay")),
        Footer()),
        "The notice bar moves buyers to WeChat and a private transfer.",
        shown=shown_as(R["jianshen"]), where="shopinfo"),
    Mall("ym-10", "有赞", "shengyuan", "声远数码", "数码配件", R["shuma"], (
        NoticeBar(decoy("live.offplatform_lure", "谨防诈骗：本店不会通过微信、QQ要求您转账，"
                        "所有交易请在店铺内完成", "the seller's own anti-fraud warning")),
        GoodsCard("蓝牙耳机", "129", Said("续航30小时")),
        EDU_NOTE, Footer(AGENT_LINE)),
        "Clean: a third party's (the SaaS agency's) code in the footer; an anti-fraud notice; "
        "an education notice quoting banned claims.",
        shown=shown_as(R["shuma"])),
    Mall("ym-11", "微盟", "jinyifang", "锦衣坊女装", "服装", R["fuzhuang"], (
        Banner(Said("冬季新品 · 满299减30")),
        NoticeBar(decoy("live.offplatform_lure", "客服只在店铺内在线咨询，不会私信加您微信，"
                        "也不会让您站外付款", "the seller's own warning against off-platform "
                        "pay")),
        GoodsCard("羊绒大衣", "899", decoy("returns.refused", "支持七天无理由退货，吊牌未拆、"
                  "不影响二次销售即可", "the statutory return with its lawful condition")),
        Footer()),
        "The licence shown is that of a company the registry lists as 吊销.",
        shown=shown_as(R["fuzhuang"]), where="shopinfo", status="吊销", status_date="2025-09-12"),
    Mall("ym-12", "微盟", "pingguoxiaozhen", "苹果小镇", "水果", R["pingguo"], (
        GoodsCard("栖霞红富士 85mm 10斤", "59", FRESH),
        Review("吃货小王", decoy("ad.absolute_terms", "今年吃过的最脆的苹果，回购",
                                "a buyer's praise")),
        Footer()),
        "Clean: fresh fruit's lawful return exception with a remedy; edible produce needs no "
        "food permit; a buyer's 最脆; the code written in lower case is valid.",
        shown=shown_as(R["pingguo"], uscc=R["pingguo"].uscc.lower())),
)
OLD_ENTITIES = ((R["huayi_old"], "注销", "2023-02-10"), (SAAS_AGENT, "存续", ""))
