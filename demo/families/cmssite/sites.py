"""The self-built sites: Yantai firms' own 官网 / 独立站 with an online shop or 在线订购.

Wording adapted from how firms write their own sites (公司简介, 服务承诺, 联系我们),
from regulators' consumer notices (SAMR / 中消协 on ordinary food with disease
claims), and from the food-permit exemptions as published (食品经营许可和备案管理办法
art. 4: a licensed producer selling its own food online needs no separate permit).
"""

from __future__ import annotations

from demo.families.cmssite import Site
from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Label, Registered, Said, bad, decoy, shown_as

ABS, MED, RET, LURE = "ad.absolute_terms", "ad.medical_claims", "returns.refused", \
    "live.offplatform_lure"
LTD = "有限责任公司（自然人投资或控股）"
GETI = "个体工商户"
COOP = "农民专业合作社"


def _reg(seed: str, name: str, division: str, person: str, address: str,
         kind: str = LTD, founded: str = "2012年04月09日") -> Registered:
    category = "2" if kind == GETI else "3" if kind == COOP else "1"
    return Registered(name, code_for(seed, division, category), kind, person,
                      f"山东省烟台市{address}", founded)


def _p(*texts: str) -> tuple[Said, ...]:
    return tuple(Said(t) for t in texts)


XIANNIANG = _reg("cs-01", "烟台蓬莱仙酿酒业有限公司", "370614", "栾志远", "蓬莱区大辛店镇丘山路1号")
HENGTONG = _reg("cs-02", "烟台恒通流体设备有限公司", "370676", "曲建国", "开发区长江路277号")
LUWEI = _reg("cs-03", "龙口市鲁味坊食品有限公司", "370681", "滕永胜", "龙口市诸由观镇工业园")
HAIYANG = _reg("cs-04", "烟台海洋参业科技有限公司", "370612", "于海洋", "牟平区沁水工业园9号")
HUAYUE = _reg("cs-05", "莱州市华岳石材有限公司", "370683", "徐岳", "莱州市柞村镇石材园区")
YINGTAO = _reg("cs-06", "烟台市福山区樱桃沟果蔬专业合作社", "370611", "王振", "福山区张格庄镇",
               COOP, "2015年05月20日")
KANGTAI = _reg("cs-07", "烟台康泰医疗器械有限公司", "370613", "孙康", "莱山区港城东大街55号")
HONGDA = _reg("cs-08", "烟台经济技术开发区宏达电子有限公司", "370672", "邹宏达",
              "开发区黄河路18号", founded="2008年11月03日")
LAOSONG = _reg("cs-09", "海阳市老宋家农副产品加工厂", "370687", "宋福田", "海阳市朱吴镇宋家村",
               GETI)
HAIZHEN = _reg("cs-10", "长岛县海珍品有限公司", "370634", "隋海珍", "蓬莱区长岛南长山街道",
               founded="2010年07月15日")
RUIFENG = _reg("cs-11", "烟台牟平瑞丰五金制品有限公司", "370612", "姜瑞丰", "牟平区武宁街道工业区")
JINDING = _reg("cs-11/brand", "烟台金鼎工具集团有限公司", "370600", "金鼎", "芝罘区幸福中路1号")
LIXIANG = _reg("cs-12", "莱阳市梨乡食品有限公司", "370682", "赵梨", "莱阳市城厢街道梨乡路6号")

