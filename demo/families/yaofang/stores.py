"""The sellers of the yaofang family as data: pharmacies and health shops on 京东到家 / 美团买药."""

from __future__ import annotations

from dataclasses import dataclass

from demo.families.codes import code_for, food_permit
from demo.families.corpus import Registered, Said, Shown, bad, decoy, shown_as


@dataclass(frozen=True)
class Good:
    """One shelf item: its kind tag (OTC, 处方药, 保健食品, 普通食品, 医疗器械, 日用品), its
    pitch, and (for an item page) its 说明书 or label lines."""

    name: str
    kind: str
    price: str
    pitch: Said
    sheet: tuple[Said, ...] = ()
    slug: str = ""


@dataclass(frozen=True)
class Store:
    """One store on an instant-retail platform and what its 商家资质 page shows."""

    tid: str
    platform: str
    slug: str
    shop_name: str
    category: str
    reg: Registered
    shown: Shown | None
    goods: tuple[Good, ...]
    note: str
    tips: tuple[Said, ...] = ()  # the platform's 平台提示
    notices: tuple[Said, ...] = ()  # the store's 店铺公告
    reviews: tuple[tuple[str, Said], ...] = ()
    drug_permit: str = ""
    permit: str = ""
    filing: str = ""
    status: str = "存续"
    status_date: str = ""

    @property
    def root(self) -> str:
        return f"/{'daojia' if self.platform == '京东到家' else 'maiyao'}/store/{self.slug}/"


BRANCH = "有限责任公司分公司（自然人投资或控股）"
COMPANY = "有限责任公司（自然人投资或控股）"


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = BRANCH) -> Registered:
    category = "2" if kind == "个体工商户" else "1"
    return Registered(name, code_for("yaofang/" + seed, division, category), kind, person,
                      address, founded)


def _drug(division: str, n: int) -> str:
    """A 药品经营许可证 number in the Shandong style (鲁 + class letters + 4-digit area + seq)."""
    return f"鲁AA{5350 + int(division[4:]):04d}{n:03d}"


R = {
    "renhe": _reg("renhe", "烟台仁和堂大药房连锁有限公司芝罘南大街店", "370602", "邵仁",
                  "山东省烟台市芝罘区南大街120号", "2016-03-01"),
    "jiankang": _reg("jiankang", "烟台莱山区康源保健品经营部", "370613", "康源",
                     "山东省烟台市莱山区观海路16号", "2020-06-18", "个体工商户"),
    "yisheng": _reg("yisheng", "烟台优益生健康科技有限公司", "370671", "于益",
                    "山东省烟台市高新区创业路8号", "2021-09-09", COMPANY),
    "sulai": _reg("sulai", "烟台开发区速来大药房有限公司", "370676", "苏来",
                  "山东省烟台经济技术开发区长江路66号", "2018-08-08", COMPANY),
    "xinglin": _reg("xinglin", "蓬莱区杏林春药店", "370614", "林春", "山东省烟台市蓬莱区"
                    "登州路3号", "2015-10-10", "个体工商户"),
    "qiqi": _reg("qiqi", "莱州市颐寿堂医疗器械店", "370683", "颐寿", "山东省莱州市光州街9号",
                 "2019-01-21", "个体工商户"),
    "baixing": _reg("baixing", "龙口市百姓平价药店", "370681", "百姓", "山东省龙口市港城大道"
                    "88号", "2017-05-05", "个体工商户"),
    "anshan": _reg("anshan", "招远市安善堂药店", "370685", "安善", "山东省招远市温泉路31号",
                   "2014-12-12", "个体工商户"),
    "kangtai": _reg("kangtai", "烟台康泰大药房连锁有限公司福山分店", "370611", "康泰",
                    "山东省烟台市福山区福海路200号", "2019-04-04"),
    "haiyang": _reg("haiyang", "海阳市民康药店", "370687", "民康", "山东省海阳市海政路18号",
                    "2013-06-06", "个体工商户"),
    "zibu": _reg("zibu", "烟台市牟平区滋养堂保健食品店", "370612", "滋养", "山东省烟台市牟平区"
                 "宁海大街50号", "2022-02-22", "个体工商户"),
    "bupin": _reg("bupin", "栖霞市本真滋补商行", "370686", "本真", "山东省栖霞市霞光路7号",
                  "2020-11-30", "个体工商户"),
    "changdao": _reg("changdao", "长岛海康药店", "370634", "海康", "山东省烟台市蓬莱区长岛"
                     "南长山街道", "2012-08-01", "个体工商户"),
}
HQ = Registered("烟台康泰大药房连锁有限公司", code_for("yaofang/kangtai-hq", "370602", "1"),
                COMPANY, "康泰", "山东省烟台市芝罘区北马路50号", "2010-01-01")
COURIER = Registered("烟台闪送即时配送服务有限公司", code_for("yaofang/courier", "370613", "1"),
                     COMPANY, "闪达", "山东省烟台市莱山区港城东大街500号", "2019-02-02")
