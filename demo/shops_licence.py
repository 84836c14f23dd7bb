"""Demo shops for the licence rules (licence.missing, licence.uscc_invalid, licence.mismatch).

Clean shops, seeded violations and decoys across all page styles and platforms;
each shop's `rules` and `note` are its labelled truth.
"""

from __future__ import annotations

from demo.catalog import (
    ICP,
    POLICE,
    entity,
    invalid_code,
    make_shop,
    other_code,
    shown,
    spaced_code,
)
from demo.goods import filler
from demo.model import Item, make_uscc

MISSING, INVALID, MISMATCH = "licence.missing", "licence.uscc_invalid", "licence.mismatch"

_guoyu = entity("tb-01", "烟台栖霞果语农业科技有限公司", "370686", "林晓峰",
                "山东省烟台市栖霞市松山街道果都大道88号", "2018年03月21日", capital="300万元人民币",
                scope="水果种植；食用农产品零售；互联网销售（除销售需要许可的商品）")
_yijian = entity("tb-02", "烟台市芝罘区衣见倾心服饰店", "370602", "宋雨桐",
                 "山东省烟台市芝罘区南大街120号3楼301", "2020年09月02日", individual=True,
                 scope="服装服饰零售；鞋帽零售")
_jujia = entity("tb-03", "烟台莱山区暖居家纺有限公司", "370613", "曲志刚",
                "山东省烟台市莱山区迎春大街166号", "2016年11月08日", capital="500万元人民币",
                scope="家用纺织制成品制造；日用百货销售")
_xinke = entity("tb-04", "烟台高新区芯客电子商务有限公司", "370671", "邹鹏",
                "山东省烟台市高新区蓝海路1号创业大厦B座", "2021年05月17日")
_meiyan = entity("tb-05", "烟台福山美妍化妆品有限公司", "370611", "于佳慧",
                 "山东省烟台市福山区福海路210号", "2019年07月30日", capital="200万元人民币")
_zhangshi = entity("tm-01", "张氏酒业（烟台）有限公司", "370614", "张庆国",
                   "山东省烟台市蓬莱区南王街道葡萄酒产业园6号", "2012年04月16日",
                   capital="5000万元人民币", entity_type="有限责任公司（外商投资企业与内资合资）")
_haifeng = entity("tm-02", "烟台海风户外用品有限公司", "370676", "隋海波",
                  "山东省烟台市经济技术开发区长江路300号", "2017年10月12日",
                  capital="1000万元人民币")
_yanzhi = entity("tm-03", "龙口颜之初生物科技有限公司", "370681", "姜雪",
                 "山东省烟台市龙口市东城区港城大道55号", "2022年02月28日")
_shuma = entity("jd-01", "烟台莱山数码之家科技有限公司", "370613", "王晨",
                "山东省烟台市莱山区观海路268号", "2015年06月06日", capital="800万元人民币")
_muping = entity("jd-02", "烟台市牟平区安居日用品有限公司", "370612", "孙立新",
                 "山东省烟台市牟平区宁海街道正阳路19号", "2014年08月19日")
_shuxiang = entity("jd-03", "烟台芝罘书香文化传播有限公司", "370602", "刘文博",
                   "山东省烟台市芝罘区毓璜顶东路9号", "2011年12月01日")
_baobei = entity("jd-04", "海阳市贝贝乐母婴用品有限公司", "370687", "董丽",
                 "山东省烟台市海阳市方圆街道海政路41号", "2020年03月03日")
_lihua = entity("pdd-01", "莱阳市梨花村果品店", "370682", "赵德胜",
                "山东省烟台市莱阳市照旺庄镇梨园村168号", "2017年09月09日", individual=True,
                scope="食用农产品零售")
_yishang = entity("pdd-02", "莱州市衣尚服装加工厂", "370683", "李红梅",
                  "山东省烟台市莱州市文昌路街道工业园12号", "2016年04月25日", individual=True)
_jinzhao = entity("pdd-03", "招远市金招食品有限公司", "370685", "高建国",
                  "山东省烟台市招远市温泉路72号", "2013年05月20日", capital="600万元人民币",
                  scope="食品生产；食品销售")
