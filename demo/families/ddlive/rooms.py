"""The ddlive family's rooms: Yantai sellers live on 多多直播 and 美团直播, as timed feed lines.

Wording written for this family from how such rooms talk (a host's 口播, a 助理's pinned
notice, viewers asking for a WeChat or about a cure) and from the sources REFERENCE.md
cites: 消法 第二十五条 (鲜活易腐 goods), the 绝对化用语 guide's exemptions (最佳食用期, grade
names), 广告法 第十七条 (no disease claims outside medical ads).
"""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Filed, Registered, Said, bad, decoy, shown_as
from demo.families.ddlive import Line, Room

ABS, MED, RET = "ad.absolute_terms", "ad.medical_claims", "returns.refused"
LURE, MIS, UNI = "live.offplatform_lure", "licence.mismatch", "licence.uscc_invalid"
LTD = "有限责任公司（自然人投资或控股）"
SOLE = "个体工商户"
CHATTER = ("来了来了", "主播晚上好", "刚进来，今天上的什么", "已关注", "老粉报到", "666",
           "已拍一单", "发什么快递", "包邮吗", "有券吗", "声音小了点", "画面有点卡",
           "支持一下", "点赞点赞", "第一次刷到", "好的好的", "拍了拍了", "几号链接",
           "还有库存吗", "我也想要", "明天能到吗", "主播辛苦了", "家人们冲", "收藏了")
NICKS = ("海边的风", "小鱼干", "芝罘老王", "蓬莱小七", "福山大姐", "开心果", "莱阳梨花",
         "一只猫", "山东大汉", "牟平阿姨", "小太阳", "路过看看")


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = SOLE) -> Registered:
    return Registered(name, code_for("ddlive/" + seed, division, "2" if kind == SOLE else "1"),
                      kind, person, "山东省烟台市" + address, founded)


def host(at: int, who: str, words: Said | str) -> Line:
    """A chat line by the host (主播)."""
    return Line(at, "host", who, words)


def voice(at: int, words: Said | str) -> Line:
    """The host's speech as the 口播 strip shows it (one line, replaced)."""
    return Line(at, "voice", "", words)


def aide(at: int, who: str, words: Said | str) -> Line:
    """A chat line by the host's 助理."""
    return Line(at, "aide", who, words)


def pin(at: int, who: str, words: Said | str) -> Line:
    """The 助理's pinned notice."""
    return Line(at, "pin", who, words)


def fan(at: int, who: str, words: Said | str) -> Line:
    """A viewer's chat line."""
    return Line(at, "fan", who, words)


def sys_(at: int, words: Said | str) -> Line:
    """A platform (系统) line."""
    return Line(at, "sys", "", words)


def chatter(seed: int, start: int, count: int = 24) -> tuple[Line, ...]:
    """Plain viewer lines that scroll the early lines out of the 20-row pool."""
    return tuple(fan(start + 190 * k, NICKS[(seed + 5 * k) % len(NICKS)],
                     CHATTER[(seed * 7 + k) % len(CHATTER)]) for k in range(count))


YINGTAO = _reg("dd-01", "烟台市福山区老苗家樱桃园", "370611", "苗振东", "福山区张格庄镇",
               "2019年05月06日")
HAISHEN = _reg("dd-02", "烟台蓝湾海洋食品有限公司", "370613", "戚海波", "莱山区滨海路389号",
               "2016年09月12日", LTD)
JIULOU = _reg("dd-03", "烟台市芝罘区渔火海鲜酒楼", "370602", "盛国强", "芝罘区海岸路22号",
              "2018年03月20日")
YUQI = _reg("dd-04", "莱州市玉缘工艺品店", "370683", "滕玉洁", "莱州市文昌路东段",
            "2017年07月01日")
FENSI = _reg("dd-05", "龙口市金丝食品有限公司", "370681", "姜丽华", "龙口市诸由观镇",
             "2012年10月10日", LTD)
HAIDAI = _reg("dd-06", "长岛县渔嫂干货店", "370634", "栾美玲", "长岛县南长山街道",
              "2015年04月18日")