EXTRA_ENTITIES = (HQ, COURIER)

RX_TIP = decoy("live.offplatform_lure", "平台提示：处方药须凭处方并经执业药师审核后购买；任何要求"
               "您添加私人微信、扫码转账购药的行为均属违规，请勿相信",
               "the platform's notice quotes the banned act to forbid it")
WARM_TIP = decoy("ad.medical_claims", "温馨提示：OTC药品请按说明书或在药师指导下购买使用；医疗器械"
                 "请详阅说明书；保健食品不是药物，不能代替药物治疗疾病",
                 "the platform's standard reminder names drugs and cures to limit them")
GSP = decoy("returns.refused", "药品属特殊商品，除质量问题外，一经售出不得退换（《药品经营质量"
            "管理规范》）；日用品、器械未拆封支持七天无理由退货",
            "the GSP rule on drugs is a lawful exception; other goods keep the 7-day return")
BLUE_HAT = decoy("ad.medical_claims", "保健功能：辅助降血糖。本品不能代替药物。适宜人群：血糖偏高"
                 "者；不适宜人群：少年儿童、孕妇",
                 "a 蓝帽子 product's registered function and the mandatory warning")
IBU_SHEET = (
    decoy("ad.medical_claims", "【适应症】用于缓解轻至中度疼痛，如头痛、关节痛、牙痛、痛经，"
          "也用于普通感冒或流行性感冒引起的发热",
          "an OTC drug's approved indication in its 说明书 is lawful drug information"),
    decoy("ad.absolute_terms", "【用法用量】口服，成人一次1粒，一日2次；24小时内最多不超过4粒",
          "a dose limit (最多不超过) is an instruction, not an absolute claim"),
    Said("【不良反应】少数病人可出现恶心、呕吐、胃烧灼感"),
)
IBUPROFEN = Good("布洛芬缓释胶囊 0.3g×20粒", "OTC", "18.5", Said("乙类非处方药，请按说明书使用"),
                 IBU_SHEET, "buluofen")
MASK = Good("医用外科口罩 50只", "医疗器械", "19.9", Said("无菌型，独立包装"))

