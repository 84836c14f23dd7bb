"""The yimei clinics: eleven 烟台 医美 clinics' consultation pages, wording paraphrased from
published 医疗美容 advertising cases (efficacy guarantees, cure rates, 最高认知度)."""

from __future__ import annotations

from demo.families.codes import code_for, with_wrong_check
from demo.families.corpus import Registered, bad, decoy, shown_as
from demo.families.yimei import Clinic

LURE = "live.offplatform_lure"
MED = "ad.medical_claims"
ABS = "ad.absolute_terms"
RET = "returns.refused"
KIND = "有限责任公司"


def _reg(seed: str, name: str, div: str, person: str, addr: str, founded: str) -> Registered:
    return Registered(name, code_for("yimei/" + seed, div), KIND, person, addr, founded)


def _lic(n: int) -> str:
    return f"PDY{n:05d}-370602-1-D1234"


R1 = _reg("zf-1", "烟台悦颜医疗美容诊所有限公司", "370602", "孙悦",
          "山东省烟台市芝罘区南大街88号", "2017-05-02")
R2 = _reg("ls-2", "烟台皙光医疗美容门诊部有限公司", "370613", "杜明辉",
          "山东省烟台市莱山区观海路201号", "2019-08-12")
R3 = _reg("zf-3", "烟台塑美整形外科诊所有限公司", "370602", "于文涛",
          "山东省烟台市芝罘区西大街56号", "2015-03-27")
R4 = _reg("fs-4", "烟台妍初医疗美容诊所有限公司", "370611", "衣佳", "山东省烟台市福山区河滨路9号",
          "2020-10-16")
R5 = _reg("kf-5", "烟台黛丽医疗美容诊所有限公司", "370676", "王蕾",
          "山东省烟台市经济技术开发区金沙江路77号", "2018-12-03")
R6 = _reg("ly-6", "莱阳市美涵医疗美容诊所有限公司", "370682", "邢丽",
          "山东省烟台市莱阳市旌旗路12号", "2021-04-20")
R7 = _reg("lk-7", "龙口市丽格医疗美容诊所有限公司", "370681", "姜晓燕",
          "山东省烟台市龙口市港城大道360号", "2016-07-07")
R8 = _reg("mp-8", "烟台牟平韩颜医疗美容诊所有限公司", "370612", "宫敏",
          "山东省烟台市牟平区通海路19号", "2014-09-19")
R9 = _reg("zf-9", "烟台素问医疗美容诊所有限公司", "370602", "林素", "山东省烟台市芝罘区幸福中路5号",
          "2019-01-15")
R10 = _reg("ls-10", "烟台澜亭医疗美容门诊部有限公司", "370613", "宋岚",
           "山东省烟台市莱山区迎春大街133号", "2018-06-28")
R11 = _reg("gx-11", "烟台知妍医疗美容诊所有限公司", "370671", "许知",
           "山东省烟台市高新区航天路66号", "2022-03-08")