JIANSHEN = _reg("dd-07", "烟台开发区燃力健身服务中心", "370676", "闫凯", "开发区长江路100号",
                "2023年02月14日")
BRAND = _reg("dd-07b", "烟台燃力健身管理有限公司", "370602", "闫峰", "芝罘区南大街8号",
             "2020年06月30日", LTD)
JINDIAN = _reg("dd-08", "招远市福满金饰店", "370685", "孙福满", "招远市金晖路88号",
               "2013年11月08日")
HONGJIU = _reg("dd-09", "烟台蓬莱红酒坊酒业有限公司", "370614", "衣红", "蓬莱区南王街道",
                "2014年08月08日", LTD)
WEIHUO = _reg("dd-10", "烟台市牟平区衣橱尾货服装店", "370612", "姜美", "牟平区宁海街道",
              "2021年09月09日")
AIJIU = _reg("dd-11", "烟台市莱山区艾家养生馆", "370613", "艾清", "莱山区观海路56号",
             "2022年01月05日")
JIAOZI = _reg("dd-12", "烟台市福山区巧手饺子馆", "370611", "于巧", "福山区福海路12号",
              "2016年12月12日")

EXTRA = (Filed(BRAND),)  # a third party the pages show, in the registry extract too

ROOMS = (
    Room("dd-01", "laomiao", "多多直播", "福山大樱桃 果园现摘现发", "老苗果园", "老苗家的大樱桃",
         YINGTAO, "水果", shown_as(YINGTAO),
         (voice(400, "家人们看，这一树美早刚摘下来，果柄都是绿的。"),
          fan(900, "蓬莱小七", decoy(LURE, "能加个微信吗？以后直接找你买", "a viewer asks for "
              "a WeChat; the seller refuses below")),
          aide(1300, "苗苗助理", decoy(LURE, "不加私人微信哈，都在直播间拍，售后平台管",
               "the 助理 refuses to move the deal off the platform")),
          voice(1800, decoy(RET, "樱桃是鲜活易腐的，签收后不适用七天无理由退货，坏果拍照包赔",
                "鲜活易腐 goods are exempt from 7-day returns (消法 第二十五条); damage is paid")),
          *chatter(1, 2300),
          host(7200, "老苗果园", "今天就到这，明天早上六点还有一场。")),
         (("美早大樱桃 2斤装", "59.9"), ("黑珍珠 3斤装", "89")),
         note="clean: a viewer's WeChat request refused, the perishable-goods exemption"),
    Room("dd-02", "lanwan", "多多直播", "即食海参 工厂直播 今晚福利", "蓝湾小戚", "蓝湾海参工厂店",
         HAISHEN, "食品", shown_as(HAISHEN),
         (voice(400, bad(MED, "吃了咱家海参，血糖高的能降血糖，三高慢慢都给你调回来",
                "the host claims food lowers blood sugar and cures 三高: a disease claim")),
          fan(900, "福山大姐", "是辽参吗？"),
          host(1300, "蓝湾小戚", bad(ABS, "这个价全网最低，别家没有比我们便宜的",
               "全网最低: an unsupported absolute price claim by the host")),
          fan(1800, "开心果", decoy(MED, "我妈糖尿病能吃吗", "a viewer's question about a "
              "disease, not the seller's claim")),
          *chatter(2, 2300),
          voice(5200, "下一个链接是淡干海参，250克一袋。"),
          aide(7200, "小戚助理", "拍下备注规格，48小时内发货。")),
         (("即食海参 500g", "298"), ("淡干海参 250g", "399")),
         permit=food_permit("370613", 3121), note="the host's blood-sugar claim and 全网最低"),
    Room("dd-03", "yuhuo", "美团直播", "渔火海鲜酒楼 直播间团购 双人餐", "渔火老盛",
         "渔火海鲜(海岸路店)",
         JIULOU, "餐饮", shown_as(JIULOU),
         (voice(400, decoy(ABS, "我们不敢说最好吃，大众点评4.8分，大家自己来尝",
                "the host declines to claim 最好吃; a negation")),
          fan(900, "芝罘老王", "能订包间吗"),
          aide(1300, "酒楼小盛", bad(LURE, "订包间的加我微信 yuhuo_8866，私下给你算便宜",
               "the 助理 gives a WeChat id and offers a cheaper private deal")),
          *chatter(3, 1800),
          host(6600, "渔火老盛", "团购券在左下角小黄车，周末也能用。")),
         (("双人海鲜套餐券", "168"), ("四人家宴券", "398")),
         note="a restaurant showing no food permit; the 助理's WeChat lure"),
    Room("dd-04", "yuyuan", "多多直播", "莱州玉石 工艺摆件 源头直播", "玉缘滕姐", "玉缘工艺品",
         YUQI, "工艺品", shown_as(YUQI),
         (voice(400, bad(RET, "玉器一经售出概不退换，看好了再拍",
                "no returns at all on ordinary goods (消法 第二十五条)")),
          fan(900, "山东大汉", decoy(MED, "听说戴玉能降血压是真的吗", "a viewer repeats a "
              "health myth as a question")),
          host(1300, "玉缘滕姐", decoy(MED, "玉石不能治病啊，说能降血压的都别信",
               "the host denies a health effect; consumer education")),
          *chatter(4, 1800),
          voice(5000, "这个貔貅是整料雕的，大家看底座。"),
          aide(6600, "滕姐助理", "摆件有证书，拍下包邮。")),
         (("莱州玉 貔貅摆件", "188"), ("玉石手串", "99")),
         note="a no-returns notice on jade ornaments"),
    Room("dd-05", "jinsi", "美团直播", "龙口粉丝 老厂直播 一件也发", "金丝姜姐", "金丝粉丝厂直营店",
         FENSI, "食品", shown_as(FENSI),
         (voice(400, decoy(ABS, "粉丝的最佳食用期是开封后一个月，注意防潮",
                "最佳食用期 is a usage tip the absolute-terms guide exempts")),
          fan(900, "牟平阿姨", "是绿豆的吗"),
          host(1300, "金丝姜姐", "纯绿豆淀粉，配料表就两样。"),
          *chatter(5, 1800),
          aide(6600, "姜姐助理", "一件也包邮，偏远地区除外。")),
         (("龙口粉丝 1kg", "25.8"), ("粉丝礼盒", "68")),
         filing="YB13706810012345", note="clean: prepackaged food with its 备案; a usage tip"),
    Room("dd-06", "yusao", "多多直播", "长岛海带 干货直播 自家晒的", "长岛渔嫂", "渔嫂海岛干货",
         HAIDAI, "干货", None,
         (voice(400, "今天的海带都是南长山自家晒的，不加盐。"),
          fan(900, "海边的风", decoy(LURE, "主播有微信吗", "a viewer asks; the host refuses")),
          host(1300, "长岛渔嫂", decoy(LURE, "没有私下的，都在直播间拍", "the host keeps the sale "
               "on the platform")),
          *chatter(6, 1800)),
         (("海带结 500g", "19.9"),), cert="none",
         note="a room with no shop link and no licence or exemption shown"),
    Room("dd-07", "ranli", "美团直播", "燃力健身 开发区店 私教体验课", "燃力阿凯",
         "燃力健身(长江路店)",
         JIANSHEN, "服务", shown_as(JIANSHEN),
         (voice(400, decoy(MED, "私教课不是治疗，腰椎有问题的先去医院看",
                "the coach says training is no treatment and sends back pain to a doctor")),
          fan(900, "小太阳", "次卡能退吗"),
          aide(1300, "燃力小闫", decoy(RET, "团购券未使用随时退，过期自动退",
               "a refund promise, not a refusal")),
          *chatter(7, 1800)),
         (("私教体验课 1节", "49"), ("月卡", "299")),
         other=("品牌授权方", decoy(MIS, f"品牌方：{BRAND.name}，统一社会信用代码 {BRAND.uscc}（"
                                     "加盟品牌授权，非本店经营主体）", "the franchisor's licence "
                                     "shown beside the seller's own, as a third party's")),
         note="clean: a franchisor's licence beside the gym's own, a refund promise"),
    Room("dd-08", "fuman", "多多直播", "招远黄金 足金饰品 工费直降", "福满孙哥", "福满金饰",
         JINDIAN, "饰品", shown_as(JINDIAN),
         (voice(400, decoy(ABS, "千足金是国标里的成色名称，不是我们自己吹的",
                "a grade name from the standard; exempt")),
          host(900, "福满孙哥", bad(ABS, "今天工费是全网最低，招远最权威的金店",
               "全网最低 and 最权威: absolute terms by the host")),
          *chatter(8, 1400)),
         (("足金转运珠", "1280"), ("古法金手镯", "8999")),
         status="注销", status_date="2025-06-30",
         note="a room showing the licence of an entity the registry shows 注销; 最权威"),
    Room("dd-09", "hongjiu", "美团直播", "蓬莱产区 干红品鉴直播", "红酒坊衣姐", "蓬莱红酒坊",
         HONGJIU, "酒水", shown_as(HONGJIU),
         (voice(400, decoy(MED, "葡萄酒不是保健品，有人说能软化血管，那是瞎说",
                "the host denies a health effect for wine")),
          fan(900, "一只猫", decoy(MED, "喝红酒能降血压吗", "a viewer's question")),
          host(1300, "红酒坊衣姐", "不能哈，适量饮酒，未成年人不卖。"),
          *chatter(9, 1800)),
         (("蓬莱干红 750ml", "128"), ("双支礼盒", "268")),
         permit=food_permit("370614", 877),
         note="clean: wine with its permit; health myths denied"),
    Room("dd-10", "yichu", "多多直播", "品牌女装尾货 清仓直播", "衣橱姜姜", "衣橱尾货清仓",
         WEIHUO, "服装", shown_as(WEIHUO, uscc=with_wrong_check(WEIHUO.uscc)),
         (pin(400, "姜姜助理", bad(RET, "清仓尾货，拍下不支持退换，介意勿拍",
              "清仓 goods cannot be excluded from returns (中消协 2022)")),
          voice(900, "这件羊毛大衣吊牌价一千多，今天一百九十九。"),
          *chatter(10, 1400)),
         (("羊毛大衣", "199"), ("针织衫", "59")),
         note="a pinned no-returns notice on clearance clothes; a code failing its check"),
    Room("dd-11", "aijia", "美团直播", "艾灸调理 养生馆直播 到店体验", "艾家艾清",
         "艾家养生(观海路)",
         AIJIU, "服务", shown_as(AIJIU),
         (voice(400, bad(MED, "艾灸三次，腰间盘突出就能治好，比吃药管用",
                "the host claims moxibustion cures a disc herniation: a disease claim")),
          fan(900, "福山大姐", "能邮寄艾灸贴吗"),
          host(1300, "艾家艾清", bad(LURE, "艾灸贴直播间不好发，扫我主页二维码加V，私下发给你",
               "the host sends viewers to a QR code and a private channel")),
          aide(1800, "艾家小助理", decoy(RET, "到店券未使用随时可退", "a refund promise")),
          *chatter(11, 2300),
          voice(5400, "到店体验的姐妹记得提前一天预约。")),
         (("艾灸体验券", "39.9"),), note="the host's cure claim and a QR-code lure"),
    Room("dd-12", "qiaoshou", "多多直播", "福山手工水饺 速冻现包", "巧手于姐", "巧手饺子",
         JIAOZI, "食品", shown_as(JIAOZI),
         (voice(400, "鲅鱼馅的，今天早上刚包的。"),
          fan(900, "莱阳梨花", decoy(LURE, "能私下转账吗，便宜点",
                                  "a viewer asks to pay privately")),
          host(1300, "巧手于姐", decoy(LURE, "别私下转账啊，平台下单才有保障",
               "the host refuses a private transfer")),
          sys_(1800, decoy(MED, "【系统】平台提醒：普通食品宣传“治疗”“降血糖”等功效"
                           "属违法广告，请谨慎辨别",
               "the platform quotes banned claims to warn viewers")),
          *chatter(12, 2300)),
         (("鲅鱼水饺 1kg", "39.9"), ("三鲜水饺 1kg", "35.9")),
         permit=food_permit("370611", 5512),
         note="clean: a private transfer refused; a platform warning that quotes banned claims"),
)
