"""The jiaopei schools: ten 烟台 教培 shops as data (wording paraphrased from published 教育培训
违法广告 cases: 提分 promises, 保过, invented ranks, 概不退费 clauses)."""

from __future__ import annotations

from demo.families.codes import code_for
from demo.families.corpus import Registered, bad, decoy, shown_as
from demo.families.jiaopei import Course, School

ABS = "ad.absolute_terms"
MED = "ad.medical_claims"
RET = "returns.refused"
LURE = "live.offplatform_lure"


def _reg(seed: str, name: str, div: str, cat: str, kind: str, person: str, addr: str,
         founded: str) -> Registered:
    return Registered(name, code_for("jiaopei/" + seed, div, cat), kind, person, addr, founded)


J1 = _reg("kj", "烟台启航职业技能培训学校有限公司", "370602", "1", "有限责任公司", "邹航",
          "山东省烟台市芝罘区西大街56号", "2016-07-01")
J2 = _reg("art", "烟台市莱山区墨韵书画工作室", "370613", "2", "个体工商户", "韩墨",
          "山东省烟台市莱山区港城东大街88号", "2019-09-01")
J3 = _reg("swim", "烟台浪花体育文化发展有限公司", "370671", "1", "有限责任公司", "潘浪",
          "山东省烟台市高新区科技大道31号", "2018-04-18")
J4 = _reg("eng", "烟台博思教育咨询有限公司", "370676", "1", "有限责任公司", "柯博",
          "山东省烟台市经济技术开发区长江路200号", "2017-03-09")
J5 = _reg("gk", "烟台智胜教育科技有限公司", "370602", "1", "有限责任公司", "秦胜",
          "山东省烟台市芝罘区青年南路15号", "2020-05-20")
J6 = _reg("dance", "龙口市舞之韵舞蹈培训中心", "370681", "2", "个体工商户", "舞韵",
          "山东省烟台市龙口市新嘉街道振华路9号", "2021-06-01")
J7 = _reg("kuaiji", "烟台市福山区金算盘财会培训部", "370611", "2", "个体工商户", "钱算",
          "山东省烟台市福山区河滨路40号", "2019-12-12")
J8 = _reg("tuoguan", "蓬莱区小树苗托管服务部", "370614", "2", "个体工商户", "苗立",
          "山东省烟台市蓬莱区钟楼北路6号", "2022-09-01")
J9 = _reg("bake", "烟台市牟平区甜园烘焙培训工作室", "370612", "2", "个体工商户", "甘甜",
          "山东省烟台市牟平区大窑街道文化街3号", "2021-03-03")
J10 = _reg("focus", "烟台慧心儿童发展咨询有限公司", "370613", "1", "有限责任公司", "孟慧",
           "山东省烟台市莱山区山海路118号", "2020-10-10")

