"""The minsu family's listings: Yantai 民宿 on 美团民宿, 途家 and 携程, as data.

Wording modelled (paraphrased) on published material: OTA platforms' rules against 房东
引导线下交易 (a WeChat id, 私下转账订房 "立减"), SAMR's typical cases of 温泉 / health
services sold as curing disease, 广告法 第九条's 极限词 (最好, 销量第一) beside positional
words a listing really uses (第一排海景), 消法 第二十五条 and 第二十四条 for goods sold by the
listing, and OTA cancellation terms (a service's terms, not the 7-day return of goods).
"""

from __future__ import annotations

from demo.families.codes import code_for, with_wrong_check
from demo.families.corpus import Filed, Registered, bad, decoy, shown_as
from demo.families.minsu import Gift, Listing

ABS, MED, RET = "ad.absolute_terms", "ad.medical_claims", "returns.refused"
LURE, MIS = "live.offplatform_lure", "licence.mismatch"
LTD = "有限责任公司（自然人投资或控股）"
SOLE = "个体工商户"
COOP = "农民专业合作社"


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = SOLE) -> Registered:
    category = {SOLE: "2", COOP: "3"}.get(kind, "1")
    return Registered(name, code_for("minsu/" + seed, division, category), kind, person,
                      "山东省烟台市" + address, founded)


HAIJING = _reg("ms-01", "长岛县海景小院民宿", "370634", "邹海", "长岛县南长山街道鹊嘴村",
               "2018年05月01日")
TINGHAI = _reg("ms-02", "烟台听海民宿管理有限公司", "370614", "郭听", "蓬莱区登州街道画河路3号",
               "2019年04月04日", LTD)
YUJIA = _reg("ms-03", "牟平区养马岛渔家乐", "370612", "孙渔", "牟平区养马岛街道驼子村",
             "2016年06月18日")
WENQUAN = _reg("ms-04", "招远温泉山居酒店管理有限公司", "370685", "唐泉", "招远市罗峰街道温泉路2号",
               "2020年10月10日", LTD)
YANGFANG = _reg("ms-05", "芝罘区老洋房民宿", "370602", "柳洋", "芝罘区朝阳街26号", "2021年03月03日")
QINZI = _reg("ms-06", "烟台金沙滩亲子旅居有限公司", "370676", "田沙", "开发区海滨路128号",
             "2022年06月06日", LTD)
MUWU = _reg("ms-07", "栖霞市果园木屋乡村旅游专业合作社", "370686", "牟果", "栖霞市蛇窝泊镇",
            "2017年09月09日", COOP)
HAIBIAN = _reg("ms-08", "海阳市海边的家民宿", "370687", "纪海", "海阳市凤城街道海韵路",
               "2019年07月07日")
JINGPIN = _reg("ms-09", "烟台芝罘湾精品民宿有限公司", "370602", "贾湾", "芝罘区滨海北路5号",
               "2020年01月01日", LTD)
NANSHAN = _reg("ms-10", "龙口市南山脚下民宿", "370681", "南山", "龙口市东江街道", "2023年02月02日")
XIAOWU = _reg("ms-11", "莱州市海边小屋民宿", "370683", "于屋", "莱州市三山岛街道", "2018年08月08日")
OLD_NANSHAN = _reg("ms-10-old", "龙口市南山农家院", "370681", "南山", "龙口市东江街道",
                   "2010年05月05日")
STEWARD = _reg("ms-steward", "烟台安居民宿托管服务有限公司", "370613", "安居",
               "莱山区港城东大街9号", "2021年11月11日", LTD)

