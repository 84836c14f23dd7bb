"""The bzlive family's rooms: Yantai sellers live on 视频号 and 哔哩哔哩, as timed feed events.

Wording modelled (paraphrased) on published material: SAMR's 2025 live-commerce and
ordinary-food typical cases (a seller's live claims that food lowers blood sugar or cures
a cough), platform rules on 引导私下交易 (a WeChat id read out, "看主页简介", 进群), 消法
第二十五条 (鲜活易腐, 定作 exemptions), 广告法 第二十三条 (wine may claim no health effect).
"""

from __future__ import annotations

from demo.families.bzlive import Ev, Room
from demo.families.codes import code_for, food_permit
from demo.families.corpus import Registered, Said, bad, decoy, shown_as

ABS, MED, RET = "ad.absolute_terms", "ad.medical_claims", "returns.refused"
LURE, MIS = "live.offplatform_lure", "licence.mismatch"
LTD = "有限责任公司（自然人投资或控股）"
SOLE = "个体工商户"


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = SOLE) -> Registered:
    return Registered(name, code_for("bzlive/" + seed, division, "2" if kind == SOLE else "1"),
                      kind, person, "山东省烟台市" + address, founded)


def cc(at: int, words: Said | str) -> Ev:
    """The host's speech as the caption panel shows it."""
    return Ev(at, "cc", "host", "", "字幕", words)


def host(at: int, who: str, words: Said | str) -> Ev:
    return Ev(at, "chat", "host", who, "主播", words)


def staff(at: int, who: str, badge: str, words: Said | str) -> Ev:
    return Ev(at, "chat", "staff", who, badge, words)


def pin(at: int, who: str, badge: str, words: Said | str) -> Ev:
    return Ev(at, "pin", "staff", who, badge, words)


def viewer(at: int, who: str, badge: str, words: Said | str) -> Ev:
    return Ev(at, "chat", "viewer", who, badge, words)


AWEI = _reg("bz-01", "烟台市芝罘区阿伟海产品经营部", "370602", "刘伟", "芝罘区东口渔港8号",
            "2020年04月01日")
WANGJIE = _reg("bz-02", "栖霞市王姐果品店", "370686", "王秀英", "栖霞市庙后镇", "2018年09月09日")
LAOLI = _reg("bz-03", "烟台老李参茸食品有限公司", "370613", "李长海", "莱山区迎春大街166号",
             "2015年05月05日", LTD)
YUGUANG = _reg("bz-04", "烟台市牟平区渔光曲海产品店", "370612", "曲光", "牟平区姜格庄街道",
               "2021年07月07日")
XIAOFANG = _reg("bz-05", "烟台高新区小芳服装店", "370671", "赵芳", "高新区海普路12号",
                "2022年03月15日")
JIUZHUANG = _reg("bz-06", "烟台蓬莱海风酒庄有限公司", "370614", "郝风", "蓬莱区刘家沟镇",
                 "2013年08月08日", LTD)
SHANHUO = _reg("bz-07", "牟平区昆嵛山货店", "370612", "鞠山", "牟平区昆嵛镇", "2019年10月10日")
HAIDAI = _reg("bz-08", "长岛县渔娘海带店", "370634", "邹娘", "长岛县北长山乡", "2014年06月01日")
AMEI = _reg("bz-09", "烟台市莱山区阿梅家纺店", "370613", "梅芳", "莱山区港城东大街3号",
            "2017年11月11日")
LIGAO = _reg("bz-10", "莱阳市梨乡梨膏食品有限公司", "370682", "宋梨", "莱阳市城厢街道",
             "2016年01月18日", LTD)
JINSHI = _reg("bz-11", "招远市金城首饰店", "370685", "孙金", "招远市温泉路8号", "2012年12月12日")
CHA = _reg("bz-12", "烟台昆嵛山茶业有限公司", "370612", "于茶", "牟平区龙泉镇", "2011年04月20日",
           LTD)
MCN = _reg("bz-mcn", "烟台星海文化传媒有限公司", "370602", "姜星", "芝罘区南大街9号",
           "2020年02月02日", LTD)


def _spaced(code: str) -> str:
    return " ".join((code[:4], code[4:10], code[10:14], code[14:])).lower()


