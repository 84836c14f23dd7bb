"""The waimai shops: Yantai eateries, a fruit stall and a corner shop on 美团外卖 and 饿了么."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, Said, bad, decoy, shown_as
from demo.families.waimai import Dish, Eatery, Review

ABS, MED, RET, LURE = ("ad.absolute_terms", "ad.medical_claims", "returns.refused",
                       "live.offplatform_lure")
GETI, LTD = "个体工商户", "有限责任公司（自然人独资）"


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = GETI) -> Registered:
    category = "2" if kind == GETI else "1"
    return Registered(name, code_for(seed, division, category), kind, person,
                      f"山东省烟台市{address}", founded)


MENZI = _reg("wm-01", "芝罘区老王家焖子店", "370602", "王建国", "芝罘区大海阳路17号",
             "2019年04月22日")
DAMIAN = _reg("wm-02", "烟台福山鲁菜坊餐饮管理有限公司", "370611", "曲福林",
              "福山区福海路288号", "2017年10月09日", LTD)
CHUAN = _reg("wm-03", "莱山区串香居烧烤店", "370613", "孙海涛", "莱山区迎春大街135号",
             "2021年06月01日")
CHAYU = _reg("wm-04", "烟台开发区茶屿饮品店", "370676", "刘晓雪", "开发区长江路77号",
             "2023年03月15日")
CHAYU_HQ = Registered("烟台茶屿品牌管理有限公司", code_for("wm-04/hq", "370602"), LTD,
                      "赵明", "山东省烟台市芝罘区青年南路9号", "2020年08月08日")
YAOSHAN = _reg("wm-05", "芝罘区知味药膳汤馆", "370602", "姜秀英", "芝罘区只楚路42号",
               "2018年11月30日")
XIANGUO = _reg("wm-06", "莱州市鲜果时光水果店", "370683", "于红梅", "莱州市文昌路街道光州街8号",
               "2020年05月20日")
LINJIA = _reg("wm-07", "烟台芝罘区邻家便利店", "370602", "张磊", "芝罘区西南河路63号",
              "2016年07月07日")
YUGANG = _reg("wm-08", "蓬莱区渔港海鲜排档", "370614", "李守海", "蓬莱区登州街道海港路5号",
              "2021年08月18日")
SILU = _reg("wm-09", "龙口市丝路餐饮有限公司", "370681", "邹丽", "龙口市东莱街道港城大道10号",
            "2015年09月09日", LTD)
SUPPLIER = code_for("wm-09/supplier", "370681")
JINMAI = _reg("wm-10", "招远市金麦坊食品有限公司", "370685", "温金宝", "招远市温泉路155号",
              "2014年02月14日", LTD)
BAICAO = _reg("wm-11", "海阳市百草凉茶铺", "370687", "纪春花", "海阳市方圆街道海滨路21号",
              "2022年04月06日")
XIANHE = _reg("wm-12", "烟台高新区鲜禾轻食餐饮有限公司", "370671", "高禾",
              "高新区航天路101号", "2019年12月12日", LTD)
YUJIA = _reg("wm-13", "长岛县渔家乐海鲜馆", "370634", "王秀兰", "长岛县南长山街道乐园路3号",
             "2018年05月26日")
JIANBING = _reg("wm-14", "栖霞市老街煎饼铺", "370686", "林桂芝", "栖霞市翠屏街道民生街12号",
                "2020年10月01日")

EATERIES = (
    Eatery(
        "wm-01", "meituan", "mt60217", "老王焖子·烟台小吃（大海阳店）", MENZI, "餐饮",
        shown_as(MENZI), permit=food_permit("370602", 60217, "2"),
        notice=(Said("本店只做外卖，焖子现点现煎，中午高峰出餐稍慢，请多担待。"),
                decoy(RET, "餐品均为现做，不支持无理由退单；少送、错送请在订单页点“申请售后”，"
                      "核实后给您退款。", "made-to-order food: no no-reason refund, with a "
                      "remedy for faults (a lawful exemption)")),
        dishes=(Dish("炒焖子（大份）", "16", 532,
                     decoy(ABS, "建议收到后10分钟内食用，口感最佳。",
                           "usage tip (best eaten within 10 minutes) is exempt")),
                Dish("海肠捞饭", "38", 97, Said("蓬莱海肠，现炒现捞。"))),
        reviews=(Review("j***8", Said("焖子外焦里嫩，蒜汁够味，包装也严实。"),
                        Said("谢谢亲，欢迎常来～")),),
        info=(decoy(LURE, "商家电话：0535-6213398（订单问题请优先在平台联系）",
                    "the merchant's phone as the platform shows it for order questions"),),
        note="Individual business shows licence and JY permit on the 商家资质 page: clean; the "
             "shop name is not the registered name."),
    Eatery(
        "wm-02", "meituan", "mt11820", "福山大面·鲁菜坊（福山总店）", DAMIAN, "餐饮",
        shown_as(DAMIAN),
        notice=(bad(ABS, "正宗福山大面，全烟台最好吃的拉面，没有之一！",
                    "superlative claim about its own noodles (最好吃, 没有之一)"),),
        dishes=(Dish("福山大面·三鲜卤", "22", 810,
                     decoy(ABS, "第一份加面免费，第二份起加面2元。",
                           "an ordinal (the first portion), not a ranking")),
                Dish("糖醋鲤鱼", "58", 65)),
        reviews=(Review("小**鱼", Said("卤子鲜，面筋道，就是送得慢了点。")),),
        note="Restaurant shows its business licence but no 食品经营许可证; absolute claim in "
             "the shop notice."),
    Eatery(
        "wm-03", "eleme", "el33510", "串香居·东北烧烤（莱山店）", CHUAN, "餐饮",
        shown_as(CHUAN, uscc=with_wrong_check(CHUAN.uscc)),
        permit=food_permit("370613", 33510, "2"),
        notice=(bad(LURE, "老顾客加店长微信 ls-chuanxiang，微信下单直接送，省平台配送费。",
                    "the shop's notice asks buyers to order over WeChat instead of the platform"),
                Said("晚上22点后只做烤串，不做热菜。")),
        dishes=(Dish("羊肉串（10串）", "35", 1204), Dish("烤生蚝（6只）", "30", 388)),
        reviews=(Review("食客_4417", Said("串很大，孜然味正。")),),
        note="Licence on the 食品安全档案 page with a code that fails its check character; the "
             "notice lures buyers to WeChat orders."),
    Eatery(
        "wm-04", "meituan", "mt47701", "茶屿·鲜果茶（长江路店）", CHAYU, "餐饮",
        shown_as(CHAYU, name=CHAYU_HQ.name, uscc=CHAYU_HQ.uscc),
        permit=food_permit("370676", 47701, "2"),
        notice=(Said("杨枝甘露回归，满25减4。"),),
        dishes=(Dish("满杯栖霞苹果茶", "16", 640,
                     decoy(ABS, "本季第一批栖霞红富士到店。", "a batch (第一批), not a ranking")),),
        info=(Said("本店为茶屿品牌加盟门店"),),
        note="Franchise shop displays the brand company's business licence, not its own (a "
             "valid code of another entity): mismatch; its own JY permit is shown."),
    Eatery(
        "wm-05", "eleme", "el20566", "知味药膳·滋补汤（只楚店）", YAOSHAN, "餐饮",
        shown_as(YAOSHAN), where="popup", permit=food_permit("370602", 20566, "2"),
        notice=(Said("汤品每日现熬，售完即止。"),),
        dishes=(Dish("黄芪炖鸡汤", "42", 143,
                     bad(MED, "益气补血，净化血液、溶解血栓，三高人群常喝。",
                         "a soup claimed to dissolve thrombi and purify blood: disease claim "
                         "on ordinary food")),
                Dish("山药排骨汤", "36", 210, Said("铁棍山药，小火慢炖4小时。"))),
        reviews=(Review("王阿姨", decoy(MED, "我家老人血压高，医生交代吃清淡，这家汤不咸，挺合适。",
                                        "a customer's review mentions high blood pressure: "
                                        "not the seller's claim")),),
        note="Licence and permit in the 资质 pop-up of the menu page; a disease claim in a dish "
             "blurb; a customer's health remark is not a claim."),
    Eatery(
        "wm-06", "meituan", "mt58102", "鲜果时光·水果捞（莱州店）", XIANGUO, "水果",
        shown_as(XIANGUO), where="photo",
        notice=(decoy(RET, "水果属于生鲜，不支持七天无理由退货；坏果烂果拍照联系我们，按个包赔。",
                      "fresh fruit is outside the 7-day return by law; faulty fruit is "
                      "compensated"),),
        dishes=(Dish("莱阳梨（5斤装）", "29.9", 77), Dish("烟台大樱桃 500g", "49", 301)),
        reviews=(Review("樱桃控", Said("樱桃个头大，新鲜。")),),
        note="Whole fruit needs no food permit; the licence is only a photo on the merchant "
             "page (displayed)."),
    Eatery(
        "wm-07", "meituan", "mt70013", "邻家便利（西南河路）24h", LINJIA, "食品",
        shown_as(LINJIA), filing="YB13706020018826",
        notice=(bad(RET, "本店所有商品一经售出概不退换，请收货时当面检查。",
                    "blanket no-return notice on packaged goods delivered to the buyer"),
                decoy(ABS, "新用户第一单立减5元。", "first order (第一单) is an ordinal")),
        dishes=(Dish("农夫山泉 550ml", "2", 2210), Dish("张裕干红 750ml", "88", 18)),
        note="Corner shop selling prepackaged food only, with its 备案 number: no JY permit "
             "needed; a blanket no-return notice."),
    Eatery(
        "wm-08", "eleme", "el90214", "渔港海鲜大排档（蓬莱阁店）", YUGANG, "餐饮",
        None, where="pending", permit=food_permit("370614", 90214, "2"),
        notice=(bad(RET, "小店利薄，菜品出锅后一律不退不换，有异物、变质也不予退款。",
                    "refuses refunds even for spoiled food or foreign bodies (void clause)"),),
        dishes=(Dish("辣炒海螺", "48", 156), Dish("鲅鱼水饺（20个）", "32", 420)),
        reviews=(Review("吃货一枚", decoy(LURE, "老板能不能加个微信订桌？",
                                          "a customer asks for WeChat: not the seller's lure"),
                        decoy(LURE, "亲，订座请直接在饿了么下单或到店，不加私人微信哈。",
                              "the merchant refuses WeChat and keeps the order on the platform")),),
        note="Business licence 审核中 (not displayed), only the JY permit; refuses refunds "
             "even for spoiled food."),
    Eatery(
        "wm-09", "meituan", "mt31188", "丝路·龙口粉丝煲", SILU, "餐饮",
        shown_as(SILU, uscc=SILU.uscc[:8] + " " + SILU.uscc[8:]),
        permit=food_permit("370681", 31188),
        notice=(Said("粉丝选用龙口本地绿豆粉丝，久煮不烂。"),),
        dishes=(Dish("海鲜粉丝煲", "39", 488), Dish("扇贝粉丝蒸（6只）", "36", 211)),
        reviews=(Review("龙口小孙", decoy(ABS, "全烟台最好吃的粉丝煲！",
                                          "a customer's review, not the seller's advertising"),
                        Said("谢谢认可，我们会继续用心做。")),),
        info=(decoy("licence.mismatch",
                    f"原料供应商：龙口市南山粉丝厂（统一社会信用代码 {SUPPLIER}）",
                    "a supplier's code labelled as the supplier's: a third party, not the shop"),),
        note="Licence and permit shown (code written with a space); a supplier's code beside "
             "them; a customer's superlative."),
    Eatery(
        "wm-10", "eleme", "el51420", "金麦坊·现烤面包蛋糕", JINMAI, "食品",
        shown_as(JINMAI), where="footer", permit=food_permit("370685", 51420),
        notice=(Said("生日蛋糕请提前4小时下单。"),),
        dishes=(Dish("6寸奶油水果蛋糕", "98", 66), Dish("全麦吐司", "15", 390)),
        reviews=(Review("橙子", decoy(LURE, "想订生日蛋糕，老板加个微信方便沟通吗？",
                                      "a customer asks for WeChat"),
                        decoy(LURE, "亲，定制直接在饿了么下单备注就行，有问题平台上联系我们。",
                              "the merchant keeps the customer on the platform")),),
        note="Licence and permit in the menu page's footer; a customer's WeChat request "
             "answered on the platform: clean."),
    Eatery(
        "wm-11", "meituan", "mt66031", "百草凉茶·手作饮品", BAICAO, "餐饮",
        shown_as(BAICAO), permit=food_permit("370687", 66031, "2"),
        dishes=(Dish("招牌凉茶（大杯）", "12", 730,
                     bad(MED, "纯中药熬制，清热解毒，专治咽喉肿痛、口腔溃疡。",
                         "a drink claimed to treat sore throat and mouth ulcers")),
                Dish("酸梅汤", "10", 512)),
        note="A drinks stall claims its tea treats sore throats and ulcers."),
    Eatery(
        "wm-12", "meituan", "mt80770", "鲜禾轻食·沙拉能量碗", XIANHE, "餐饮",
        shown_as(XIANHE, name="烟台鲜禾餐饮管理有限公司"), permit=food_permit("370671", 80770),
        notice=(decoy(MED, "本店轻食为普通食品，不具有减肥、治疗功效，请合理搭配饮食。",
                      "a disclaimer negating health effects: not a claim"),),
        dishes=(Dish("牛油果鸡胸碗", "32", 299), Dish("藜麦虾仁沙拉", "35", 187)),
        note="The licence shows the company's old name under the right code (registry: "
             "renamed): mismatch by name."),
    Eatery(
        "wm-13", "eleme", "el12009", "渔家乐·长岛海鲜水饺", YUJIA, "餐饮",
        shown_as(YUJIA), permit=food_permit("370614", 12009, "2"),
        notice=(decoy(LURE, "本店不接受微信、支付宝私下转账，所有订单请在饿了么支付。",
                      "the seller refuses private payment"),
                decoy(RET, "水饺、海鲜均为现包现煮，出餐后不支持无理由退款；如有变质请拍照联系"
                      "平台客服。", "perishable food: lawful exclusion, faults handled")),
        dishes=(Dish("鲅鱼饺子（24个）", "36", 540), Dish("海菜包子（4个）", "18", 166)),
        note="Code carries the abolished 长岛县 division (370634): valid; refuses private "
             "payment; lawful perishable exclusion: clean."),
    Eatery(
        "wm-14", "meituan", "mt29915", "老街煎饼果子", JIANBING, "餐饮", None, where="none",
        notice=(Said("杂粮煎饼，现摊现卖。"),),
        dishes=(Dish("杂粮煎饼（加蛋）", "9", 980),),
        note="No business licence and no food permit anywhere."),
)
