"""The liangzhao family's firms: Yantai 小微企业 with their own 官网.

Wording written for this family, as such sites read: a slogan, 公司简介, 产品与服务, 购物须知
and 联系方式. Legal points from REFERENCE.md: 定作 goods are exempt from 7-day returns
(消法 第二十五条), company values are no goods claim (绝对化用语 guide), a firm's own site
giving its own WeChat is no off-platform lure, a food seller needs a JY permit.
"""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Filed, Registered, Said, bad, decoy, shown_as
from demo.families.liangzhao import Firm

ABS, MED, RET = "ad.absolute_terms", "ad.medical_claims", "returns.refused"
LURE, MIS = "live.offplatform_lure", "licence.mismatch"
DEREG = "licence.deregistered"
LTD = "有限责任公司（自然人投资或控股）"
SOLE = "个体工商户"


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = SOLE) -> Registered:
    return Registered(name, code_for("liangzhao/" + seed, division, "2" if kind == SOLE else "1"),
                      kind, person, "山东省烟台市" + address, founded)


def _reach(phone: str, address: str, *extra: tuple[str, Said | str]
           ) -> tuple[tuple[str, Said | str], ...]:
    return (("电话", phone), ("地址", address), *extra)


MAITIAN = _reg("lz-01", "烟台市芝罘区麦田手作烘焙坊", "370602", "林小麦", "芝罘区所城里大街17号",
               "2021年04月12日")
YUNFENG = _reg("lz-02", "莱州市云峰茶舍", "370683", "韩云峰", "莱州市文峰路街道云峰山路6号",
               "2017年03月08日")
YUEYUE = _reg("lz-03", "海阳悦月母婴护理服务有限公司", "370687", "王悦", "海阳市凤城街道海滨路9号",
              "2019年10月20日", LTD)
HAIDIAO = _reg("lz-04", "烟台市蓬莱区海钓客渔具店", "370614", "吕涛", "蓬莱区登州街道钟楼北路3号",
               "2018年06月06日")
SHIGUANG = _reg("lz-05", "烟台市芝罘区拾光婚纱摄影工作室", "370602", "曲晴", "芝罘区北马路55号",
                "2020年05月20日")
AICAO = _reg("lz-06", "烟台市莱山区艾草堂养生服务中心", "370613", "孔艾", "莱山区银海路12号",
             "2022年08月18日")
YUJIA = _reg("lz-07", "长岛县渔家小院餐馆", "370634", "王海军", "长岛县北长山乡店子村",
             "2014年05月01日")
JINGGONG = _reg("lz-08", "龙口精工液压机械有限公司", "370681", "邢建国", "龙口市东江街道工业园",
                "2019年09月09日", LTD)
JINGGONG_OLD = _reg("lz-08p", "龙口市精工机械厂", "370681", "邢建国", "龙口市东江街道",
                    "1998年04月01日", "集体所有制")
FENFANG = _reg("lz-09", "招远市老磨坊粉丝加工厂", "370685", "杨磨", "招远市张星镇",
                 "2011年02月02日")
NONGCHANG = _reg("lz-10", "栖霞市山前家庭农场", "370686", "于山", "栖霞市松山街道山前村",
                 "2016年09月26日")
HUALANG = _reg("lz-11", "烟台市福山区墨香装裱画廊", "370611", "齐墨", "福山区福新街道永达街8号",
               "2015年11月11日")

EXTRA = (Filed(JINGGONG_OLD, "注销", "2019-10-31"),)  # the predecessor lz-08 tells of

