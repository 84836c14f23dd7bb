"""The shiguang family's shops: Yantai 眼镜店, 视光中心 and 美瞳 sellers online.

Wording paraphrased into new shops from published material found with the search tool:
a county AMR's 2022 近视防控 inspection (dyrmt.com: "康复", "恢复", "降低度数", "近视治愈",
"近视克星"), Fuzhou AMR's 2025 "视力康养" case (shscv.cn: "不打针、不吃药", "21天摘掉眼镜"),
Shanghai AMR's 2023 typical cases (baogao.com: "逆转近视", "彻底康复", "去根"), Xi'an
Xincheng AMR's OK-lens case (315jiage.cn: "近视防控目前效果最好的手段", 广告法 第九条),
中消协's warning (hscy8.cn: "近视不能治愈", 护眼贴, 明目膏), and notes that contact lenses
are Class III devices (allenboke.com, qlwb.com.cn) whose unsealed returns need confirmation.
"""

from __future__ import annotations

from demo.families.codes import code_for, with_wrong_check
from demo.families.corpus import Filed, Registered, bad, decoy, shown_as
from demo.families.shiguang import Optician

ABS, MED, RET = "ad.absolute_terms", "ad.medical_claims", "returns.refused"
LURE, MIS = "live.offplatform_lure", "licence.mismatch"
LTD = "有限责任公司（自然人投资或控股）"
SOLE = "个体工商户"


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = SOLE) -> Registered:
    return Registered(name, code_for("shiguang/" + seed, division, "2" if kind == SOLE else "1"),
                      kind, person, "山东省烟台市" + address, founded)


def _spaced(code: str) -> str:
    return " ".join((code[:2], code[2:8], code[8:])).lower()


MINGMOU = _reg("sg-01", "烟台市芝罘区明眸视力养护馆", "370602", "贺明", "芝罘区毓璜顶东路21号",
               "2022年05月10日")
TONGKANG = _reg("sg-02", "烟台瞳康视光科技有限公司", "370613", "刘瞳", "莱山区港城东大街288号",
                "2015年08月01日", LTD)
MITAO = _reg("sg-03", "烟台市福山区蜜桃美瞳店", "370611", "陶蜜", "福山区福海路99号",
             "2021年06月18日")
CAITONG = _reg("sg-04", "莱州市彩瞳星球隐形眼镜店", "370683", "程星", "莱州市光州街11号",
               "2020年03月03日")
SHIJIE = _reg("sg-05", "烟台视界验配服务有限公司", "370602", "王视", "芝罘区南大街168号",
              "2018年11月30日", LTD)
JINGLIANG = _reg("sg-06", "烟台晶亮电子科技有限公司", "370671", "孙晶", "高新区航天路66号",
                 "2019年04月22日", LTD)
LAOZHOU = _reg("sg-07", "海阳市老周眼镜店", "370687", "周德顺", "海阳市方圆街道", "2008年07月07日")
XINGGUANG = _reg("sg-08", "烟台市芝罘区星光眼镜店", "370602", "胡星", "芝罘区南大街58号",
                 "2016年02月29日")
CHAOLIU = _reg("sg-09", "龙口市潮流墨镜批发部", "370681", "冯潮", "龙口市港城大道",
                 "2017年09月15日")
JINGZHUN = _reg("sg-10", "烟台市牟平区精准眼镜店", "370612", "于准", "牟平区正阳路15号",
                "2019年01月19日")
HAIYAN = _reg("sg-11", "烟台海晏眼镜有限公司", "370676", "曲海", "开发区长江路218号",
              "2012年03月12日", LTD)
HOSPITAL = _reg("sg-11h", "烟台海晏眼科门诊部有限公司", "370676", "曲晏", "开发区长江路220号",
                "2014年10月08日", LTD)
YEHUANG = _reg("sg-12", "烟台明视食品有限公司", "370614", "董明", "蓬莱区北关路7号",
               "2020年12月01日", LTD)

EXTRA = (Filed(HOSPITAL),)  # the partner clinic sg-11 shows

