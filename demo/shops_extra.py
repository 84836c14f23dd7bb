"""More demo shops with harder wording: synonyms, spacing tricks, mixed violations, decoys.

Several violations sit only on item detail pages or only in JS-rendered text,
so a sweep must follow item links and run a browser to find them.
"""

from __future__ import annotations

from demo.catalog import ICP, POLICE, firm, invalid_code, item, make_shop, shown
from demo.goods import filler

ABS, MED, RET, LURE = ("ad.absolute_terms", "ad.medical_claims", "returns.refused",
                       "live.offplatform_lure")

_bad_mix = firm("tb-41", "烟台芝罘速达百货商行", "370602", "赵达", "芝罘区向阳街道北马路6号",
                2019, individual=True)

SHOPS = [
    make_shop(
        "tb-41", "taobao", "tb960412", _bad_mix, "家居", "速达百货", "footer",
        licence=shown(_bad_mix, uscc=invalid_code(_bad_mix).lower()),
        intro="日用百货一站购，王牌产品绝无仅有。",
        notices=("非质量问题不 退 不 换，拍前请咨询。", "最终解释权归本店所有。"),
        items=filler("家居", "tb-41", 4), footer=(ICP,),
        rules=("licence.uscc_invalid", ABS, RET),
        note="Worst offender: lower-case code failing its check, 王牌/绝无仅有, "
             "spaced 不 退 不 换."),
    make_shop(
        "jd-41", "jd", "jd1041208",
        firm("jd-41", "烟台高新区华康大药房有限公司", "370671", "葛华", "高新区滨海中路300号", 2014,
             scope="药品零售；第二类医疗器械销售；保健食品销售"),
        "药品", "华康大药房", "linked",
        intro="执业药师全天在线。处方药须凭处方在药师指导下购买和使用。",
        items=(item("jd-41-a", "布洛芬缓释胶囊 0.3g×24粒", 26.5,
                    blurb="国药准字H20013062，用于缓解轻至中度疼痛",
                    detail="【功能主治】用于缓解轻至中度疼痛如头痛、关节痛、牙痛。\n"
                           "请仔细阅读说明书并按说明使用或在药师指导下购买和使用。",
                    note="Decoy: a registered drug (国药准字) stating its approved indications."),
               item("jd-41-b", "复方甘草片 100片", 12.8, blurb="国药准字H21021932，镇咳祛痰",
                    note="Decoy: registered drug."),
               *filler("药品", "jd-41", 2)),
        footer=("药品经营许可证：鲁CA5350456", ICP),
        note="Clean decoy: a pharmacy whose drugs carry 国药准字 and approved indications."),
    make_shop(
        "pdd-41", "pinduoduo", "pdd60233",
        firm("pdd-41", "龙口市茶语食品有限公司", "370681", "滕茶", "龙口市东江街道茶城路7号", 2020,
             scope="食品销售"),
        "食品", "茶语花草茶", "linked", permit="JY13706810044012",
        intro="花草茶、代用茶，独立小包装。",
        items=(item("pdd-41-a", "荷叶冬瓜茶 30包", 29.9, 39.9,
                    blurb="月瘦十斤不反弹，药到病除的好茶", rules=(MED,),
                    note="Slimming and 药到病除 claims on an ordinary food."),
               item("pdd-41-b", "菊花枸杞茶 20包", 19.9,
                    blurb="日常冲泡饮用，本品为普通食品，不能代替药物",
                    note="Decoy: disclaimer only."),
               *filler("食品", "pdd-41", 2)),
        note="Weight-loss and cure claims on a herbal tea listing."),
    make_shop(
        "dy-41", "douyin", "dy7750418",
        firm("dy-41", "烟台牟平秀发日化有限公司", "370612", "孙秀", "牟平区养马岛路21号", 2018),
        "美妆", "秀发日化", "js",
        intro="洗护发产品，无硅油配方。行业ＮＯ．１洗发水品牌！",
        items=(item("dy-41-a", "生姜洗发水 500ml", 59, 79,
                    blurb="一个月生发，告别脱发，无副作用", rules=(MED,),
                    note="生发 and 无副作用 on a shampoo (cosmetic)."),
               *filler("美妆", "dy-41", 3)),
        rules=(ABS,),
        note="JS-rendered: full-width ＮＯ．１ in the intro, hair-growth claim in a listing."),
    make_shop(
        "ks-41", "kuaishou", "ks420611",
        firm("ks-41", "莱阳市鲜果果蔬店", "370682", "赵果", "莱阳市古柳街道鲜果市场12号", 2020,
             individual=True, scope="食用农产品零售"),
        "生鲜", "鲜果果蔬", "footer",
        intro="莱阳本地蔬菜水果，当日采摘。",
        notices=("生鲜商品签收后如有坏损，24小时内拍照联系客服处理；",
                 "因鲜活易腐，依法不适用七天无理由退货。"),
        items=filler("生鲜", "ks-41", 4), footer=(ICP,),
        note="Clean decoy: statutory perishable-goods exemption worded with 不适用."),
    make_shop(
        "mt-41", "meituan", "mt64120",
        firm("mt-41", "福山区张记烧烤店", "370611", "张记", "福山区奇泉路88号", 2017,
             individual=True, scope="餐饮服务"),
        "餐饮", "张记烧烤", "footer", permit="JY23706110058837",
        intro="第一次来的新客满50减8。最佳就餐时间：出餐后15分钟内。",
        items=filler("餐饮", "mt-41", 5),
        note="Clean decoys: 第一次 (a first order) and 最佳就餐时间 (usage tip)."),
    make_shop(
        "dy-live-41", "douyin", "dylive9250",
        firm("dy-live-41", "海阳市宝岛茶叶店", "370687", "初宝", "海阳市方圆街道茶叶市场3号", 2016,
             individual=True, scope="预包装食品销售"),
        "食品", "宝岛茶叶", "linked", kind="livestream",
        food_filing="仅销售预包装食品备案号：YB13706870003311",
        intro="茶叶直播间，绿茶红茶现场冲泡。",
        items=filler("食品", "dy-live-41", 3),
        chat=(("15:00:03", "茶友A", "绿茶怎么卖"), ("15:00:20", "宝岛茶叶", "2号链接，128一斤"),
              ("15:00:51", "宝岛茶叶", "老顾客加威信 bd-tea 发你内部链接"),
              ("15:01:33", "茶友B", "加了"),
              ("15:02:02", "宝岛茶叶", "喜欢的点点关注，加入粉丝团")),
        rules=(LURE,), note="威信 (a WeChat homophone) in the seller's chat; 粉丝团 is a platform "
                            "feature, not a lure."),
    make_shop(
        "ks-live-41", "kuaishou", "kslive6905",
        firm("ks-live-41", "栖霞市苹果哥果业有限公司", "370686", "林果", "栖霞市观里镇果业路6号",
             2019, scope="水果销售"),
        "生鲜", "苹果哥", "linked", kind="livestream",
        intro="栖霞苹果直播，工厂分选。",
        items=filler("生鲜", "ks-live-41", 3),
        chat=(("19:45:10", "小美", "能送到北京吗"), ("19:45:25", "苹果哥", "能，顺丰包邮"),
              ("19:45:58", "小美", "有微信吗，想要批发"),
              ("19:46:20", "苹果哥", "批发也在平台下单，选10箱规格，有问题点客服"),
              ("19:46:41", "快手小助手", "平台提醒：任何要求私下转账的都是诈骗")),
        note="Clean decoy: a viewer asks for WeChat; the seller keeps the sale on the platform."),
    make_shop(
        "tm-41", "tmall", "tm141533",
        firm("tm-41", "烟台经开区悦动体育用品有限公司", "370676", "邵动",
             "经济技术开发区黄河路55号", 2017),
        "服装", "悦动体育旗舰店", "linked",
        intro="跑步、羽毛球、户外运动装备。",
        items=(item("tm-41-a", "专业跑鞋 缓震款", 399, 499,
                    blurb="轻量缓震，适合日常慢跑",
                    detail="本款为限时特价清仓款，售出不退。\n尺码偏小，建议拍大半码。",
                    detail_rules=(RET,), note="售出不退 only on the item detail page."),
               *filler("服装", "tm-41", 3)),
        footer=(ICP, POLICE),
        note="Returns refusal hidden on an item detail page; the home page is clean."),
]
