"""The mengchong family's shops: Yantai pet-supply sellers on 淘宝, 拼多多 and 抖音小店.

Wording written for this family. Legal points: 广告法 第十七条 (no disease claims outside
medical ads, pets' goods included), 消法 第二十五条 and the 七日无理由 measures (鲜活 goods
exempt; unsealed goods only with the buyer's confirmation), 食品安全法 (people's snacks
need a JY permit; pet food is feed), the 绝对化用语 list (销量第一, 最强).
"""

from __future__ import annotations

from demo.families.codes import code_for, with_wrong_check
from demo.families.corpus import Filed, Registered, bad, decoy, shown_as
from demo.families.mengchong import Shop

ABS, MED, RET = "ad.absolute_terms", "ad.medical_claims", "returns.refused"
LURE, MIS = "live.offplatform_lure", "licence.mismatch"
LTD = "有限责任公司（自然人投资或控股）"
SOLE = "个体工商户"
FEED = "宠物食品 is feed, not food: no 食品经营许可证 is needed"


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = SOLE) -> Registered:
    return Registered(name, code_for("mengchong/" + seed, division, "2" if kind == SOLE else "1"),
                      kind, person, "山东省烟台市" + address, founded)


MIAOLIANG = _reg("mc-01", "烟台市芝罘区喵粮仓宠物用品店", "370602", "范晓", "芝罘区幸福中路40号",
                 "2020年07月15日")
XIHU = _reg("mc-02", "烟台市莱山区泡泡宠物洗护用品店", "370613", "鲍丽", "莱山区清泉路18号",
            "2021年03月03日")
SHUIZU = _reg("mc-03", "烟台市福山区蓝鳍水族馆", "370611", "蓝海", "福山区河滨路66号",
              "2017年05月05日")
LINGSHI = _reg("mc-04", "烟台毛孩子食品科技有限公司", "370671", "毛文", "高新区蓝海路1号",
               "2022年06月01日", LTD)
YIFU = _reg("mc-05", "莱阳市萌宠衣橱服饰店", "370682", "柳萌", "莱阳市鹤山路20号",
            "2019年12月01日")
MAOSHA = _reg("mc-06", "烟台净爪宠物用品有限公司", "370676", "邵净", "开发区黄河路77号",
              "2018年08月28日", LTD)
WANJU = _reg("mc-07", "海阳市汪汪宠物玩具店", "370687", "汪洋", "海阳市东村街道", "2020年10月10日")
NIUNIU = _reg("mc-08", "烟台牛牛宠物用品有限公司", "370602", "牛力", "芝罘区西关南街3号",
              "2016年04月04日", LTD)
OTHER = _reg("mc-08x", "烟台顺安物流有限公司", "370602", "赵顺", "芝罘区港城西大街2号",
             "2012年01月01日", LTD)
MAOPA = _reg("mc-09", "蓬莱区猫爬架工坊", "370614", "姜木", "蓬莱区紫荆山街道", "2018年02月14日")
GOUWO = _reg("mc-10", "栖霞市暖窝宠物用品店", "370686", "王暖", "栖霞市翠屏街道", "2023年01月09日")
QIANYIN = _reg("mc-11", "烟台市牟平区遛遛宠物用品店", "370612", "孙遛", "牟平区通海路9号",
               "2021年11月21日")
FACTORY = _reg("mc-11f", "莱州市安驰宠物牵引用品有限公司", "370683", "郑安", "莱州市沙河镇",
               "2015年06月16日", LTD)
YINGYANG = _reg("mc-12", "烟台壮壮宠物营养品有限公司", "370613", "孟壮", "莱山区科技大道8号",
                "2019年09月19日", LTD)

EXTRA = (Filed(OTHER), Filed(FACTORY))  # the companies whose codes the pages show