ROOMS = (
    Room("bz-01", "haibianawei", "视频号", "阿伟赶海 · 今晚东口渔港现捞", "阿伟赶海",
         "阿伟赶海鲜货铺", AWEI, "生鲜", shown_as(AWEI),
         (cc(700, "家人们晚上好，今天的梭子蟹都是下午刚靠港的。"),
          viewer(1500, "赶海的小明", "粉丝 LV3", decoy(LURE, "能私聊吗？想多要点",
                                                   "a viewer asks to go private")),
          cc(2600, bad(LURE, "想要便宜的直接加我微信，awei668，私下发你，比小店便宜二十。",
                       "the host reads out his WeChat id and offers a private price")),
          viewer(3800, "渔港老张", "", "蟹子满黄吗"),
          cc(5200, decoy(RET, "活蟹是鲜活易腐的，不适用七天无理由，死蟹拍照包赔。",
                         "fresh seafood exemption, lawful")),),
         (("鲜活梭子蟹 3斤", "128", "今日现捞"),),
         note="the host reads out a WeChat id for private deals (caption)"),
    Room("bz-02", "wangjie", "视频号", "王姐果园直播 · 栖霞红富士", "王姐", "王姐家的苹果",
         WANGJIE, "水果", shown_as(WANGJIE),
         (viewer(800, "爱吃苹果", "粉丝 LV5", decoy(LURE, "加个微信呗，以后直接找你买",
                                                 "a viewer asks for WeChat")),
          cc(1900, decoy(LURE, "不加微信哈，咱都在小店里下单，售后有保障。",
                         "the host refuses to go off-platform")),
          viewer(3100, "青青", "", decoy(ABS, "是不是全栖霞最甜的？", "a viewer's question")),
          cc(4200, decoy(ABS, "甜不甜大家尝了说，我不说最甜，说了违规。",
                         "the host refuses the superlative")),
          cc(5600, decoy(RET, "坏果包赔，生鲜不支持七天无理由是国家规定的。",
                         "fresh fruit exemption")),),
         (("栖霞红富士 10斤", "45", "果园直发"),),
         note="clean: a viewer's WeChat request refused, a viewer's superlative question"),
    Room("bz-03", "laoli", "哔哩哔哩", "老李参茸 · 即食海参专场", "老李", "老李参茸",
         LAOLI, "食品", shown_as(LAOLI), permit=food_permit("370613", 61),
         events=(viewer(900, "海参爱好者", "舰长", decoy(MED, "这个海参能治糖尿病吗？",
                                                     "a paying viewer's (舰长) question")),
                 cc(2200, bad(MED, "糖尿病人天天吃一根，血糖血压都能降下来，比吃药管用。",
                              "the host claims the food lowers blood sugar and pressure")),
                 staff(3600, "小刘", "房管", "1号链接库存还剩50单"),
                 viewer(4800, "路过", "粉丝 LV11", "发什么快递")),
         cards=(("即食海参 500g", "358", "开袋即食"),),
         note="the host claims 即食海参 lowers blood sugar and blood pressure"),
    Room("bz-04", "yuguang", "哔哩哔哩", "渔光曲 · 海鲜干货福利夜", "渔光曲阿光", "渔光曲海产",
         YUGUANG, "食品", shown_as(YUGUANG),
         events=(cc(600, "今天的虾皮、海米都是牟平本地晒的。"),
                 pin(1800, "小曲", "场控", bad(RET, "直播间福利价，拍下不退不换，介意勿拍！",
                                             "the staff's pin refuses every return")),
                 viewer(2900, "吃货一号", "提督",
                        decoy(RET, "不退不换？这合规吗", "a viewer quotes the refusal")),
                 staff(4100, "小曲", "场控", "海米2号链接，虾皮3号链接")),
         cards=(("淡干海米 250g", "49", "自然晾晒"),),
         note="食品 shop without a JY permit; the 场控's pin refuses returns"),
    Room("bz-05", "xiaofang", "视频号", "小芳服饰 · 秋冬外套上新", "小芳", "小芳女装",
         XIAOFANG, "服装", shown_as(XIAOFANG),
         (cc(800, bad(ABS, "全网最低价，全烟台第一家工厂直营，别家都没这个价。",
                      "全网最低价 and 第一家 about the shop")),
          staff(2100, "助理小雨", "场控", decoy(RET, "支持七天无理由退货，运费险已开。",
                                             "the shop grants the statutory return")),
          viewer(3300, "梅子", "", "160斤能穿吗"),
          cc(4600, "能穿，XL宽松版。")),
         (("羊羔毛外套", "159", "工厂直发"),),
         note="the host claims 全网最低价 and 第一家"),
    Room("bz-06", "penglaiwine", "视频号", "海风酒庄 · 蓬莱产区干红品鉴", "海风酒庄老郝",
         "海风酒庄", JIUZHUANG, "酒水", shown_as(JIUZHUANG), permit=food_permit("370614", 90),
         events=(viewer(700, "品酒师小王", "粉丝 LV9", decoy(MED, "喝红酒能降血压吗？",
                                                        "a viewer's question")),
                 cc(1900, decoy(MED, "葡萄酒不是药，治不了病，网上说软化血管的别信。",
                                "the host denies any health effect")),
                 cc(3300, decoy(ABS, "最佳饮用温度16度左右，先醒酒半小时。", "a serving tip")),
                 staff(4500, "酒庄客服", "场控", "未成年人请勿饮酒，理性饮酒。")),
         cards=(("海风干红 750ml", "198", "蓬莱产区"),),
         mcn=("直播服务机构", decoy(MIS, f"本直播间由{MCN.name}提供直播服务，统一社会信用代码 "
                                    f"{MCN.uscc}", "the MCN's licence beside the seller's")),
         note="clean: health effects denied, a serving tip, the MCN's licence on the 资质 page"),
    Room("bz-07", "shanhuo", "哔哩哔哩", "昆嵛山货 · 秋季鲜蘑", "山货老鞠", "昆嵛山货铺", SHANHUO,
         "生鲜", None, cert="pending",
         events=(cc(900, "今天的松蘑都是早上进山采的。"),
                 viewer(2000, "山里人", "粉丝 LV2", "有没有榛蘑"),
                 cc(3300, decoy(RET, "鲜蘑不耐放，不支持七天无理由，坏了包赔。",
                                "fresh produce exemption"))),
         cards=(("鲜松蘑 2斤", "68", "当天采摘"),),
         note="the 商家资质 page says 审核中: no licence displayed"),
    Room("bz-08", "haidai", "视频号", "渔娘海带 · 长岛出海直播", "渔娘", "长岛渔娘海带",
         HAIDAI, "食品", shown_as(HAIDAI), permit=food_permit("370634", 12),
         events=(cc(800, "我们家海带是长岛北长山海域的，晒足三天。"),
                 pin(2000, "阿海", "场控", bad(LURE, "想进粉丝福利群的看主页简介，备注直播间。",
                                             "the staff's pin sends viewers to a private group "
                                             "via the profile")),
                 viewer(3100, "海带控", "", decoy(LURE, "群号多少？", "a viewer's question")),
                 staff(4400, "阿海", "场控", "下单都在小店1号链接。")),
         cards=(("长岛淡干海带 500g", "22", "自然晾晒"),),
         note="the 场控's pin lures to a private group (看主页简介); 370634 code is valid"),
    Room("bz-09", "amei", "哔哩哔哩", "阿梅家纺 · 四件套专场", "阿梅", "阿梅家纺",
         AMEI, "日用品", shown_as(AMEI, name="烟台阿梅家纺有限公司"),
         events=(cc(700, "纯棉四件套，60支长绒棉。"),
                 viewer(1900, "睡个好觉", "粉丝 LV6", "1.8米床有吗"),
                 cc(3200, decoy(RET, "支持七天无理由退货，没拆封的随便退。",
                                "statutory return granted"))),
         cards=(("纯棉四件套 1.8m", "199", "60支"),),
         note="the licence shows a company name; the registered entity is a 个体工商户"),
    Room("bz-10", "ligao", "视频号", "梨乡梨膏 · 莱阳老字号", "梨乡宋姐", "梨乡梨膏",
         LIGAO, "食品", shown_as(LIGAO), permit=food_permit("370682", 45),
         events=(cc(600, "莱阳梨熬的梨膏，一斤梨膏十斤梨。"),
                 staff(1800, "小宋", "场控", bad(MED, "梨膏止咳化痰，孩子咳嗽喝两天就好了。",
                                               "the seller's staff claims it cures a cough")),
                 viewer(3000, "宝妈", "粉丝 LV4", decoy(MED, "我家孩子咳嗽喝了也没好，还得去医院",
                                                     "a viewer's own experience, no claim")),
                 viewer(4200, "老顾客", "", "上次买的喝完了")),
         cards=(("莱阳梨膏 300g×2", "69", "老字号"),),
         note="the 场控 claims the 梨膏 cures children's coughs"),
    Room("bz-11", "jinshi", "视频号", "金城首饰 · 招远黄金直播", "金城孙姐", "金城首饰",
         JINSHI, "珠宝", shown_as(JINSHI, uscc=_spaced(JINSHI.uscc)),
         events=(cc(700, decoy(ABS, "第一次来直播间的宝宝点个关注。", "第一次: a first visit")),
                 viewer(1900, "金子", "粉丝 LV12", decoy(LURE, "主播微信多少？私下买便宜点",
                                                      "a viewer asks to deal privately")),
                 cc(3000, decoy(LURE, "我们不私下交易，都走小店，有发票有售后。",
                                "the host refuses")),
                 staff(4300, "小孙", "场控",
                       decoy(RET, "刻字定制的不支持七天无理由，其余七天无理由。",
                             "定作 goods exempt (消法 第二十五条), the rest returnable"))),
         cards=(("足金转运珠", "890", "可刻字"),),
         note="clean: a viewer's private-deal request refused; code spaced and lower case"),
    Room("bz-12", "cha", "哔哩哔哩", "昆嵛山茶 · 新茶品鉴", "茶农老于", "昆嵛山茶", CHA, "食品",
         shown_as(CHA), permit=food_permit("370612", 33),
         events=(viewer(800, "茶友", "提督", decoy(MED, "老板这茶能降三高吗？",
                                                 "a paying viewer's (提督) question")),
                 staff(1900, "茶小二", "房管", decoy(MED, "茶是普通食品，没有治疗作用哈。",
                                                   "the staff denies a health effect")),
                 viewer(3000, "批发商", "舰长", decoy(LURE, "加个V聊聊批发",
                                                   "a viewer asks for WeChat")),
                 cc(4200, "批发的在小店拍批发链接就行。")),
         cards=(("昆嵛山绿茶 250g", "128", "明前"),),
         note="clean: viewers' health and WeChat questions, the staff's denial"),
)