_caobian = entity("pdd-04", "莱州市巧手草编工艺品有限公司", "370683", "吴春燕",
                  "山东省烟台市莱州市沙河镇草编产业园3号", "2010年10月10日")
_fensi = entity("dy-01", "龙口市粉丝王食品有限公司", "370681", "滕国强",
                "山东省烟台市龙口市诸由观镇工业园9号", "2009年07月15日", capital="2000万元人民币",
                scope="食品生产；食品销售；粮食加工")
_changdao = entity("dy-live-01", "烟台蓬莱长岛渔家海产品有限公司", "370614", "邢大海",
                   "山东省烟台市蓬莱区长岛南长山街道海滨路7号", "2018年06月18日",
                   scope="水产品零售；食用农产品零售")
_xianxian = entity("dy-02", "烟台莱山鲜颜美妆商行", "370613", "韩美玲",
                   "山东省烟台市莱山区港城东大街150号", "2021年11月11日", individual=True)
_fuxiang = entity("ks-01", "烟台福山区福享服饰有限公司", "370611", "唐国栋",
                  "山东省烟台市福山区清洋街道永达街800号", "2019年01月08日")
_haiyang = entity("ks-live-01", "海阳市渔港人家食品有限公司", "370687", "初永利",
                  "山东省烟台市海阳市凤城街道渔港路6号", "2022年07月01日",
                  scope="食品销售；水产品加工")
_jisu = entity("ks-02", "烟台极速数码科技有限公司", "370671", "邵峰",
               "山东省烟台市高新区航天路101号", "2020年12月12日")
_laowei = entity("mt-01", "烟台市芝罘区老味道饺子馆", "370602", "徐桂芳",
                 "山东省烟台市芝罘区大海阳路58号", "2015年03月08日", individual=True,
                 scope="餐饮服务")
_haixian = entity("mt-02", "烟台莱山海鲜小厨餐饮有限公司", "370613", "邹明",
                  "山东省烟台市莱山区滨海中路36号", "2021年04月21日", scope="餐饮服务")
_mianguan = entity("mt-03", "烟台市牟平区福满面馆", "370612", "姜福满",
                   "山东省烟台市牟平区通海路210号", "2023年08月15日", individual=True,
                   scope="餐饮服务")
_beidiao = entity("ot-01", "烟台蓬莱海韵贝雕工艺有限公司", "370614", "孔令海",
                  "山东省烟台市蓬莱区登州街道钟楼东路18号", "2008年05月05日")
_jiuzhuang = entity("ot-02", "栖霞市山里红酒庄有限公司", "370686", "路云飞",
                    "山东省烟台市栖霞市庙后镇酒庄路1号", "2016年09月26日",
                    scope="酒类经营；葡萄种植")
_yaofang = entity("jd-05", "烟台芝罘仁和大药房有限公司", "370602", "葛晓东",
                  "山东省烟台市芝罘区西大街60号", "2012年02月14日",
                  scope="药品零售；第二类医疗器械销售")
_zhiyi = entity("tb-06", "烟台市牟平区织艺毛衫店", "370612", "杨淑珍",
                "山东省烟台市牟平区文化街道北关大街33号", "2018年12月20日", individual=True)

_MAKER = make_uscc("shenzhen maker", "440300")