STORES = (
    Store("yf-01", "京东到家", "renhetang", "仁和堂大药房（南大街店）", "药品", R["renhe"],
          shown_as(R["renhe"]), (IBUPROFEN, MASK,
          Good("维生素C片 100片", "保健食品", "29.8", decoy("ad.medical_claims", "补充维生素C。"
               "本品不能代替药物", "a health food's registered function with the warning"))),
          "Clean: an OTC 说明书 (indication, 最多不超过 dose limit), the GSP return rule, the "
          "platform's 处方药 notice, the courier's code in the footer; the branch's own licence.",
          tips=(RX_TIP, WARM_TIP), notices=(GSP,), drug_permit=_drug("370602", 101),
          permit=food_permit("370602", 5101),
          reviews=(("王**", decoy("ad.absolute_terms", "送药最快的一家，半小时就到了",
                                  "a buyer's praise, not the seller's claim")),)),
    Store("yf-02", "美团买药", "kangyuan", "康源健康馆", "保健食品", R["jiankang"],
          shown_as(R["jiankang"]), (
              Good("苦瓜铬胶囊（蓝帽子）", "保健食品", "168", bad(
                   "ad.medical_claims", "糖尿病人吃三个月，胰岛素可以慢慢停掉，血糖稳稳的",
                   "a health food claimed to replace insulin (a disease claim)"),
                   (BLUE_HAT,), "kugua"),),
          "A health food sold as letting diabetics stop insulin; its own label is lawful.",
          tips=(RX_TIP,), permit=food_permit("370613", 818)),
    Store("yf-03", "美团买药", "youyisheng", "优益生益生菌旗舰", "食品", R["yisheng"],
          shown_as(R["yisheng"]), (
              Good("益生菌固体饮料 20条", "普通食品", "99", bad(
                   "ad.medical_claims", "专治便秘、修复肠道炎症，三天见效，肠胃病一扫光",
                   "an ordinary solid drink claimed to cure constipation and gut disease")),),
          "An ordinary food (固体饮料) sold with cure claims.",
          notices=(Said("每日前50单赠送随行杯"),), permit=food_permit("370671", 640),
          reviews=(("李**", decoy("ad.medical_claims", "我问客服能不能治肠炎，客服说这是食品"
                                  "不是药，实在", "a review quoting the seller's denial")),)),
    Store("yf-04", "京东到家", "sulaidayaofang", "速来大药房", "药品", R["sulai"],
          shown_as(R["sulai"]), (IBUPROFEN, Good("护膝 一对", "日用品", "39",
                                                  Said("加绒保暖"))),
          "Absolute claims in the store's notice, and a refusal of every return including "
          "ordinary goods.",
          notices=(bad("ad.absolute_terms", "烟台第一药房，全城最快送药，价格全网最低",
                       "第一 / 最快 / 全网最低 as the store's own claims"),
                   bad("returns.refused", "本店所有商品（含护膝、口罩等日用品）一经售出概不退换",
                       "the refusal extends to ordinary goods, beyond the drug exception")),
          drug_permit=_drug("370676", 77)),
    Store("yf-05", "美团买药", "yishoutang", "颐寿堂医疗器械", "医疗器械", R["qiqi"],
          shown_as(R["qiqi"]), (
              Good("血糖仪套装（含50片试纸）", "医疗器械", "129", decoy(
                   "ad.medical_claims", "用于测量指尖全血葡萄糖浓度，不能用于糖尿病的诊断",
                   "a device's registered intended use with its limit")),),
          "Clean: a device's intended use; opened test strips lawfully excluded from the "
          "7-day return.",
          notices=(decoy("returns.refused", "血糖试纸属一次性医疗器械，拆封后不支持七天无理由"
                         "退货，未拆封可退", "opened single-use devices, confirmed at purchase, "
                         "are a lawful exception"),), tips=(RX_TIP,)),
    Store("yf-06", "京东到家", "xinglinchun", "杏林春药店", "药品", R["xinglin"],
          shown_as(R["xinglin"]), (IBUPROFEN, Good("阿莫西林胶囊", "处方药", "15",
                                                    Said("需凭处方购买"))),
          "The store sends buyers for prescription drugs to a pharmacist's WeChat and private "
          "payment.",
          notices=(bad("live.offplatform_lure", "处方药线上开不了方的，加药师微信 xlc-yaoshi "
                       "直接发图开方，微信付款当天送到", "the seller moves prescription sales to "
                       "WeChat and off-platform pay"),),
          tips=(RX_TIP,), drug_permit=_drug("370614", 12)),
    Store("yf-07", "美团买药", "baixingpingjia", "百姓平价药店", "药品", R["baixing"], None,
          (IBUPROFEN,),
          "商家资质 shows only the 药品经营许可证: no business licence.",
          notices=(GSP,), drug_permit=_drug("370681", 305)),
    Store("yf-08", "京东到家", "anshantang", "安善堂药店", "药品", R["anshan"],
          shown_as(R["anshan"], uscc=R["anshan"].uscc[:4] + "O" + R["anshan"].uscc[5:]),
          (MASK,),
          "The 商家资质 code has a letter O where the code has a digit 0 (O is outside the "
          "GB 32100-2015 alphabet).",
          notices=(decoy("ad.absolute_terms", "夜间最晚营业到23:00，超时请选择次日达",
                         "opening hours (最晚), not an advertising claim"),),
          drug_permit=_drug("370685", 88)),
    Store("yf-09", "美团买药", "kangtaifushan", "康泰大药房（福山店）", "药品", R["kangtai"],
          shown_as(R["kangtai"], name=HQ.name, uscc=HQ.uscc), (IBUPROFEN,),
          "The branch shows its headquarters' licence: a valid code and name, not the "
          "branch's own registration.",
          drug_permit=_drug("370611", 9)),
    Store("yf-10", "京东到家", "minkang", "民康药店", "药品", R["haiyang"], shown_as(R["haiyang"]),
          (IBUPROFEN, MASK),
          "The licence shown is of an 个体工商户 the registry lists as 注销.",
          notices=(GSP,), drug_permit=_drug("370687", 41), status="注销",
          status_date="2025-03-31"),
    Store("yf-11", "美团买药", "ziyangtang", "滋养堂保健馆", "保健食品", R["zibu"],
          shown_as(R["zibu"]), (
              Good("辅酶Q10软胶囊（蓝帽子）", "保健食品", "199", decoy(
                   "ad.medical_claims", "保健功能：抗氧化。本品不能代替药物",
                   "the registered function with the warning")),),
          "A health-food shop with a licence but no 食品经营许可证.",
          tips=(RX_TIP,)),
    Store("yf-12", "美团买药", "benzhen", "本真滋补", "食品", R["bupin"],
          shown_as(R["bupin"], uscc=" ".join(R["bupin"].uscc[i:i + 6] for i in (0, 6, 12))),
          (Good("宁夏枸杞 500g 罐装", "普通食品", "45", Said("预包装，开罐即食")),),
          "Clean: prepackaged food only, with its 备案; a code written in groups of six is "
          "valid; a review quotes the label's 不能代替药物.",
          filing="YB13706860012345",
          reviews=(("赵**", decoy("ad.medical_claims", "客服说枸杞就是食品，不能治病，泡水喝"
                                  "挺好", "a review quoting the seller's denial")),)),
    Store("yf-13", "京东到家", "haikang", "长岛海康药店", "药品", R["changdao"],
          shown_as(R["changdao"]), (IBUPROFEN,),
          "Clean: a code with the abolished 长岛 division 370634 stays valid; the GSP rule.",
          notices=(GSP,), tips=(WARM_TIP,), drug_permit=_drug("370634", 3)),
)
