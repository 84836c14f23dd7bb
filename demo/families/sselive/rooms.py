"""The sselive rooms: ten 烟台 sellers' live rooms, their chat as (tier, nick, words)."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, bad, decoy, shown_as
from demo.families.sselive import Room

LURE = "live.offplatform_lure"
MED = "ad.medical_claims"
ABS = "ad.absolute_terms"
RET = "returns.refused"


def _reg(seed: str, name: str, div: str, cat: str, kind: str, person: str, addr: str,
         founded: str) -> Registered:
    return Registered(name, code_for("sselive/" + seed, div, cat), kind, person, addr, founded)


R1 = _reg("qx-apple", "栖霞市果香苹果专业合作社", "370686", "3", "农民专业合作社", "于成林",
          "山东省烟台市栖霞市桃村镇北庄村", "2016-03-11")
R2 = _reg("ld-shen", "烟台渤湾海参有限公司", "370614", "1", "有限责任公司", "孙海涛",
          "山东省烟台市蓬莱区南王街道海滨路18号", "2014-09-02")
R3 = _reg("pl-wine", "蓬莱丘山酒庄有限公司", "370614", "1", "有限责任公司", "曲德明",
          "山东省烟台市蓬莱区刘家沟镇丘山谷", "2012-05-20")
R4 = _reg("fs-cherry", "烟台市福山区张记樱桃园", "370611", "2", "个体工商户", "张秀芹",
          "山东省烟台市福山区门楼镇门楼村", "2019-04-08")
R5 = _reg("zf-tea", "烟台市芝罘区岚雾茶叶店", "370602", "2", "个体工商户", "林晓",
          "山东省烟台市芝罘区南大街231号", "2020-06-15")
R6 = _reg("ls-jiao", "烟台养生源食品有限公司", "370613", "1", "有限责任公司", "高凤",
          "山东省烟台市莱山区迎春大街160号", "2018-11-30")
R7 = _reg("kf-fz", "烟台经济技术开发区衣尚服饰店", "370676", "2", "个体工商户", "王蕾",
          "山东省烟台市经济技术开发区长江路77号", "2021-02-22")
R8 = _reg("zy-snack", "招远市金粒炒货店", "370685", "2", "个体工商户", "赵金",
          "山东省烟台市招远市温泉路12号", "2022-08-01")
R9 = _reg("ly-pear", "莱阳市梨乡电子商务有限公司", "370682", "1", "有限责任公司", "宋建",
          "山东省烟台市莱阳市城厢街道富水路5号", "2017-07-07")
R10 = _reg("hy-fish", "海阳市渔家乐水产品店", "370687", "2", "个体工商户", "邵海",
           "山东省烟台市海阳市凤城街道海滨路3号", "2019-10-10")

ROOMS = (
    Room("sl-01", "guoxiang", "唯品会直播", "果香栖霞苹果", "栖霞红富士现摘现发", R1, "水果",
         shown_as(R1), "栖霞红富士 80# 10斤装",
         (("sys", "", "欢迎来到直播间，请文明发言"),
          ("host", "果香小于", "今天的苹果都是合作社社员自家园子摘的"),
          ("fan", "青岛大姐", decoy(LURE, "能加个微信吗？以后直接找你买",
                                    "a viewer asks for a WeChat; the seller refuses below")),
          ("aide", "小于助理", decoy(LURE, "不加私人微信哈，都在小黄车下单，售后平台管",
                                    "the 副播 refuses to take the deal off the platform")),
          ("fan", "老刘", decoy(MED, "吃苹果能降血压吗？", "a viewer's health question, not a "
                                "seller's claim")),
          ("host", "果香小于", decoy(MED, "苹果就是水果，不能治病，别听网上瞎说",
                                     "the host denies any health effect"))),
         note="clean: a viewer's WeChat request refused, a health claim denied"),
    Room("sl-02", "bowan", "唯品会直播", "渤湾海参旗舰店", "蓬莱淡干海参 源头直发", R2, "食品",
         shown_as(R2), "淡干海参 250g",
         (("host", "渤湾海涛", "海参是即食的，拆开冷藏能放三天"),
          ("host", "渤湾海涛", decoy(MED, "海参是食品，不是药，有病请去医院",
                                     "the host says the food is no medicine")),
          ("aide", "小孙", decoy(RET, "未拆封的支持七天无理由退货，运费险已经开了",
                                 "the 副播 grants 7-day returns")),
          ("fan", "烟台小王", "什么时候发货"),
          ("sys", "", "平台提示：请勿相信站外低价链接")),
         permit=food_permit("370614", 4411), note="clean: food permit shown, returns granted"),
    Room("sl-03", "qiushan", "蘑菇街直播", "丘山谷酒庄", "蓬莱海岸葡萄酒品鉴", R3, "酒水",
         shown_as(R3), "丘山赤霞珠干红 750ml",
         (("host", "曲老师", decoy(ABS, "这款酒最佳饮用温度是16到18度", "最佳 is a serving tip "
                                   "(SAMR guide exemption), not a claim about the goods")),
          ("fan", "小陈", "未成年能买吗"),
          ("aide", "酒庄小助", "未满十八岁不能下单，收货要核验"),
          ("fan", "小陈", decoy(ABS, "别家直播老说全网最低，你们不说？", "a viewer quotes a banned "
                                "word; the seller does not use it")),
          ("host", "曲老师", "我们只说实在价，不比较")),
         permit=food_permit("370614", 5120), note="clean: 最佳 as a serving tip, a quoted word"),
    Room("sl-04", "zhangji", "蘑菇街直播", "张姐家的大樱桃", "福山樱桃 当天摘当天发", R4, "水果",
         shown_as(R4), "福山美早 2斤",
         (("host", "张姐", "樱桃娇气，坏果拍照给客服，按坏果赔"),
          ("aide", "张姐闺女", decoy(RET, "鲜活易腐的樱桃不适用七天无理由，坏果照样包赔",
                                     "perishable goods are exempt from 7-day returns")),
          ("fan", "威海顾客", decoy(LURE, "主播你私信我一下？",
                                    "a viewer asks for a private message")),
          ("sys", "", "系统：主播已开启平台售后保障")),
         note="clean: the perishable exemption, a viewer's private request"),
    Room("sl-05", "lanwu", "唯品会直播", "岚雾茶舍", "崂山绿茶 福利专场", R5, "食品",
         shown_as(R5), "绿茶 罐装 250g",
         (("host", "林晓", "今天直播间的价格已经很低了"),
          ("host", "林晓", bad(LURE, "想要更便宜的加我威信 lanwu1688，私下转账再便宜二十",
                               "the host moves buyers to WeChat with a private transfer discount")),
          ("fan", "阿梅", "主播微信多少"),
          ("aide", "小林", bad(LURE, "看主页二维码，扫码进群下单更优惠",
                               "the 副播 sends viewers to a QR-code group off the platform"))),
         permit=food_permit("370602", 2207), note="the host's and the 副播's WeChat lures"),
    Room("sl-06", "yangsheng", "蘑菇街直播", "养生源阿胶糕", "阿胶糕 姐妹们囤起来", R6, "食品",
         shown_as(R6), "阿胶糕 500g",
         (("host", "高姐", bad(MED, "这个阿胶糕每天两块，能治贫血，失眠也能根治",
                               "the host claims a food cures anaemia and insomnia")),
          ("aide", "小高", bad(ABS, "全网最低价，错过今天没有了",
                               "全网最低: an unsupported absolute price claim")),
          ("fan", "丽丽", decoy(MED, "我妈有糖尿病能吃吗", "a viewer's question about a disease")),
          ("sys", "", "平台提示：食品不能代替药物")),
         permit=food_permit("370613", 3380), note="the host's cure claim and 全网最低"),
    Room("sl-07", "yishang", "唯品会直播", "衣尚女装", "秋冬清仓 一件也是批发价", R7, "服装",
         shown_as(R7), "羊毛大衣 均码",
         (("host", "蕾蕾", "码数不合适的看好尺码表再拍"),
          ("host", "蕾蕾", bad(RET, "清仓款拍下不退不换，介意的别拍",
                               "a blanket 不退不换 on ordinary clothes, no confirmation step")),
          ("fan", "小鱼", "能退吗"),
          ("aide", "衣尚小助", "清仓的都一样")),
         pin=("aide", "", bad(RET, "置顶：直播间特价商品一经售出概不退换",
                              "the pinned line refuses returns on ordinary goods")),
         note="清仓 goods sold 不退不换 by the host and the pinned line"),
    Room("sl-08", "jinli", "蘑菇街直播", "金粒炒货", "招远炒花生 现炒现卖", R8, "食品", None,
         "五香花生 1斤",
         (("host", "赵金", "花生是今天凌晨炒的"),
          ("fan", "大刘", "有没有许可证啊"),
          ("host", "赵金", "我们小作坊，放心吃")),
         shop="none", note="no shop page: no licence, no food permit"),
    Room("sl-09", "lixiang", "唯品会直播", "梨乡莱阳梨", "莱阳梨 秋月梨 产地直发", R9, "水果",
         shown_as(R9), "秋月梨 5斤",
         (("host", "宋建", "梨子冷藏能放半个月"),
          ("fan", "小马", decoy(MED, "听说梨能止咳，真的吗", "a viewer's question about a health "
                                "effect")),
          ("host", "宋建", "水果就是水果，咳嗽了去看医生")),
         status="注销", status_date="2025-06-30",
         note="the shop shows its own code, but the company is 注销 in the registry"),
    Room("sl-10", "yujia", "蘑菇街直播", "渔家乐海鲜", "海阳鲅鱼 渔船直供", R10, "生鲜",
         shown_as(R10, uscc=with_wrong_check(R10.uscc)), "鲅鱼 整条 3斤",
         (("host", "邵海", "冰鲜鲅鱼，顺丰冷链"),
          ("aide", "海哥助理", decoy(RET, "活鲜冰鲜不支持七天无理由，收货坏了拍照包赔",
                                     "perishable goods are exempt; damage is paid")),
          ("sys", "", "系统：欢迎新观众")),
         note="the licence shows a code whose check character is wrong"),
)