SHOPS = [
    make_shop("tb-01", "taobao", "tb570031", _guoyu, "生鲜", "果语栖霞苹果园", "linked",
              intro="栖霞苹果基地直供，每一箱都经过人工挑选，下单后48小时内发货。",
              items=filler("生鲜", "tb-01"), footer=(ICP,),
              note="Clean: text licence on the 店铺资质 page matches the registry."),
    make_shop("tb-02", "taobao", "tb612208", _yijian, "服装", "衣见倾心女装", "footer",
              licence=shown(_yijian, uscc=spaced_code(_yijian)),
              intro="原创设计小店，主打通勤与休闲女装，尺码问题可联系客服。",
              items=filler("服装", "tb-02"), footer=(ICP, POLICE),
              note="Clean decoy: code written with spaces in the footer; ICP and 公安备案 "
                   "numbers are not licence codes."),
    make_shop("tb-03", "taobao", "tb488120", _jujia, "家居", "暖居家纺旗舰店", "linked",
              display="image", entry="工商执照", image_name="yyzz",
              intro="自有工厂，床品四件套、被芯、枕芯均可定制尺寸。",
              items=filler("家居", "tb-03"), footer=(ICP,),
              note="Clean decoy: licence only as an image (alt 营业执照) behind 工商执照."),
    make_shop("tb-04", "taobao", "tb733905", _xinke, "数码", "芯客数码配件", "linked",
              display="none", intro="手机周边、充电设备、电脑外设，全场包邮。",
              items=filler("数码", "tb-04"), footer=(ICP, POLICE), rules=(MISSING,),
              note="No licence entry, block or image anywhere on the home page."),
    make_shop("tb-05", "taobao", "tb390477", _meiyan, "美妆", "美妍小铺", "js",
              licence=shown(_meiyan, uscc=invalid_code(_meiyan)),
              intro="专注基础护肤，所有商品均可查询备案信息。",
              items=filler("美妆", "tb-05"), rules=(INVALID,),
              note="JS-rendered page; displayed code has a wrong check character (uscc_invalid "
                   "only, not mismatch)."),
    make_shop("tb-06", "taobao", "tb801552", _zhiyi, "服装", "织艺毛衫", "footer",
              licence=shown(_zhiyi, uscc=invalid_code(_zhiyi)),
              intro="牟平老手艺，羊毛衫、开衫手工缝合。",
              items=filler("服装", "tb-06"), footer=(ICP,), rules=(INVALID,),
              note="Footer licence: name matches, code fails the GB 32100 check."),
    make_shop("tm-01", "tmall", "tm100237", _zhangshi, "酒水", "张氏酒业官方旗舰店", "linked",
              licence=shown(_zhangshi, name="张氏酒业(烟台)有限公司"),
              permit="JY13706140012871", entry="亮照",
              intro="蓬莱产区自有葡萄园，酒庄直供。未成年人请勿饮酒。",
              items=filler("酒水", "tm-01"), footer=(ICP, POLICE),
              note="Clean decoy: name shown with ASCII () where the registry has （）; has a "
                   "JY permit."),
    make_shop("tm-02", "tmall", "tm100815", _haifeng, "服装", "海风户外旗舰店", "js-linked",
              display="image", image_name="img_0231", image_alt="img_0231.png",
              image_caption="营业执照（电子副本）", watermark="海风户外旗舰店 天猫专用",
              intro="专业户外装备，冲锋衣、速干衣、登山鞋。",
              items=filler("服装", "tm-02", 5), footer=(ICP,),
              note="Clean decoy: JS-built entry; licence image has an unhelpful alt and a "
                   "caption."),
    make_shop("tm-03", "tmall", "tm101090", _yanzhi, "美妆", "颜之初旗舰店", "linked",
              display="pending", entry="工商执照",
              intro="植物护肤，敏感肌可用。", items=filler("美妆", "tm-03"), footer=(ICP,),
              rules=(MISSING,),
              note="The licence page only says the licence is under review (审核中/暂未公示): "
                   "not a licence."),
    make_shop("jd-01", "jd", "jd1000981", _shuma, "数码", "数码之家京东自营旗舰店", "linked",
              intro="京东配送，正品行货，全国联保。",
              items=(Item("jd-01-m", "降噪蓝牙耳机 Pro", 299, 359,
                          blurb=f"生产厂家：深圳声悦科技有限公司 统一社会信用代码：{_MAKER}",
                          detail="产地：广东深圳\n制造商地址：深圳市南山区科技园"),
                     *filler("数码", "jd-01", 3)),
              footer=(ICP,),
              note="Clean decoy: a manufacturer's 统一社会信用代码 appears in a listing; the "
                   "shop's own licence matches."),
    make_shop("jd-02", "jd", "jd1001442", _muping, "家居", "安居日用专营店", "linked",
              licence=shown(_muping, uscc=other_code(_muping)),
              intro="锅碗瓢盆、收纳清洁，居家好物一站购齐。",
              items=filler("家居", "jd-02"), footer=(ICP,), rules=(MISMATCH,),
              note="Displayed code is valid but belongs to another entity."),
    make_shop("jd-03", "jd", "jd1002020", _shuxiang, "图书", "书香文化专营店", "footer",
              licence=shown(_shuxiang, uscc=_shuxiang.uscc.lower()),
              intro="地方文化、少儿读物、文创周边。",
              items=filler("图书", "jd-03"), footer=(ICP, POLICE),
              note="Clean decoy: code written in lower case in the footer."),
    make_shop("jd-04", "jd", "jd1003307", _baobei, "母婴", "贝贝乐母婴专营店", "js",
              licence=shown(_baobei, name="烟台贝贝乐商贸有限公司"),
              intro="母婴用品正规渠道进货，可开发票。",
              items=filler("母婴", "jd-04"), rules=(MISMATCH,),
              note="JS-rendered; the displayed company name differs from the registry name."),
    make_shop("jd-05", "jd", "jd1004411", _yaofang, "药品", "仁和大药房京东店", "footer",
              intro="执业药师在线，处方药须凭处方在药师指导下购买和使用。",
              items=filler("药品", "jd-05"),
              footer=("药品经营许可证：鲁AA5350123",
                      "互联网药品信息服务资格证书：（鲁）-非经营性-2023-0088", ICP),
              note="Clean: pharmacy with licence in the footer and registered drugs (国药准字)."),
    make_shop("pdd-01", "pinduoduo", "pdd88123", _lihua, "生鲜", "梨花村果品", "linked",
              display="image", entry="营业执照", image_name="zhizhao",
              intro="自家果园，莱阳梨、苹果当季现摘。食用农产品，无需食品经营许可。",
              items=filler("生鲜", "pdd-01"),
              note="Clean decoy: 个体工商户 licence only as an image; fresh farm produce needs "
                   "no food permit."),
    make_shop("pdd-02", "pinduoduo", "pdd90412", _yishang, "服装", "衣尚工厂店", "footer",
              display="none", intro="源头工厂，批发价零售。",
              items=filler("服装", "pdd-02"), footer=(ICP, POLICE), rules=(MISSING,),
              note="Footer has only ICP/公安备案 numbers, no licence anywhere."),
    make_shop("pdd-03", "pinduoduo", "pdd77340", _jinzhao, "食品", "金招食品专营", "linked",
              licence=shown(_jinzhao, uscc=invalid_code(_jinzhao)), permit="JY13706850003316",
              intro="招远特产，挂面、粉丝、点心。", items=filler("食品", "pdd-03"),
              rules=(INVALID,),
              note="Licence page code fails its check; JY permit present."),
    make_shop("pdd-04", "pinduoduo", "pdd66208", _caobian, "工艺品", "巧手草编", "js",
              display="image", image_name="img_5520", image_alt="店铺图片",
              image_caption="证照公示",
              licence=shown(_caobian, name="莱州市金穗草编制品厂"),
              intro="莱州草编非遗手艺，收纳篮、坐垫、草帽。", items=filler("工艺品", "pdd-04"),
              rules=(MISMATCH,),
              note="JS-rendered; the licence IMAGE shows a different name (needs OCR)."),
    make_shop("dy-01", "douyin", "dy5566001", _fensi, "食品", "粉丝王官方小店", "linked",
              permit="JY13706810020567",
              intro="龙口粉丝源头工厂，绿豆淀粉制作。",
              items=(Item("dy-01-oem", "代工款 酸辣粉丝 6桶", 39.9,
                          blurb="委托方：烟台味道电子商务有限公司（统一社会信用代码 "
                                f"{make_uscc('weidao', '370602')}）",
                          detail="受委托生产企业：龙口市粉丝王食品有限公司"),
                     *filler("食品", "dy-01", 3)),
              note="Clean decoy: a 委托方 code in a product listing; own licence and JY permit "
                   "shown."),
    make_shop("dy-live-01", "douyin", "dylive8801", _changdao, "生鲜", "长岛渔家海鲜", "linked",
              kind="livestream", entry="店铺资质",
              intro="渔家直播，现捞现发，扇贝海虹海参。",
              items=filler("海鲜", "dy-live-01", 3),
              chat=(("19:02:11", "海边的风", "主播今天扇贝多少钱一斤"),
                    ("19:02:40", "长岛渔家", "1号链接，今天38一斤，活的"),
                    ("19:03:05", "小鱼儿", "已拍，早点发货哈"),
                    ("19:03:31", "平台助手", "请在平台内下单，谨防诈骗"),
                    ("19:04:12", "阿军", "顺丰吗")),
              note="Clean livestream: licence page reachable from the live room."),
    make_shop("dy-02", "douyin", "dy5566390", _xianxian, "美妆", "鲜颜美妆", "footer",
              display="image", image_name="yingyezhizhao",
              intro="彩妆护肤小样，正品保证。", items=filler("美妆", "dy-02"),
              note="Clean: licence image (alt 营业执照) in the footer."),
    make_shop("ks-01", "kuaishou", "ks300871", _fuxiang, "服装", "福享服饰", "linked",
              intro="男装休闲系列，工厂自营。", items=filler("服装", "ks-01"),
              footer=(ICP,), note="Clean: text licence behind 商家资质."),
    make_shop("ks-live-01", "kuaishou", "kslive5203", _haiyang, "食品", "渔港人家", "linked",
              kind="livestream", display="pending", permit="JY13706870010295",
              entry="店铺资质",
              intro="海阳渔港直播，即食海参、鱼干、虾皮。",
              items=filler("食品", "ks-live-01", 3),
              chat=(("20:15:02", "老王", "海参怎么卖"),
                    ("20:15:20", "渔港人家", "3号链接，10只装"),
                    ("20:16:45", "快手小助手", "理性消费，请通过平台下单"),
                    ("20:17:09", "夏天", "拍了")),
              rules=(MISSING,),
              note="Licence page says 审核中 and shows only a JY food permit: a permit is not "
                   "the business licence."),
    make_shop("ks-02", "kuaishou", "ks301766", _jisu, "数码", "极速数码", "js-linked",
              licence=shown(_jisu, uscc=" ".join(invalid_code(_jisu)[i:i + 6]
                                                 for i in range(0, 18, 6))),
              intro="数码配件批发零售。", items=filler("数码", "ks-02"), rules=(INVALID,),
              note="JS-built entry; licence page code (spaced in groups of six) fails the check."),
    make_shop("mt-01", "meituan", "mt60123", _laowei, "餐饮", "老味道饺子馆", "linked",
              permit="JY23706020045121", entry="商家资质",
              intro="三十年老店，手工现包。", items=filler("餐饮", "mt-01", 5),
              note="Clean food shop: licence and 食品经营许可证 JY number shown."),
    make_shop("mt-02", "meituan", "mt60877", _haixian, "餐饮", "海鲜小厨", "linked",
              display="image", image_name="IMG20230412_0931", image_alt="IMG20230412_0931.jpg",
              image_caption="营业执照", permit="JY23706130031870",
              watermark="仅限美团海鲜小厨店铺亮照使用",
              intro="当日海鲜，明档加工。", items=filler("餐饮", "mt-02", 5),
              note="Clean: licence image with an unhelpful alt but a caption; JY permit shown."),
    make_shop("mt-03", "meituan", "mt61502", _mianguan, "餐饮", "福满面馆", "linked",
              intro="福山拉面，骨汤熬制。", items=filler("餐饮", "mt-03", 4),
              rules=("permit.food_missing",),
              note="Catering shop shows its licence but no 食品经营许可证."),
    make_shop("ot-01", "other", "haiyun", _beidiao, "工艺品", "海韵贝雕", "footer",
              intro="蓬莱贝雕传承工作室，手工雕刻，可来图定制。",
              items=filler("工艺品", "ot-01"), footer=(ICP, POLICE),
              note="Clean: independent site, text licence in the footer with ICP decoys."),
    make_shop("ot-02", "other", "shanlihong", _jiuzhuang, "酒水", "山里红酒庄", "linked",
              licence=shown(_jiuzhuang, name="栖霞山里红葡萄酒有限公司",
                            uscc=other_code(_jiuzhuang)),
              permit="JY13706860007734", entry="证照信息",
              intro="栖霞庙后镇山地葡萄园，小批量酿造。", items=filler("酒水", "ot-02"),
              footer=(ICP,), rules=(MISMATCH,),
              note="Both the displayed name and the (valid) code differ from the registry."),
]
