"""The nongzi shops: ten 烟台 农资 sellers as data (wording paraphrased from published
农资广告 cases: 亩产 promises, 特效, disease claims on fertiliser and food)."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Filed, Registered, bad, decoy, shown_as
from demo.families.nongzi import Product, Shop

ABS = "ad.absolute_terms"
MED = "ad.medical_claims"
RET = "returns.refused"


def _reg(seed: str, name: str, div: str, cat: str, kind: str, person: str, addr: str,
         founded: str) -> Registered:
    return Registered(name, code_for("nongzi/" + seed, div, cat), kind, person, addr, founded)


S1 = _reg("seed-ly", "莱阳市丰禾种业经营部", "370682", "2", "个体工商户", "王丰",
          "山东省烟台市莱阳市龙旺庄街道富山路12号", "2017-02-10")
S2 = _reg("fert-qx", "栖霞市绿源农资有限公司", "370686", "1", "有限责任公司", "孙绿",
          "山东省烟台市栖霞市翠屏街道霞光路6号", "2012-03-15")
S3 = _reg("vet-hy", "海阳市康牧兽药店", "370687", "2", "个体工商户", "姜牧",
          "山东省烟台市海阳市留格庄镇驻地", "2018-05-21")
S4 = _reg("coop-zy", "招远市金田农机农资专业合作社", "370685", "3", "农民专业合作社", "刘田",
          "山东省烟台市招远市辛庄镇西村", "2015-09-09")
S5 = _reg("seed-lz", "莱州市高产种子门市部", "370683", "2", "个体工商户", "高产",
          "山东省烟台市莱州市沙河镇驻地", "2019-03-03")
S6 = _reg("honey-mp", "烟台市牟平区昆嵛山蜂业有限公司", "370612", "1", "有限责任公司", "于蜂",
          "山东省烟台市牟平区龙泉镇昆嵛路1号", "2016-06-16")
S7 = _reg("veg-fs", "烟台市福山区菜园子种苗店", "370611", "2", "个体工商户", "曲园",
          "山东省烟台市福山区回里镇驻地", "2020-02-20")
S8 = _reg("fert-lk", "龙口市沃土肥业有限公司", "370681", "1", "有限责任公司", "丁沃",
          "山东省烟台市龙口市东莱街道工业园8号", "2014-10-10")
S9 = _reg("tool-pl", "烟台市蓬莱区果农之家农资店", "370614", "2", "个体工商户", "吴果",
          "山东省烟台市蓬莱区大辛店镇驻地", "2021-04-12")
S10 = _reg("pest-zf", "烟台市芝罘区惠丰植保站", "370602", "2", "个体工商户", "袁惠",
           "山东省烟台市芝罘区只楚路22号", "2013-08-08")
PRODUCER = code_for("nongzi/producer", "370600", "1")
FORMER = (Filed(Registered("招远市金田农资店", code_for("nongzi/former", "370685", "2"),
                           "个体工商户", "刘田", "山东省烟台市招远市辛庄镇西村", "2008-04-01"),
                "注销", "2015-08-30"),)

SHOPS = (
    Shop("nz-01", "fenghe", "惠农网", "丰禾种业", S1, "种子", shown_as(S1),
         ("本店种子均有品种审定编号，包装标签齐全",
          decoy(ABS, "农业农村局提醒：广告里“亩产第一”“包高产”一类说法不可信",
                "a regulator's warning quotes banned words in consumer education")),
         (Product("p1", "玉米种子 登海605 5kg", "158", ("国审玉米 审定编号见包装",),
                  ("每亩用种1.5-2公斤",),
                  (decoy(RET, "种子一经拆封影响二次销售，下单前页面已单独确认拆封后不退；"
                         "未拆封七天无理由退货", "the unsealing exclusion is confirmed at "
                         "purchase; unopened seed is returnable"),)),),
         extra=(("种子生产经营许可证",
                 f"B/C(鲁)农种许字({PRODUCER[-6:]})号 烟台登丰种业有限公司"),),
         note="clean: a seed producer's permit beside the licence, a confirmed exclusion"),
    Shop("nz-02", "lvyuan", "淘宝", "绿源农资", S2, "化肥", shown_as(S2),
         ("复合肥 有机肥 水溶肥 产地直发",),
         (Product("p1", "硫酸钾复合肥 40kg", "186", ("氮磷钾15-15-15",),
                  ("苹果树每株1-2公斤，沟施",), ("七天无理由退货，破袋包赔",)),),
         note="clean: plain fertiliser listing"),
    Shop("nz-03", "kangmu", "惠农网", "康牧兽药", S3, "兽药", shown_as(S3),
         ("兽药均有批准文号，凭处方销售处方药",),
         (Product("p1", "盐酸多西环素可溶性粉 100g", "35",
                  (decoy(MED, "用于治疗猪、鸡的支原体感染（兽药字 批准文号见标签）",
                         "an approved veterinary drug's labelled indication: a drug, not a "
                         "disease claim on ordinary goods"),),
                  ("遵兽医处方使用，休药期7日",), ("药品不退换，质量问题可换货",)),),
         extra=(("兽药经营许可证", "(2023)兽药经营证字370687021号"),),
         note="clean: a drug's labelled indication, a 兽药经营许可证"),
    Shop("nz-04", "jintian", "淘宝", "金田合作社农资", S4, "农资", shown_as(S4),
         (decoy(MED, "有机肥不是药，病虫害请找植保站对症用药", "the seller denies that fertiliser "
                "treats plant disease"),),
         (Product("p1", "生物有机肥 40kg", "68", ("腐熟鸡粪 有机质≥45%",),
                  ("底肥每亩200公斤",), ("支持七天无理由退货",)),),
         cert_notes=(decoy("licence.deregistered", "本社前身招远市金田农资店已于2015年注销，"
                           "现由合作社经营", "a former entity's 注销 told; the licence shown "
                           "is the successor's"),),
         note="clean: a negated disease claim, a 注销 predecessor's story"),
    Shop("nz-05", "gaochan", "惠农网", "高产种子门市", S5, "种子", shown_as(S5),
         (bad(ABS, "莱州最好的小麦种，产量全国第一", "最好, 全国第一: unsupported absolute "
              "claims"),),
         (Product("p1", "小麦种子 济麦22 25kg", "120",
                  (bad(ABS, "史上最高产品种，亩产多收上千斤", "史上最高产: an absolute claim "
                       "paraphrased from a published seed-advert case"),),
                  ("每亩播量12-15公斤",), ("七天无理由退货",)),),
         note="absolute yield claims on seed"),
    Shop("nz-06", "kunyu", "淘宝", "昆嵛山土蜂蜜", S6, "食品", shown_as(S6),
         ("昆嵛山椴树蜜 槐花蜜 自家蜂场",),
         (Product("p1", "土蜂蜜 500g", "68",
                  (bad(MED, "每天一勺治胃病、消炎杀菌，咳嗽喝几天就好",
                       "food claimed to cure stomach disease and coughs"),),
                  ("温水冲服",), ("未开封七天无理由",)),),
         permit=food_permit("370612", 6020), note="a honey's cure claims"),
    Shop("nz-07", "caiyuan", "惠农网", "菜园子种苗", S7, "种苗", shown_as(S7),
         ("番茄苗 黄瓜苗 辣椒苗",),
         (Product("p1", "番茄嫁接苗 50株", "45", ("抗病性好 坐果率高",), ("株距40厘米",),
                  (bad(RET, "种苗售出概不退换，发货后一律不退", "a blanket refusal without a "
                       "confirmation step"),)),),
         note="a blanket no-returns clause on seedlings"),
    Shop("nz-08", "wotu", "淘宝", "沃土肥业", S8, "化肥",
         shown_as(S8, name="龙口市沃土肥业科技有限公司"),
         ("水溶肥 叶面肥",),
         (Product("p1", "大量元素水溶肥 10kg", "98", ("速溶无残渣",), ("稀释800倍冲施",),
                  ("七天无理由退货",)),),
         note="the licence shows a name that is not the registered one"),
    Shop("nz-09", "guonong", "惠农网", "果农之家", S9, "农资",
         shown_as(S9, uscc=with_wrong_check(S9.uscc)),
         ("果袋 剪枝剪 反光膜",),
         (Product("p1", "苹果套袋 1000只", "85", ("双层纸袋",), ("套袋前喷一遍杀菌剂",),
                  ("七天无理由退货",)),),
         note="the licence's code fails its check character"),
    Shop("nz-10", "huifeng", "淘宝", "惠丰植保", S10, "农药", shown_as(S10),
         ("杀虫剂 杀菌剂 按登记作物使用",),
         (Product("p1", "吡虫啉 10%可湿性粉剂", "12", ("登记作物：苹果树蚜虫",),
                  ("稀释2000倍喷雾，安全间隔期14天",), ("七天无理由退货",)),),
         status="吊销，未注销", status_date="2024-11-05",
         note="the shop's own entity is revoked (吊销) in the registry"),
)