SCHOOLS = (
    School("jp-01", "qihang", "小鹅通", "启航职考课堂", J1, "教育培训", shown_as(J1),
           ("一级建造师、消防设施操作员网课",
            decoy(ABS, "我们不承诺“保过”，也不宣传“通过率第一”", "the school negates 保过 and "
                  "a rank claim")),
           (Course("c1", "一建 建筑实务 录播班", "1280", ("120课时 录播 含讲义",),
                   (decoy(RET, "录播课开通并观看后属在线数字化商品，不适用七天无理由；"
                          "未观看可全额退",
                          "watched online digital content is exempt (消法 第二十五条); "
                          "unwatched is refunded"),)),),
           reviews=(("学员 小孟", decoy(ABS, "老师讲得是我听过最清楚的",
                                        "a student's opinion in a review, not the seller's"),
                     "谢谢认可"),),
           note="clean: negated 保过, a digital-content exemption, a student's superlative"),
    School("jp-02", "moyun", "大众点评", "墨韵书画", J2, "艺术培训", shown_as(J2),
           ("少儿书法 国画 成人班",),
           (Course("c1", "少儿软笔书法 20课时", "1600", ("每周一次 小班6人",),
                   ("未上课时按剩余课时退费", "开课后可转让课时")),),
           reviews=(("家长 王女士", "孩子很喜欢", ""),),
           extra=(("教师资格证", "韩墨 美术学科 高级中学教师资格"),),
           note="clean: a teacher's certificate beside the licence, pro-rata refunds"),
    School("jp-03", "langhua", "大众点评", "浪花游泳馆", J3, "体育培训", shown_as(J3),
           ("儿童游泳 成人蛙泳",
            decoy(LURE, "请通过点评团购下单，本馆前台不会让您私下转账", "the school refuses "
                  "private transfers")),
           (Course("c1", "少儿游泳10次课", "980", ("国家职业资格教练授课",),
                   ("剩余课时可退",)),),
           reviews=(("家长 刘先生", decoy(LURE, "能加教练微信约课吗？", "a parent asks for a "
                                         "WeChat"), "请在平台预约，我们不私下约课"),),
           note="clean: a parent's WeChat request refused"),
    School("jp-04", "bosi", "小鹅通", "博思英语", J4, "教育培训", shown_as(J4),
           (decoy(ABS, "市场监管局提醒：警惕“最权威”“100%提分”等宣传",
                  "a regulator's warning quotes banned words"),),
           (Course("c1", "成人英语口语 直播课", "699", ("外教直播 每周三次",),
                   ("开课七日内可无理由退费",)),),
           note="clean: a quoted warning in consumer education"),
    School("jp-05", "zhisheng", "小鹅通", "智胜公考", J5, "教育培训", shown_as(J5),
           (bad(ABS, "烟台第一公考品牌，通过率全市最高", "烟台第一, 全市最高: unsupported "
                "absolute claims"),),
           (Course("c1", "省考笔试 冲刺班", "3980",
                   (bad(ABS, "史上最强师资，顶级命题专家团队", "史上最强, 顶级: absolute terms, "
                        "paraphrased from a published 教培 case"),),
                   ("开课前可退",)),),
           note="absolute rank claims for a 公考 course"),
    School("jp-06", "wuyun", "大众点评", "舞之韵舞蹈", J6, "艺术培训", shown_as(J6),
           ("中国舞 拉丁舞 考级",),
           (Course("c1", "中国舞年卡", "4800", ("每周两次",),
                   (bad(RET, "报名缴费后概不退费，最终解释权归本中心所有",
                        "a 概不退费 format clause that excludes the consumer's rights"),)),),
           note="a 概不退费 clause"),
    School("jp-07", "jinsuanpan", "小鹅通", "金算盘会计", J7, "教育培训", shown_as(J7),
           ("初级会计 中级会计 实操",
            bad(LURE, "加班主任微信 jsp2024 领取真题，私下转账报名立减300",
                "the school moves buyers to WeChat with a private-transfer discount")),
           (Course("c1", "初级会计 全程班", "880", ("含题库",), ("开课前可退",)),),
           note="a WeChat lure with a private-transfer discount"),
    School("jp-08", "xiaoshumiao", "大众点评", "小树苗托管", J8, "托管服务", None,
           ("小学生午托 晚托 作业辅导",),
           (Course("c1", "晚托月卡", "1200", ("放学接送 作业辅导",), ("按天退费",)),),
           notes=("营业执照见前台",),
           note="the 办学资质 page shows no licence, only 见前台"),
    School("jp-09", "tianyuan", "小鹅通", "甜园烘焙课堂", J9, "餐饮", shown_as(J9),
           ("烘焙体验课 蛋糕订制",),
           (Course("c1", "生日蛋糕订制 8寸", "168", ("动物奶油 当天制作",),
                   (decoy(RET, "定制蛋糕按您要求制作，不适用七天无理由退货",
                          "made-to-order goods are exempt"),)),
            Course("c2", "亲子烘焙体验课", "99", ("两小时 含材料",), ("开课前一天可退",))),
           note="sells cakes it bakes, with no 食品经营许可证"),
    School("jp-10", "huixin", "大众点评", "慧心专注力", J10, "教育培训", shown_as(J10),
           (bad(MED, "感统训练三个月治疗多动症、抽动症，改善自闭症",
                "a training course claims to treat ADHD and autism: a disease claim"),),
           (Course("c1", "专注力训练 24课时", "3600", ("一对一",), ("未上课时可退",)),),
           reviews=(("家长 陈女士", decoy(MED, "孩子有多动症，医生说可以配合训练试试",
                                         "a parent's report of a doctor's advice"), ""),),
           note="a course claimed to treat ADHD"),
)