CLINICS = (
    Clinic("Y-01", "yueyan", "悦美", "悦颜医美", R1, shown_as(R1), _lic(1),
           ("悦颜医美设皮肤科、美容外科，主诊医师均持执业证书。",), "调Q激光祛斑",
           ("激光祛斑需要面诊评估斑的类型，一般需要多次治疗。",),
           (("user", decoy(MED, "做一次能永久祛斑吗？", "a user's question names 永久")),
            ("clinic", decoy(MED, "没有永久的说法，色斑可能复发，术后要严格防晒。",
                             "the clinic denies a permanent effect"))),
           note="clean: the clinic denies 永久 when asked"),
    Clinic("Y-02", "xiguang", "悦美", "皙光医美", R2, shown_as(R2), _lic(2),
           ("皙光医美专注光电抗衰。",), "皮秒祛斑套餐",
           (bad(MED, "皮秒祛斑一次根治、永不复发，祛斑有效率高达99%。",
                "a cure guarantee and an efficacy rate for a medical treatment"),),
           (("user", "恢复期多久？"), ("clinic", "一般结痂七天左右。")),
           note="cure guarantee and efficacy rate"),
    Clinic("Y-03", "sumei", "美团医美", "塑美整形", R3, shown_as(R3), _lic(3),
           (bad(ABS, "塑美是烟台最权威的鼻整形机构，认知度最高、口碑第一。",
                "最权威, 最高, 第一: absolute terms"),),
           "综合隆鼻", ("采用自体软骨，需术前面诊。",),
           (("user", "手术要住院吗？"), ("clinic", "一般不需要住院，术后复查三次。")),
           note="absolute terms in the 机构介绍"),
    Clinic("Y-04", "yanchu", "美团医美", "妍初医美", R4, shown_as(R4), _lic(4),
           ("妍初医美提供水光、光子嫩肤。",), "水光针三次卡",
           (bad(RET, "次卡一经购买概不退款，未用完的次数过期作废。",
                "the clinic refuses every refund of a prepaid card"),),
           (("user", "能分三个月做完吗？"), ("clinic", "可以，间隔四周一次。")),
           note="refused refunds of a prepaid card"),
    Clinic("Y-05", "daili", "美团医美", "黛丽医美", R5, shown_as(R5), _lic(5),
           ("黛丽医美开发区店。",), "热玛吉全脸",
           ("热玛吉属于射频类项目，需要医生评估。",),
           (("user", "团购价还能再便宜吗？"),
            ("clinic", bad(LURE, "平台上不方便报底价，加微信 daili0535 私聊，转账再减五百。",
                           "the clinic moves the buyer to WeChat and a private transfer")),
            ("platform", decoy(LURE, "平台提醒：请在平台内下单付款，站外交易无保障。",
                               "the platform's warning"))),
           note="the clinic's answer lures off the platform"),
    Clinic("Y-06", "meihan", "悦美", "美涵医美", R6, None, "",
           ("美涵医美莱阳店新开业。",), "小气泡清洁", ("基础皮肤清洁护理。",),
           (("user", "营业时间？"), ("clinic", "早九点到晚八点。")),
           note="no licence shown: 资质审核中"),
    Clinic("Y-07", "lige", "悦美", "丽格医美", R7, shown_as(R7, uscc=with_wrong_check(R7.uscc)),
           _lic(7), ("丽格医美龙口店。",), "双眼皮", ("全切、埋线两种方式，面诊后定方案。",),
           (("user", "能看看案例吗？"), ("clinic", "案例需要到院查看，涉及隐私不在网上展示。")),
           note="licence code fails its check"),
    Clinic("Y-08", "hanyan", "美团医美", "韩颜医美", R8, shown_as(R8), _lic(8),
           ("韩颜医美牟平店。",), "瘦脸针", ("注射类项目需由执业医师操作。",),
           (("user", "多久见效？"), ("clinic", "一般两到四周，因人而异。")),
           status="注销", status_date="2025-11-03",
           note="displayed code belongs to a clinic company cancelled in the registry"),
    Clinic("Y-09", "suwen", "悦美", "素问医美", R9, shown_as(R9), _lic(9),
           (decoy(ABS, "消费提示：看到“最好”“第一”“最权威”之类的医美宣传要警惕，那是违法广告用语。",
                  "consumer education quoting banned words"),),
           "光子嫩肤", ("改善肤色不均，需多次治疗。",),
           (("user", decoy(RET, "做完不满意能退吗？", "a user's question about refunds")),
            ("clinic", decoy(RET, "未使用的项目随时可申请退款，已做的按次结算。",
                             "refunds granted for unused treatments"))),
           note="clean: consumer education and a fair refund rule"),
    Clinic("Y-10", "lanting", "美团医美", "澜亭医美", R10, shown_as(R10), _lic(10),
           ("澜亭医美莱山店。",), "果酸焕肤", ("刷酸后需要修复期。",),
           (("user", decoy(LURE, "能加你微信吗？方便问问题。", "a user asks for WeChat")),
            ("platform", decoy(LURE, "平台答：可在本页继续咨询，请勿站外转账付款。",
                               "the platform declines the private channel"))),
           note="clean: the platform answers the WeChat request"),
    Clinic("Y-11", "zhiyan", "悦美", "知妍医美", R11, shown_as(R11), _lic(11),
           ("知妍医美高新区店。",
            decoy(MED, "本页广告已取得医疗广告审查证明：（鲁）医广【2026】第07-1108号。",
                  "a medical advertisement approval number, not a claim")),
           "玻尿酸填充", ("注射材料为已注册的第三类医疗器械，可扫码查验。",),
           (("user", "会不会过敏？"), ("clinic", "术前会做评估，个别人可能出现红肿。")),
           note="clean: an approved medical advertisement"),
)
