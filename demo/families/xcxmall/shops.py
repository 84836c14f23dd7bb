"""The xcxmall storefronts: ten 烟台 sellers' 小程序 shops as data."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit
from demo.families.corpus import Filed, Registered, bad, decoy, shown_as
from demo.families.xcxmall import Goods, Shop

ABS = "ad.absolute_terms"
MED = "ad.medical_claims"
RET = "returns.refused"
LURE = "live.offplatform_lure"
MIS = "licence.mismatch"


def _reg(seed: str, name: str, div: str, cat: str, kind: str, person: str, addr: str,
         founded: str) -> Registered:
    return Registered(name, code_for("xcxmall/" + seed, div, cat), kind, person, addr, founded)


A = _reg("bakery", "烟台市芝罘区麦香坊烘焙店", "370602", "2", "个体工商户", "刘敏",
         "山东省烟台市芝罘区毓璜顶东路9号", "2020-03-18")
B = _reg("flower", "烟台市莱山区花语花艺工作室", "370613", "2", "个体工商户", "陈曦",
         "山东省烟台市莱山区观海路58号", "2021-05-06")
C = _reg("home", "烟台居然家居用品有限公司", "370671", "1", "有限责任公司", "周涛",
         "山东省烟台市高新区蓝海路1号", "2015-08-21")
D = _reg("shuichan", "龙口市海味鲜水产有限公司", "370681", "1", "有限责任公司", "李海波",
         "山东省烟台市龙口市港城大道66号", "2013-12-02")
E = _reg("toy", "烟台市牟平区童趣玩具店", "370612", "2", "个体工商户", "姜楠",
         "山东省烟台市牟平区正阳路20号", "2022-01-12")
F = _reg("tea", "烟台茗品茶业有限公司", "370602", "1", "有限责任公司", "徐静",
         "山东省烟台市芝罘区北马路100号", "2016-04-01")
F2 = _reg("tea-sister", "烟台茗品茶业商贸有限公司", "370613", "1", "有限责任公司", "徐静",
          "山东省烟台市莱山区港城东大街20号", "2019-09-09")
G = _reg("phone", "烟台市福山区极速数码店", "370611", "2", "个体工商户", "孔亮",
         "山东省烟台市福山区福海路33号", "2020-11-11")
H = _reg("cake", "莱州市甜心蛋糕店", "370683", "2", "个体工商户", "吕甜",
         "山东省烟台市莱州市文化东街8号", "2023-02-14")
J = _reg("knit", "海阳市暖暖针织店", "370687", "2", "个体工商户", "高暖",
         "山东省烟台市海阳市方圆街道东村路2号", "2021-10-20")
K = _reg("pillow", "烟台安睡家纺有限公司", "370676", "1", "有限责任公司", "曹宁",
         "山东省烟台市经济技术开发区珠江路18号", "2018-06-06")

SHOPS = (
    Shop("xc-01", "maixiang", "微信小程序", "麦香坊", A, "食品", shown_as(A),
         ("新品欧包 每日现烤",),
         ("同城配送 下单后两小时送达",
          decoy(LURE, "不要相信任何自称客服要求加微信退款的人，退款只在小程序内办理",
                "the shop warns against fake customer service on WeChat")),
         (Goods("g1", "全麦欧包", "18", ("无蔗糖配方，当天食用口感最佳",),
                (decoy(RET, "烘焙食品属鲜活易腐商品，不适用七天无理由退货；质量问题全额退款",
                       "perishable food is exempt (消法 第二十五条); defects are refunded"),)),),
         permit=food_permit("370602", 3310, "2"), note="clean: a perishable exemption, a warning"),
    Shop("xc-02", "huayu", "微信小程序", "花语花艺", B, "鲜花", shown_as(B),
         ("节日花束 提前预订",),
         ("定制花束下单后开始制作",),
         (Goods("g1", "红玫瑰 11枝", "168", ("花材每日到店",),
                (decoy(RET, "按您指定文字定制的花束不适用七天无理由退货（消法 第二十五条）",
                       "made-to-order goods are exempt from 7-day returns"),)),),
         note="clean: a made-to-order exemption"),
    Shop("xc-03", "juran", "支付宝小程序", "居然好物", C, "家居", shown_as(C),
         (decoy(ABS, "我们不说最好，只做耐用的收纳", "the shop negates the superlative"),),
         ("支持七天无理由退货",),
         (Goods("g1", "折叠收纳箱", "39", ("PP材质 可折叠",), ("七天无理由退货，运费险赠送",)),),
         qual_notes=("以上信息与营业执照一致",), note="clean: a negated superlative"),
    Shop("xc-04", "haiwei", "微信小程序", "海味鲜龙口粉丝海产", D, "食品", shown_as(D),
         ("龙口粉丝 海米 干货",),
         ("全国包邮",),
         (Goods("g1", "龙口粉丝 500g", "12.8",
                (decoy(ABS, "“龙口粉丝”是地理标志产品名称，不是比较用语",
                       "a protected geographic name, not an absolute claim"),),
                ("未拆封支持七天无理由退货",)),),
         permit=food_permit("370681", 1908), note="clean: a geographic name, a food permit"),
    Shop("xc-05", "tongqu", "支付宝小程序", "童趣玩具屋", E, "玩具", shown_as(E),
         ("益智积木 3岁以上",),
         (decoy(MED, "本品为玩具，不具有任何治疗或康复作用", "the shop denies any therapeutic "
                "effect"),),
         (Goods("g1", "大颗粒积木", "59", ("含小零件，3岁以下儿童请勿使用",),
                ("七天无理由退货",)),),
         note="clean: a denied therapy claim"),
    Shop("xc-06", "mingpin", "微信小程序", "茗品茶叶", F, "食品",
         shown_as(F, name=F2.name, uscc=F2.uscc), ("春茶上新",), ("满99包邮",),
         (Goods("g1", "烟台绿茶 250g", "88", ("北纬37度茶园",), ("未拆封七天无理由",)),),
         permit=food_permit("370602", 2766), others=(Filed(F2),),
         note="the qualification shows the sister company's name and code, not the seller's"),
    Shop("xc-07", "jisu", "微信小程序", "极速数码", G, "数码", shown_as(G),
         (bad(ABS, "全烟台最低价 手机配件第一品牌", "全烟台最低价, 第一品牌: unsupported "
              "absolute claims"),),
         ("七天无理由退货",),
         (Goods("g1", "快充数据线", "19.9",
                (bad(ABS, "史上最强快充线，顶级材质", "史上最强, 顶级: absolute terms"),),
                ("七天无理由退货",)),),
         note="absolute claims in the banner and the goods page"),
    Shop("xc-08", "tianxin", "支付宝小程序", "甜心蛋糕", H, "食品", shown_as(H),
         ("生日蛋糕 当日可取",), ("莱州城区配送",),
         (Goods("g1", "6寸奶油蛋糕", "98", ("动物奶油",),
                ("蛋糕为现做食品，质量问题请当天联系",)),),
         note="a cake shop shows no 食品经营许可证"),
    Shop("xc-09", "nuannuan", "微信小程序", "暖暖手工针织", J, "服装", None,
         ("手工围巾 毛线帽",), ("七天无理由退货",),
         (Goods("g1", "手织围巾", "129", ("纯羊毛线",), ("七天无理由退货",)),),
         qual_notes=("商家资质信息审核中，请耐心等待",),
         note="the 商家资质 route shows only an under-review note"),
    Shop("xc-10", "anshui", "微信小程序", "安睡家纺", K, "家纺", shown_as(K),
         ("护颈枕 荞麦枕",), ("全场包邮",),
         (Goods("g1", "护颈记忆枕", "199",
                (bad(MED, "睡三晚颈椎病明显好转，可治疗失眠、偏头痛",
                     "a pillow claimed to treat 颈椎病 and insomnia"),),
                (bad(RET, "枕芯类商品一经售出概不退换", "a blanket refusal of returns on "
                     "ordinary goods"),)),),
         note="a pillow's cure claims and a no-returns notice"),
)