FIRMS = (
    Firm("lz-01", "maitian", "麦田手作烘焙", MAITIAN, "食品", shown_as(MAITIAN), "dialog",
         "每天清晨现烤，只用新鲜黄油",
         ("麦田手作烘焙坊开在所城里老街，2021年开业，做欧包、戚风和定制蛋糕。",),
         (("定制蛋糕", decoy(RET, "定制蛋糕按您的要求现做，属于定作商品，不适用七天无理由退货",
                         "定作 goods are exempt from 7-day returns (消法 第二十五条)")),
          ("原味欧包", decoy(ABS, "最佳赏味期为出炉后48小时，建议当天食用",
                         "最佳赏味期 is a usage tip the absolute-terms guide exempts"))),
         ("配送范围：芝罘区内同城配送。",),
         _reach("0535-6201234", "芝罘区所城里大街17号"),
         permit=food_permit("370602", 4410, "2"), note="clean: 定作 cakes, a usage tip, JY shown"),
    Firm("lz-02", "yunfeng", "云峰茶舍", YUNFENG, "食品", shown_as(YUNFENG), "details",
         "云峰山下的一杯好茶",
         ("云峰茶舍在莱州云峰山脚，自有茶园二十亩，做绿茶与红茶。",
          bad(MED, "长期饮用云峰绿茶可降三高、抗癌防癌，调理肠胃疾病",
              "tea is claimed to lower 三高 and prevent cancer: disease claims on food")),
         (("云峰绿茶 250g", "明前采摘，手工炒制。"), ("云峰红茶 200g", "蜜香浓郁。")),
         ("茶叶为食品，开封后请密封冷藏。",),
         _reach("0535-2201188", "莱州市云峰山路6号"),
         note="a tea seller with no food permit; 降三高 and 抗癌 claims"),
    Firm("lz-03", "yueyue", "悦月月子会所", YUEYUE, "服务", shown_as(YUEYUE), "qr",
         bad(ABS, "烟台第一家五星级月子会所，服务最顶级",
             "第一家 and 最顶级: unsupported absolute claims about the service"),
         ("悦月母婴护理位于海阳海滨，提供产后住宿、母婴护理与月子餐。",
          decoy(MED, "本会所不提供医疗服务，产后身体不适请及时到医院就诊",
                "the firm disclaims medical service and sends clients to a hospital")),
         (("28天套餐", "含专业护理师24小时照护。"), ("产后修复课", "瑜伽与盆底训练课程。")),
         ("预约参观请提前一天来电。",),
         _reach("0535-3301122", "海阳市海滨路9号"),
         note="第一家 and 最顶级 in the slogan; licence behind the footer QR code"),
    Firm("lz-04", "haidiaoke", "海钓客渔具", HAIDIAO, "渔具", shown_as(HAIDIAO), "dialog",
         "蓬莱海钓，装备从这里开始",
         ("海钓客渔具店在蓬莱钟楼北路，卖海竿、路亚和船钓配件，也组织周末出海。",),
         (("海竿套装", "2.7米碳素海竿配纺车轮。"), ("路亚饵", "多款颜色可选。")),
         (bad(RET, "本店所有商品售出后概不退换，请确认型号后下单",
              "no returns on any goods, ordinary fishing tackle included"),),
         _reach("0535-5608899", "蓬莱区钟楼北路3号"),
         note="a 概不退换 notice on ordinary goods"),
    Firm("lz-05", "shiguangsy", "拾光婚纱摄影", SHIGUANG, "服务",
         shown_as(SHIGUANG, uscc=with_wrong_check(SHIGUANG.uscc, 7)), "qr",
         "把烟台的海，留在你们的照片里",
         ("拾光工作室专注海边婚纱照，养马岛、渔人码头、月亮湾都是我们的外景地。",),
         (("海景婚纱套系", "两套服装，一天外景。"), ("全家福", "室内与外景可选。")),
         ("拍摄日期确定后如需改期，请提前七天告知。",),
         _reach("0535-6605520", "芝罘区北马路55号",
                ("微信", decoy(LURE, "官方微信：shiguang_yt（工作时间回复）",
                               "the studio's own contact on its own site: no platform to leave"))),
         note="a displayed code failing its check, behind the footer QR code"),
    Firm("lz-06", "aicaotang", "艾草堂养生馆", AICAO, "服务",
         shown_as(AICAO, name="烟台艾草堂健康管理有限公司"), "tab",
         "传承艾灸，温养身心",
         ("艾草堂在莱山银海路，提供艾灸、推拿和足浴。",),
         (("艾灸调理", bad(MED, "艾灸根治风湿骨病，治疗失眠和妇科炎症，三个疗程见效",
                         "moxibustion claimed to cure rheumatism, insomnia and inflammation")),
          ("肩颈推拿", "缓解久坐疲劳。")),
         ("服务项目以店内价目表为准。",),
         _reach("0535-6898877", "莱山区银海路12号"),
         note="cure claims for moxibustion; the 资质 tab shows another name than the registry's"),
    Firm("lz-07", "yujiaxiaoyuan", "长岛渔家小院", YUJIA, "餐饮", shown_as(YUJIA), "details",
         "住渔家院，吃渔家饭",
         ("小院在北长山店子村，自家渔船出海，客人可以跟船体验。",),
         (("渔家宴", "当天出海的海鲜，按季节供应。"),
          ("跟船体验", decoy(ABS, "出海体验以当天海况为准，"
                                                         "安全第一", "安全第一 is a safety "
                                                         "value, not a claim about goods"))),
         ("海鲜按当日市价，明码标价。",),
         _reach("0535-3216677", "长岛县北长山乡店子村"),
         permit=food_permit("370634", 1203, "2"),
         note="clean: an old 长岛县 code (valid), permit shown, 安全第一"),
    Firm("lz-08", "jinggong", "精工液压", JINGGONG, "机械", shown_as(JINGGONG), "qr",
         decoy(ABS, "质量第一，客户至上", "a company value, not a claim about its goods"),
         ("精工液压的前身是1998年建厂的机械厂，生产液压油缸和液压站，产品销往全国。",),
         (("液压油缸", "缸径40-320mm，可非标定制。"), ("液压站", "按工况设计。")),
         (decoy(DEREG, f"公司2019年由原{JINGGONG_OLD.name}改制设立，原厂已依法注销",
                f"tells of a 注销 predecessor ({JINGGONG_OLD.name}); its own licence is live"),
          decoy(RET, "非标定制产品按图纸生产，确认图纸后不支持无理由退货；标准件七天内可退",
                "made-to-order parts are exempt; standard parts stay returnable"),),
         _reach("0535-8501234", "龙口市东江街道工业园"),
         note="clean: a company value, a made-to-order exemption, licence behind a QR code"),
    Firm("lz-09", "laomofang", "老磨坊粉丝", FENFANG, "食品", shown_as(FENFANG), "dialog",
         "招远老磨坊，三十年的绿豆粉丝",
         ("老磨坊在招远张星镇，用传统工艺晾晒粉丝。",),
         (("绿豆粉丝 2.5kg", "家庭装。"), ("粉丝礼盒", "节日送礼。")),
         ("批发请来电洽谈。",),
         _reach("0535-8261100", "招远市张星镇"),
         permit=food_permit("370685", 2280), status="注销", status_date="2024-11-15",
         note="the footer dialog shows a licence whose entity the registry shows 注销"),
    Firm("lz-10", "shanqian", "山前农场", NONGCHANG, "水果", shown_as(NONGCHANG), "tab",
         "栖霞山前村的红富士",
         ("山前家庭农场有苹果园六十亩，套袋种植，霜降后采收。",
          decoy(MED, "网传“苹果能治病”的说法没有依据，苹果就是好吃的水果",
                "the farm quotes a health myth to deny it")),
         (("红富士 10斤", "80mm以上果径。"), ("苹果干", "自家晾晒。")),
         (decoy(RET, "生鲜水果签收后请当天验货，坏果拍照联系我们补发或退款",
                "a refund for spoiled fruit, no refusal"),),
         _reach("0535-5218866", "栖霞市松山街道山前村"),
         note="clean: a farm's fruit, a myth denied, a spoiled-fruit refund"),
    Firm("lz-11", "moxiang", "墨香装裱画廊", HUALANG, "工艺品", None, "none",
         "字画装裱 · 书画销售",
         ("墨香画廊在福山永达街，做字画装裱二十年，兼售本地书画家作品。",),
         (("字画装裱", "绫裱、卷轴、框裱。"), ("书画作品", "本地名家作品。")),
         ("装裱周期约七天。",),
         _reach("0535-6322211", "福山区永达街8号"),
         note="the footer's 亮照 badge opens an 'uploading' notice: no licence shown"),
)