SHOPS = (
    Shop("mc-01", "miaoliangcang", "淘宝", "喵粮仓 猫粮专营", MIAOLIANG, "宠物食品",
         shown_as(MIAOLIANG),
         ("新客首单立减5元，满99包邮。", "工作时间 9:00-22:00，客服在线。"),
         (("全价冻干双拼猫粮 2kg", "129", "鸡肉含量60%，无谷配方。"),
          ("猫条 20支", "29.9", "零食补水。")),
         "全价冻干双拼猫粮 2kg",
         ("成分：鸡肉、鸡肉粉、冻干鸡胸肉、鱼油。", "适用：全年龄段猫咪。"),
         (decoy(RET, "已拆封的宠物主粮影响二次销售，仅在下单时勾选“拆封不退”确认后"
                "不适用七天无理由；"
                "未拆封七天无理由退货", "an unsealed exclusion only with the buyer's own "
                "confirmation at checkout; unsealed food stays returnable"),),
         feed_note=FEED,
         note="clean: pet food needs no food permit; a confirmed unsealed exclusion"),
    Shop("mc-02", "paopao", "拼多多", "泡泡宠物洗护", XIHU, "宠物洗护", shown_as(XIHU),
         ("洗护用品顺丰发货。",),
         (("除螨沐浴露 500ml", "39", "温和配方。"), ("宠物湿巾", "12.9", "无酒精。")),
         "除螨沐浴露 500ml",
         (bad(MED, "专治猫藓、螨虫，三天根治皮肤病，比打针吃药还管用",
              "pet shampoo claimed to cure ringworm and skin disease (广告法 第十七条)"),
          decoy(MED, "如宠物皮肤红肿溃烂，请及时到宠物医院就诊",
                "a warning to see a vet, no claim")),
         ("支持七天无理由退货。",),
         note="pet shampoo claimed to cure skin disease"),
    Shop("mc-03", "lanqi", "淘宝", "蓝鳍水族 观赏鱼活体", SHUIZU, "水族", shown_as(SHUIZU),
         ("活体鱼只发顺丰，北方冬季加保温。",),
         (("孔雀鱼 10条", "25", "活体，纯种繁殖。"), ("鱼缸过滤器", "68", "静音。")),
         "孔雀鱼 10条",
         ("到货后请先过水半小时再入缸。",),
         (decoy(RET, "活体观赏鱼属鲜活商品，不适用七天无理由退货；到货死亡2小时内拍视频包赔",
                "live fish are 鲜活 goods, exempt by law; deaths on arrival are paid"),
          "器材类商品支持七天无理由退货。"),
         note="clean: live fish exempt from 7-day returns, equipment returnable"),
    Shop("mc-04", "maohaizi", "抖音小店", "毛孩子零食铺", LINGSHI, "食品", shown_as(LINGSHI),
         ("人宠同享系列上新：主人吃的牛肉干和狗狗吃的一起发。",),
         (("手撕牛肉干 人吃 200g", "45", "主人零食，真空包装。"),
          ("狗狗鸡肉干 300g", "39", "宠物零食。")),
         "手撕牛肉干 人吃 200g",
         ("配料：牛肉、食盐、白砂糖、香辛料。",),
         ("食品类商品未拆封支持七天无理由退货。",),
         note="people's snacks sold with no food permit shown"),
    Shop("mc-05", "mengchongyichu", "拼多多", "萌宠衣橱", YIFU, "宠物服饰", shown_as(YIFU),
         (bad(RET, "宠物衣服试穿后一律不退不换，请量好尺寸再拍",
              "no returns or exchanges on pet clothes, ordinary goods"),),
         (("小狗卫衣", "29.9", "纯棉。"), ("猫咪毛衣", "35", "保暖。")),
         "小狗卫衣",
         ("尺码：XS-XL，请按胸围选择。",),
         ("质量问题包退。",),
         note="a 不退不换 notice on pet clothes"),
    Shop("mc-06", "jingzhua", "抖音小店", "净爪猫砂官方店", MAOSHA, "宠物用品", shown_as(MAOSHA),
         ("关注店铺领3元券。",),
         (("豆腐猫砂 6L×4", "59", bad(ABS, "全网销量第一，除臭效果最强",
                                   "销量第一 and 最强: unsupported absolute claims")),
          ("混合猫砂 10kg", "69", "结团快。")),
         "豆腐猫砂 6L×4",
         (decoy(ABS, "第一次使用建议与旧猫砂混合，让猫咪慢慢适应", "第一次 means 'the first "
                "time', not a ranking"),
          bad(LURE, "晒图好评后加店主V：jingzhua_77，返现5元", "the seller sends buyers to a "
              "private WeChat for a cash-back off the platform")),
         ("未拆封七天无理由退货。",),
         note="销量第一 / 最强; a WeChat cash-back lure"),
    Shop("mc-07", "wangwang", "拼多多", "汪汪玩具屋", WANJU, "宠物玩具",
         shown_as(WANJU, uscc=with_wrong_check(WANJU.uscc, 5)),
         ("满2件包邮。",),
         (("磨牙绳结", "9.9", "棉绳。"), ("发声球", "12", "耐咬。")),
         "磨牙绳结",
         ("建议在主人陪伴下玩耍，出现破损请更换。",),
         ("支持七天无理由退货。",),
         note="the 资质 page's code fails its check"),
    Shop("mc-08", "niuniu", "淘宝", "牛牛宠物生活馆", NIUNIU, "宠物用品",
         shown_as(NIUNIU, uscc=OTHER.uscc),
         ("店铺搬迁，发货地改为开发区仓库。",),
         (("宠物饮水机", "89", "循环过滤。"), ("自动喂食器", "159", "定时定量。")),
         "宠物饮水机",
         ("滤芯建议每月更换。",),
         ("支持七天无理由退货，退回运费由买家承担。",),
         note="the 资质 page shows a valid code of another company"),
    Shop("mc-09", "maopajia", "抖音小店", "猫爬架工坊", MAOPA, "宠物家具", shown_as(MAOPA),
         ("实木猫爬架，手工打磨。",),
         (("实木猫爬架 1.2m", "399", "松木。"), ("猫抓板", "19.9", "瓦楞纸。")),
         "实木猫爬架 1.2m",
         ("安装视频见详情页。",),
         ("支持七天无理由退货。",),
         status="注销", status_date="2025-03-31",
         note="the 资质 page shows an entity the registry shows 注销"),
    Shop("mc-10", "nuanwo", "拼多多", "暖窝宠物窝垫", GOUWO, "宠物用品", None,
         ("冬季新款狗窝上新。",),
         (("加厚狗窝", "49", "可拆洗。"), ("猫咪睡垫", "25", "四季通用。")),
         "加厚狗窝",
         ("外套可机洗。",),
         ("支持七天无理由退货。",),
         cert="none", note="the 资质 page says 暂无资质信息"),
    Shop("mc-11", "liuliu", "淘宝", "遛遛牵引绳", QIANYIN, "宠物用品", shown_as(QIANYIN),
         ("厂家授权经销，正品保障。",),
         (("自动伸缩牵引绳 5m", "69", "单手锁定。"), ("胸背带", "39", "反光条。")),
         "自动伸缩牵引绳 5m",
         ("遛狗时请勿松手，注意车辆。",),
         ("支持七天无理由退货。",),
         beside=("品牌授权书", decoy(MIS, f"授权方：{FACTORY.name}"
                                          f"（统一社会信用代码 {FACTORY.uscc}）"
                                          "授权本店销售安驰牌牵引用品", "the factory's code on "
                                          "its letter of authorisation is a third party's")),
         note="clean: the factory's authorisation letter beside the shop's own licence"),
    Shop("mc-12", "zhuangzhuang", "抖音小店", "壮壮宠物营养", YINGYANG, "宠物保健",
         shown_as(YINGYANG),
         (decoy(MED, "提醒：市面上宣称“包治百病”的宠物保健品不可信，宠物生病请就医",
                "consumer education quoting a banned claim"),),
         (("宠物营养膏 120g", "45", "补充维生素。"), ("卵磷脂", "59", "美毛。")),
         "宠物营养膏 120g",
         (decoy(MED, "本品为宠物营养补充剂，不能替代兽药治疗", "a disclaimer that it is no "
                "veterinary drug"),
          decoy(ABS, "最佳喂食时间为饭后，按体重添加", "最佳喂食时间 is a usage tip")),
         ("未拆封七天无理由退货。",),
         feed_note=FEED,
         note="clean: a supplement disclaiming drug use; education quoting 包治百病"),
)