SITES = (
    Site("cs-01", "xianniang", "仙酿酒庄", XIANNIANG, "酒水", shown_as(XIANNIANG), "footer",
         _p("酒庄坐落于蓬莱丘山山谷，自有葡萄园六百亩，年产干红、干白约八十万瓶。"),
         _p("公司成立于2012年，集葡萄种植、酿造、灌装与销售于一体。"),
         _p("地址：蓬莱区大辛店镇丘山路1号　电话：0535-5661234"),
         (("仙酿 赤霞珠干红 2021", (
             Said("产区：蓬莱丘山山谷；酒精度：13%vol。"),
             decoy(ABS, "开瓶后醒酒约30分钟，此时香气表现最佳。",
                   "最佳 in a serving tip, not a quality claim (SAMR 2023 guide)"),
             Said("在线订购：签收后7日内，未开封商品可申请无理由退货。"))),),
         "鲁ICP备2019016542号-1", "鲁公网安备 37068402000115号",
         permit=food_permit("370614", 1288),
         note="winery 官网: licence and food permit in the footer of every page; a serving "
              "tip with 最佳; clean"),
    Site("cs-02", "hengtong", "恒通阀门", HENGTONG, "阀门", shown_as(HENGTONG), "image",
         (bad(ABS, "恒通是国内顶级的工业阀门制造商，行业唯一通过六项国际认证的企业。",
              "顶级 and an unverifiable 行业唯一 about the firm (广告法 art. 9(3), 28)"),
          Said("产品涵盖闸阀、截止阀、球阀、蝶阀四大系列，服务石化、电力、供热行业。")),
         _p("烟台恒通流体设备有限公司位于烟台开发区，拥有铸造、机加工、装配、试压完整生产线。"),
         _p("销售热线：0535-6398800　邮箱：sales@hengtong-valve.example"),
         (("Z41H 法兰闸阀", (
             Said("公称压力1.6MPa，公称通径DN50-DN600。"),
             decoy(RET, "非标阀门按客户图纸和工况参数定制生产，定制产品发货后不予退换；标准品"
                   "质保期内质量问题免费维修更换。",
                   "made to the buyer's drawings: a statutory exception; standard goods "
                   "under warranty"))),),
         "鲁ICP备2016008823号-2", "鲁公网安备 37067602000231号",
         note="valve maker: licence only as a scanned image on 资质荣誉; 顶级 / 行业唯一 on "
              "the home page; custom-made valves not returnable is a decoy"),
    Site("cs-03", "luweifang", "鲁味坊龙口粉丝", LUWEI, "食品", shown_as(LUWEI), "about",
         _p("龙口粉丝传统工艺，绿豆、豌豆为原料，自然晾晒。"),
         _p("龙口市鲁味坊食品有限公司始建于2005年，是集粉丝生产、包装、销售于一体的食品企业。",
            "食品生产许可证编号：SC12337068100213。本站商城仅销售本公司生产的粉丝产品。"),
         _p("地址：龙口市诸由观镇工业园　电话：0535-8561100"),
         (("龙口粉丝 礼盒装 1kg", _p(
             "配料：豌豆淀粉、绿豆淀粉、水。",
             "签收后7日内，未拆封的商品支持无理由退货，退回运费由买家承担。")),),
         "鲁ICP备2020041177号-1", "鲁公网安备 37068102000562号",
         permit_verdict=(Label("decoy", "permit.food_missing",
                               "a licensed producer (SC number shown) selling only its own food "
                               "online needs no 食品经营许可 "
                               "(食品经营许可和备案管理办法 art. 4)"),),
         note="粉丝 producer's own shop: licence on 公司简介 with its SC production licence and "
              "no JY permit, which it does not need; clean"),
    Site("cs-04", "haiyangshen", "海洋参业", HAIYANG, "食品",
         shown_as(HAIYANG, uscc=with_wrong_check(HAIYANG.uscc, 5)), "contact",
         _p("牟平海域底播海参，从育苗到加工全程自有。"),
         _p("烟台海洋参业科技有限公司专注海参精深加工，产品有干海参、即食海参、海参肽粉。"),
         _p("地址：牟平区沁水工业园9号　客服电话：400-6120-535"),
         (("海参肽粉 60袋装", (
             Said("每袋2克，温水冲服。"),
             bad(MED, "海参小分子肽辅助降低尿酸，修复受损胰岛细胞，血糖高的人群长期饮用效果显著。",
                 "an ordinary food claimed to lower uric acid and repair islet cells "
                 "(广告法 art. 17; 食品安全法 art. 73)"))),),
         "鲁ICP备2021052210号-1", "鲁公网安备 37061202000347号",
         permit=food_permit("370612", 5120),
         note="sea-cucumber processor: licence on 联系我们 with a code whose check character "
              "is wrong; permit shown; disease claims on the peptide powder"),
    Site("cs-05", "huayue", "华岳石材", HUAYUE, "石材", None, "",
         _p("莱州花岗岩、大理石荒料开采与板材加工，工程板、异形加工、墓碑石。"),
         _p("莱州市华岳石材有限公司地处中国石材之乡——莱州柞村镇，自有矿山两座。"),
         _p("地址：莱州市柞村镇石材园区　手机：139 0535 2288"),
         (("莱州白麻 花岗岩板材", (
             Said("规格：600×600×20mm，可按图加工。"),
             decoy(RET, "所有板材按客户图纸切割加工，属于定做产品，加工完成后不予退换。",
                   "cut to the buyer's drawings: made to order, a statutory exception"))),),
         "鲁ICP备2018027730号-1", "鲁公网安备 37068302000088号",
         note="stone firm's site: no licence on any page; only ICP and 公安 filing numbers in "
              "the footer"),
    Site("cs-06", "yingtaogou", "福山樱桃沟", YINGTAO, "生鲜", shown_as(YINGTAO), "info",
         _p("合作社社员一百二十户，大樱桃、苹果、梨，产地直发。"),
         _p("合作社成立于2015年，统一品种、统一技术、统一品牌、统一销售。"),
         (Said("地址：福山区张格庄镇合作社服务中心"),
          decoy(LURE, "团购、批发请拨打合作社电话或加微信 13905351234（同手机号）。",
                "the cooperative's own contact on its own site: there is no platform to "
                "lure buyers off")),
         (("福山美早大樱桃 3斤装", (
             Said("五月下旬开摘，顺丰空运。"),
             decoy(RET, "大樱桃属鲜活易腐农产品，不适用七天无理由退货，坏果按比例赔付。",
                   "perishable fruit: a statutory exception"))),),
         "鲁ICP备2022019963号-1", "鲁公网安备 37061102000419号",
         note="cooperative site: licence on 企业信息; WeChat contact on its own site is not an "
              "off-platform lure; farm produce; clean"),
    Site("cs-07", "kangtai", "康泰康复器械", KANGTAI, "医疗器械",
         shown_as(KANGTAI, name="烟台康泰医疗科技有限公司"), "about",
         _p("家用康复器械、护理器械，第二类医疗器械经营备案企业。"),
         _p("公司成立于2012年，主营颈椎牵引器、助行器、护理床。",
            "第二类医疗器械经营备案凭证：鲁烟食药监械经营备20190123号。"),
         _p("地址：莱山区港城东大街55号　电话：0535-6877000"),
         (("颈椎牵引器 家用充气式", (
             decoy(MED, "适用范围：用于颈椎病患者的牵引辅助治疗（以产品注册证载明内容为准）。",
                   "a registered medical device stating its registered intended use"),
             Said("注册证编号：鲁械注准20232090123。"),
             decoy(RET, "医疗器械属于拆封后影响人身安全的商品，拆封后不适用七天无理由退货"
                   "（下单时需勾选确认）；未拆封的签收后7日内可退。",
                   "goods unsafe once unsealed, excluded with the buyer's confirmation at "
                   "checkout (网络购买商品七日无理由退货暂行办法 art. 7); sealed goods "
                   "returnable"))),),
         "鲁ICP备2017033415号-1", "鲁公网安备 37061302000290号",
         note="device retailer: 关于我们 shows a company name that is not the registered one "
              "(valid code); a device's registered intended use is a decoy"),
    Site("cs-08", "hongda", "宏达电子", HONGDA, "电子元器件", shown_as(HONGDA), "footer",
         (decoy(ABS, "企业宗旨：客户至上，用心做最好的服务。",
                "最好 about the firm's service attitude, not its goods (SAMR 2023 guide)"),
          Said("主营电源模块、线束加工与电子装配。")),
         _p("公司成立于2008年，位于烟台经济技术开发区。"),
         _p("地址：开发区黄河路18号　电话：0535-2167788"),
         (("AC-DC 电源模块 12V 5A", _p("输入85-265VAC，效率≥88%。", "支持7天无理由退货。")),),
         "鲁ICP备2010005521号-3", "鲁公网安备 37067202000017号",
         note="electronics firm registered in 2008 under division 370672 (abolished in the "
              "2023 data): code still valid; licence in the footer; 最好 in a service motto"),
    Site("cs-09", "laosong", "老宋家地瓜干", LAOSONG, "食品", shown_as(LAOSONG), "footer",
         _p("海阳朱吴镇沙土地瓜，古法蒸晒，不加糖。"),
         _p("老宋家三代做地瓜干，2018年办起加工厂。"),
         _p("订购电话：0535-3330621"),
         (("手工地瓜干 500g×2袋", (
             Said("配料：红薯。"),
             bad(RET, "食品类商品一经售出概不退换。",
                 "a blanket no-returns notice for sealed, non-perishable food"))),),
         "鲁ICP备2023011876号-1", "鲁公网安备 37068702000623号",
         note="个体 sweet-potato maker: licence in the footer, no food permit or SC shown; "
              "blanket no-returns"),
    Site("cs-10", "haizhen", "长岛海珍", HAIZHEN, "生鲜", shown_as(HAIZHEN), "about",
         _p("长岛海域野生海藻、鲜海带、扇贝，船上直采。"),
         _p("公司成立于2010年，原址长岛县，现属蓬莱区长岛综合试验区。"),
         _p("地址：蓬莱区长岛南长山街道　电话：0535-3216600"),
         (("野生鼠尾藻 鲜品 2斤", (
             Said("当日采收，冰袋冷藏发货。"),
             bad(MED, "常吃鼠尾藻能软化血管、清理血栓，是老人心脑血管的好帮手。",
                 "an edible seaweed claimed to clear thrombus and soften blood vessels"))),),
         "鲁ICP备2015030042号-1", "鲁公网安备 37063402000009号",
         note="seafood firm registered under the abolished 长岛县 code 370634 (valid); licence "
              "on 公司简介; disease claims on seaweed"),
    Site("cs-11", "ruifeng", "瑞丰工具", RUIFENG, "五金工具", shown_as(RUIFENG), "contact",
         _p("扳手、钳子、套筒工具，OEM代工与自有品牌。"),
         _p("公司为金鼎牌工具授权生产企业。"),
         _p("地址：牟平区武宁街道工业区　电话：0535-4691200"),
         (("金鼎 棘轮扳手套装 24件", _p("铬钒钢，镜面抛光。", "支持7天无理由退货，包邮。")),),
         "鲁ICP备2019040318号-1", "鲁公网安备 37061202000455号",
         third=("品牌授权书", JINDING.name, JINDING.uscc),
         note="tool maker: licence on 联系我们 beside the brand owner's authorisation with the "
              "brand owner's code; clean"),
    Site("cs-12", "lixiang", "莱阳梨膏坊", LIXIANG, "食品", shown_as(LIXIANG), "about",
         (Said("莱阳茌梨熬制，梨汁含量不低于60%。"),
          decoy(MED, "新闻动态｜市场监管部门提醒：普通食品宣称“降血压”“抗癌”等功效属于违法行为，"
                "购买保健食品请认准“蓝帽子”标志。",
                "a regulator's consumer notice reprinted on the site quotes disease claims")),
         _p("莱阳市梨乡食品有限公司成立于2012年，主营秋梨膏、梨罐头。"),
         _p("地址：莱阳市城厢街道梨乡路6号　电话：0535-7216650"),
         (("莱阳秋梨膏 300g", (
             Said("配料：莱阳梨汁、冰糖、红枣。"),
             decoy(MED, "本品为普通食品，不能代替药物，孕妇、糖尿病人请遵医嘱食用。",
                   "a negation and a caution, not a claim of effect"))),),
         "鲁ICP备2016044120号-1", "鲁公网安备 37068202000188号",
         permit=food_permit("370682", 6601),
         note="pear-syrup maker: licence and permit on 公司简介; a reprinted regulator's notice "
              "and a disclaimer quote medical words; clean"),
)