OPTICIANS = (
    Optician("sg-01", "mingmou", "淘宝", "明眸视力养护", MINGMOU, "视力保健", shown_as(MINGMOU),
             bad(MED, "不打针、不吃药，每天训练二十分钟，21天摘掉眼镜，近视度数降下来",
                 "vision training sold as curing myopia: 摘镜 and 降低度数 (disease claims)"),
             (("视力训练卡 30次", "980", "家长陪同训练。"), ("护眼灯", "199", "无频闪。")),
             "视力训练卡 30次",
             ("训练地点：芝罘区毓璜顶东路店内。", "适用：6-16岁儿童青少年。"),
             ("未使用次数可退。",),
             note="a vision-training shop promising 摘镜 and lower 度数"),
    Optician("sg-02", "tongkang", "京东", "瞳康视光中心旗舰店", TONGKANG, "眼镜",
             shown_as(TONGKANG),
             decoy(MED, "中消协提醒：目前医疗技术条件下近视不能治愈，宣称“降低度数”“近视治愈”"
                   "的产品请勿轻信",
                   "consumer education quoting the banned claims to warn against them"),
             (("防蓝光镜片 1.60", "399", decoy(ABS, "验光是科学配镜的第一步", "第一步 is an "
                                              "ordinal step, not a ranking")),
              ("儿童镜架", "268", "TR90 材质。")),
             "防蓝光镜片 1.60",
             ("折射率 1.60，膜层防污防水。", "需提供验光处方，或到店免费验光。"),
             (decoy(RET, "镜架七天无理由退货；已按处方加工的镜片属于定作商品，不适用七天无理由。",
                    "lenses made to a prescription are 定作 goods, exempt; frames returnable"),),
             device="鲁烟食药监械经营备20150123号",
             note="clean: a consumer warning quoting 近视治愈; 定作 lenses exempt"),
    Optician("sg-03", "mitao", "淘宝", "蜜桃美瞳小铺", MITAO, "隐形眼镜", shown_as(MITAO),
             decoy(LURE, "平台客服为唯一售后渠道，请勿添加任何自称客服的私人联系方式",
                   "the seller warns against private contacts"),
             (("日抛彩色隐形眼镜 10片", "69", "含水量 38%。"), ("护理液 360ml", "39", "多功能。")),
             "日抛彩色隐形眼镜 10片",
             ("第三类医疗器械，请在验光后选择度数。", "佩戴不适请立即停戴并就医。"),
             (decoy(RET, "隐形眼镜拆封后影响卫生安全，下单页已单独勾选确认“拆封后不退”；"
                    "未拆封支持七天无理由",
                    "an unsealed exclusion the buyer confirmed at checkout; unsealed goods stay "
                    "returnable"),),
             device="鲁烟械经营许20210056号",
             note="clean: a confirmed unsealed-returns exclusion on contact lenses"),
    Optician("sg-04", "caitong", "拼多多", "彩瞳星球", CAITONG, "隐形眼镜", shown_as(CAITONG),
             "混血大眼，自然放大",
             (("半年抛美瞳 2片", "59", "14.2mm 直径。"), ("伴侣盒", "9.9", "便携。")),
             "半年抛美瞳 2片",
             ("度数 0-800 度可选。",),
             (bad(RET, "美瞳属于特殊商品，一经售出概不退换，未拆封也不退",
                  "no returns even unsealed, and no confirmation step: a refusal"),),
             note="美瞳 sold with 一经售出概不退换, unsealed included"),
    Optician("sg-05", "shijie", "美团", "视界角膜塑形验配中心", SHIJIE, "眼镜",
             shown_as(SHIJIE, uscc=with_wrong_check(SHIJIE.uscc, 3)),
             bad(ABS, "角膜塑形镜（OK镜）是目前近视防控效果最好的手段",
                 "最好的手段: an absolute claim an AMR fined (广告法 第九条)"),
             (("OK镜验配套餐", "8800", decoy(MED, "OK镜须经眼科医生检查后验配，停戴后度数会回退",
                                          "an honest limit: the lens does not cure myopia")),
              ("复查服务", "0", "验配后一年内免费复查。")),
             "OK镜验配套餐",
             ("验配流程：检查—试戴—定片—取镜—复查。",),
             (decoy(RET, "镜片按个人角膜参数定制，属于定作商品，定片后不适用七天无理由退货",
                    "OK lenses made to the eye's measurements are 定作 goods, exempt"),),
             device="鲁烟械经营许20190033号",
             note="最好的手段 for OK lenses; the displayed code fails its check"),
    Optician("sg-06", "jingliang", "京东", "晶亮护眼仪专营店", JINGLIANG, "电器",
             shown_as(JINGLIANG),
             "眼部热敷按摩仪",
             (("眼部按摩仪", "299", "气囊按摩加热敷。"), ("蒸汽眼罩", "39", "一次性。")),
             "眼部按摩仪",
             (bad(MED, "眼周按摩加热敷，逆转近视，一次见效，彻底康复不反弹",
                  "a massager claimed to reverse myopia and cure it for good"),
              "充电一次可用 7 天。"),
             ("支持七天无理由退货。",),
             note="a massager claimed to reverse myopia"),
    Optician("sg-07", "laozhou", "淘宝", "老周老花镜", LAOZHOU, "眼镜",
             shown_as(LAOZHOU, uscc=_spaced(LAOZHOU.uscc)),
             decoy(MED, "老花是眼睛的自然老化，不是病，老花镜只能帮您看清，不能治好老花",
                   "the seller denies a cure"),
             (("树脂老花镜", "29", decoy(ABS, "千万别贪便宜买地摊上最便宜的老花镜，度数不准伤眼",
                                       "最便宜 in a warning about other goods, not a claim")),
              ("眼镜布", "3", "超细纤维。")),
             "树脂老花镜",
             ("度数 +1.00 至 +4.00。",),
             ("支持七天无理由退货。",),
             note="clean: a cure denied, 最便宜 in a warning; the code spaced, in lower case"),
    Optician("sg-08", "xingguang", "美团", "星光眼镜(南大街店)", XINGGUANG, "眼镜", None,
             "专业验光 · 当天取镜",
             (("单光镜片套餐", "168", "含镜架。"), ("验光", "0", "电脑验光加综合验光。")),
             "单光镜片套餐",
             ("到店出示团购券。",),
             ("团购券未使用随时退。",),
             papers="missing", note="no licence uploaded on the 证照信息 page"),
    Optician("sg-09", "chaoliu", "拼多多", "潮流墨镜工厂店", CHAOLIU, "眼镜", shown_as(CHAOLIU),
             "偏光墨镜 开车钓鱼都能戴",
             (("偏光太阳镜", "39", "UV400。"), ("儿童太阳镜", "29", "硅胶镜腿。")),
             "偏光太阳镜",
             ("镜片类别：3类太阳镜。",),
             ("支持七天无理由退货。",),
             status="吊销，未注销", status_date="2024-08-20",
             note="the 证照信息 page shows an entity the registry shows 吊销"),
    Optician("sg-10", "jingzhun", "淘宝", "精准验光配镜", JINGZHUN, "眼镜",
             shown_as(JINGZHUN, name="烟台精准眼镜有限公司"),
             "按验光单配镜，误差包重做",
             (("1.67 超薄镜片", "299", "含加工。"), ("钛架", "199", "超轻。")),
             "1.67 超薄镜片",
             (bad(LURE, "拍下后把验光单发到微信 jz-peijing，私下配镜再便宜50元",
                  "the seller moves the order to a private WeChat for a discount"),
              "加工周期 3-5 天。"),
             (decoy(RET, "按处方加工的镜片属于定作商品，不适用七天无理由退货。",
                    "prescription lenses are 定作 goods, exempt"),),
             note="a displayed name not the registered one; a WeChat lure for a discount"),
    Optician("sg-11", "haiyan", "京东", "海晏眼镜旗舰店", HAIYAN, "眼镜", shown_as(HAIYAN),
             "三十年老店，医学验光",
             (("渐进多焦点镜片", "1280", "中老年看远看近。"), ("镜架清洗", "0", "到店免费。")),
             "渐进多焦点镜片",
             ("验光由合作眼科门诊的视光师完成。",),
             (decoy(RET, "镜架七天无理由退货；定制镜片除外。",
                    "made-to-order lenses excepted, frames returnable"),),
             partner=("合作医疗机构", decoy(MIS, f"{HOSPITAL.name}"
                                                f"（统一社会信用代码 {HOSPITAL.uscc}）"
                                                "提供医学验光", "the partner clinic's code is a "
                                                "third party's, beside the shop's own licence")),
             device="鲁烟械经营备20120088号",
             note="clean: a partner clinic's licence beside the shop's own"),
    Optician("sg-12", "mingshi", "抖音小店", "明视叶黄素软糖", YEHUANG, "食品", shown_as(YEHUANG),
             decoy(MED, "本品为普通食品，不能代替药物，不具有改善视力的功效",
                   "a food disclaiming any vision effect"),
             (("叶黄素酯软糖 60粒", "79", "蓝莓味。"), ("蓝莓果汁", "59", "NFC 果汁。")),
             "叶黄素酯软糖 60粒",
             ("配料：麦芽糖浆、白砂糖、叶黄素酯、明胶。", "储存：阴凉干燥处。"),
             ("未拆封支持七天无理由退货。",),
             filing="YB13706140004567",
             note="clean: prepackaged candy with its 备案; no vision claim"),
)