LISTINGS = (
    Listing("ms-01", "haijing", "美团民宿", "长岛海景小院", "长岛 · 南长山 · 近月牙湾", HAIJING,
            "住宿", shown_as(HAIJING),
            host=("老邹一家在岛上住了三代，院子推门就是海。",
                  bad(LURE, "加房东微信 zou_haijing 订房立减50，不走平台不收手续费。",
                      "the host moves bookings to WeChat for a private discount")),
            facts=("海景露台", "免费停车", "可做饭"),
            policy=("入住前1天18:00前可免费取消。",),
            reviews=(("海**鸥", decoy(LURE, "房东让我们有事在App里留言，回复很快。",
                                     "a guest says the host kept contact on the platform"), ""),),
            note="the host's intro gives a WeChat id for private, discounted bookings"),
    Listing("ms-02", "tinghai", "途家", "蓬莱阁下·听海民宿", "蓬莱 · 蓬莱阁景区步行5分钟", TINGHAI,
            "住宿", shown_as(TINGHAI),
            host=(decoy(ABS, "面朝大海第一排，每间房都能看到蓬莱阁。",
                        "第一排 is a position on the shore, not a ranking"),),
            facts=("管家服务", "海景浴缸"),
            policy=(decoy(RET, "特价房预订后不可取消：住宿是服务，不属于七日无理由退货的商品。",
                          "a service's cancellation terms, not the 7-day return of goods"),),
            reviews=(("鲁**客", decoy(ABS, "朋友说这是蓬莱最美的民宿，名不虚传。",
                                     "a guest quoting a superlative"), "谢谢您的喜欢！"),),
            note="clean: 第一排 (position), a guest's superlative, a service's cancellation terms"),
    Listing("ms-03", "yujia", "携程", "养马岛渔家乐", "牟平 · 养马岛 · 含海鲜三餐", YUJIA, "餐饮",
            shown_as(YUJIA),
            host=("住渔家院，吃当天出海的海鲜，一日三餐由老板娘掌勺。",),
            facts=("海鲜餐", "赶海工具", "烧烤"),
            policy=("入住当天14:00前可免费取消。",),
            reviews=(("吃**海", "海鲜很新鲜，老板娘做饭好吃。", "欢迎再来赶海！"),),
            note="a 渔家乐 serving meals (餐饮) shows no 食品经营许可证"),
    Listing("ms-04", "wenquan", "美团民宿", "招远温泉山居", "招远 · 汤东泉 · 独立汤池", WENQUAN,
            "住宿", shown_as(WENQUAN),
            host=(bad(MED, "山居温泉富含偏硅酸，常泡可治疗风湿关节炎、降血压，比吃药管用。",
                      "a hot spring sold as curing arthritis and lowering blood pressure"),),
            facts=("独立汤池", "观景露台"),
            policy=("入住前2天可免费取消。",),
            reviews=(("泉**人", "汤池很私密，就是山路有点远。", ""),),
            note="the listing claims the spring cures arthritis and lowers blood pressure"),
    Listing("ms-05", "yangfang", "途家", "烟台山下老洋房", "芝罘 · 朝阳街 · 烟台山", YANGFANG,
            "住宿", None, cert="none",
            host=("百年老洋房改造，三间卧室，适合家庭。",),
            facts=("老式壁炉", "胶片相机租借"),
            policy=("入住前3天可免费取消。",),
            reviews=(("老**迷", "房子很有味道。", ""),),
            note="no licence on the listing and no 资质 page"),
    Listing("ms-06", "qinzi", "携程", "金沙滩亲子民宿", "开发区 · 金沙滩 · 儿童乐园", QINZI, "住宿",
            shown_as(QINZI),
            host=(bad(ABS, "烟台最好的亲子民宿，携程销量第一，孩子来了不想走。",
                      "最好 and 销量第一 about the listing"),),
            facts=("儿童乐园", "沙滩玩具"),
            policy=("入住前1天12:00前可免费取消。",),
            reviews=(("宝**妈", "孩子玩得很开心。", "感谢入住！"),),
            note="最好 and 销量第一 in the host's intro"),
    Listing("ms-07", "muwu", "美团民宿", "栖霞果园木屋", "栖霞 · 蛇窝泊 · 苹果园里", MUWU, "住宿",
            shown_as(MUWU, uscc=with_wrong_check(MUWU.uscc)),
            host=("秋天可以自己摘苹果，木屋在果园中间。",),
            facts=("采摘", "篝火"),
            policy=("入住前1天可免费取消。",),
            note="the co-operative's code fails its check character"),
    Listing("ms-08", "haibian", "途家", "海阳海边的家", "海阳 · 万米海滩", HAIBIAN, "住宿",
            shown_as(HAIBIAN),
            host=(decoy(LURE, "有问题请在途家App里联系我，不加私人微信，订单都在平台。",
                        "the host refuses private contact"),),
            facts=("海景阳台", "洗衣机"),
            policy=("入住前1天18:00前可免费取消。",),
            notes=(decoy(MIS, f"本房源由{STEWARD.name}托管保洁，统一社会信用代码 {STEWARD.uscc}。",
                         "the managing company's licence beside the owner's"),),
            note="clean: the host refuses private contact; the steward company's licence"),
    Listing("ms-09", "jingpin", "携程", "芝罘湾精品民宿", "芝罘 · 第一海水浴场旁", JINGPIN, "住宿",
            shown_as(JINGPIN),
            host=(decoy(ABS, "步行3分钟到第一海水浴场。", "第一海水浴场 is a beach's name"),),
            facts=("海景", "咖啡吧"),
            policy=("入住前1天可免费取消。",),
            gifts=(Gift("g1", "贝壳风铃文创礼盒", "88", ("民宿主人手作，每件略有不同。",),
                        (bad(RET, "文创周边一经售出概不退换。",
                             "refuses the 7-day return for ordinary goods"),)),),
            note="the listing's 文创 goods refuse every return"),
    Listing("ms-10", "nanshan", "美团民宿", "南山脚下", "龙口 · 南山景区", NANSHAN, "住宿",
            shown_as(NANSHAN, uscc=NANSHAN.uscc.lower()),
            former=Filed(OLD_NANSHAN, "注销"),
            host=("小院种满了花，早上能听到南山寺的钟声。",),
            facts=("庭院", "茶室"),
            policy=("入住前1天可免费取消。",),
            notes=(f"原{OLD_NANSHAN.name}已注销，现以本店名义经营。",),
            gifts=(Gift("g2", "手工花茶", "38", (decoy(MED, "花茶是普通食品，不能代替药物。",
                                                     "a disclaimer"),),
                        ("未拆封七天无理由退货。",)),),
            note="clean: a 注销 predecessor told of; the code in lower case is valid"),
    Listing("ms-11", "xiaowu", "携程", "莱州海边小屋", "莱州 · 三山岛 · 看日出", XIAOWU, "住宿",
            shown_as(XIAOWU),
            host=(decoy(ABS, "最佳观日出时间：夏季5:00前后。", "a tip (最佳观日出时间)"),),
            facts=("观景窗", "自助入住"),
            policy=(decoy(RET, "未入住可在入住前1天免费取消，之后收取首晚房费。",
                          "a service's cancellation terms"),),
            reviews=(("莱**人", decoy(LURE, "有人在评论区发微信号说能便宜订，别信，房东也提醒了。",
                                     "a guest warns against an off-platform offer"),
                      "感谢提醒，本店只在携程接单。"),),
            note="clean: a usage tip, cancellation terms, a guest's warning"),
)
