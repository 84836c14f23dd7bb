"""The kuangjia sites: eleven 烟台 firms' old 官网 (frameset, iframe or PDF landing page)."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, bad, decoy, shown_as
from demo.families.kuangjia import Site

MED = "ad.medical_claims"
ABS = "ad.absolute_terms"
RET = "returns.refused"
MIS = "licence.mismatch"


def _reg(seed: str, name: str, div: str, cat: str, kind: str, person: str, addr: str,
         founded: str) -> Registered:
    return Registered(name, code_for("kuangjia/" + seed, div, cat), kind, person, addr, founded)


R1 = _reg("lk-pj", "龙口市恒拓汽车配件有限公司", "370681", "1", "有限责任公司", "曲永胜",
          "山东省烟台市龙口市东江街道工业园58号", "2006-08-15")
R2 = _reg("zy-jin", "招远金鼎首饰有限公司", "370685", "1", "有限责任公司", "温建华",
          "山东省烟台市招远市温泉路221号", "2009-03-02")
R3 = _reg("ly-li", "莱阳市梨乡食品厂", "370682", "2", "个体工商户", "吕桂香",
          "山东省烟台市莱阳市照旺庄镇梨园路3号", "2012-10-20")
R4 = _reg("fs-bw", "烟台福瑞保温材料有限公司", "370611", "1", "有限责任公司", "柳海东",
          "山东省烟台市福山区永达街677号", "2008-05-11")
R5 = _reg("mp-li", "烟台康岳理疗器械有限公司", "370612", "1", "有限责任公司", "孔令伟",
          "山东省烟台市牟平区宁海大街150号", "2015-01-23")
R6 = _reg("zf-yu", "烟台市芝罘区海钓渔具店", "370602", "2", "个体工商户", "邹平",
          "山东省烟台市芝罘区滨海广场东侧12号", "2013-06-06")
R7 = _reg("lz-jx", "莱州市鑫冶机械制造有限公司", "370683", "1", "有限责任公司", "翟振华",
          "山东省烟台市莱州市沙河镇工业路19号", "2004-11-30")
R8 = _reg("kf-hg", "烟台泰诺精细化工有限公司", "370676", "1", "有限责任公司", "鞠长青",
          "山东省烟台市经济技术开发区长江路300号", "2011-07-07")
R8B = _reg("kf-hg-other", "烟台泰诺涂料有限公司", "370676", "1", "有限责任公司", "鞠长青",
           "山东省烟台市经济技术开发区长江路302号", "2014-02-14")
R9 = _reg("hy-sp", "海阳市渔家乐食品有限公司", "370687", "1", "有限责任公司", "于立波",
          "山东省烟台市海阳市方圆街道海滨路41号", "2010-04-09")
R10 = _reg("pl-mm", "烟台市蓬莱区绿园苗木场", "370614", "2", "个体工商户", "车宗礼",
           "山东省烟台市蓬莱区村里集镇苗圃路8号", "2016-03-18")
R11 = _reg("gx-rj", "烟台云帆信息技术有限公司", "370671", "1", "有限责任公司", "滕飞",
           "山东省烟台市高新区蓝海路1号", "2018-09-01")

SITES = (
    Site("K-01", "hengtuo", "frameset", "恒拓汽配", R1, "汽车配件", shown_as(R1),
         ("恒拓汽配始建于二〇〇六年，专业生产制动盘、刹车鼓。",
          decoy(ABS, "我们不敢说自己是行业第一，只把每一片制动盘做到合格出厂。",
                "最/第一 negated by the firm itself")),
         ("制动盘系列：适用多种轻型商用车。",),
         ("质量管理体系认证证书：ISO 9001:2015，认证机构为第三方认证公司。",
          decoy(MIS, "合作检测单位：烟台市某检测技术有限公司（检测报告见产品说明）。",
                "a partner lab named on the page, not the seller's licence")),
         note="clean: frameset, licence in the 企业资质 frame"),
    Site("K-02", "jinding", "frameset", "金鼎首饰", R2, "黄金首饰", shown_as(R2),
         (bad(ABS, "金鼎首饰拥有国内最顶级的足金工艺，是招远第一品牌。",
              "最顶级 and 第一品牌: absolute terms on the 公司简介"),),
         ("足金手镯：按克计价，附检测证书。",
          decoy(RET, "刻字定制款按顾客要求制作，制作后不适用七天无理由退货。",
                "a made-to-order item: a lawful exemption")),
         note="absolute terms"),
    Site("K-03", "lixiang", "iframe", "梨乡秋月梨膏", R3, "食品", shown_as(R3),
         ("莱阳梨乡食品厂以莱阳茌梨熬制梨膏。",),
         (bad(MED, "秋月梨膏润肺止咳，长期饮用可治愈慢性支气管炎。",
              "a food claimed to cure bronchitis"),),
         note="food maker with no 食品经营许可证 shown; a cure claim"),
    Site("K-04", "furui", "iframe", "福瑞保温", R4, "建材",
         shown_as(R4, uscc=with_wrong_check(R4.uscc)),
         ("福瑞保温主营岩棉板、挤塑板。",),
         ("岩棉板：A级不燃，附型式检验报告。",),
         note="licence code fails its check"),
    Site("K-05", "kangyue", "pdf", "康岳理疗", R5, "保健器械", shown_as(R5),
         ("康岳理疗专注家用理疗仪十年。",),
         (bad(MED, "远红外理疗仪，每天照射二十分钟，治疗颈椎病、腰椎间盘突出，一个疗程见效。",
              "a device claimed to treat spine disease"),),
         ("医疗器械经营备案凭证已办理。",),
         note="medical claims; licence on the PDF landing page"),
    Site("K-06", "haidiao", "pdf", "海钓渔具", R6, "渔具", shown_as(R6),
         ("芝罘老字号渔具店，出售海竿、鱼线、饵料。",),
         ("海竿：碳素材质，多种长度。",
          decoy(RET, "按顾客尺寸定做的竿子做好后不退换，现货商品七天无理由退货。",
                "customised goods exempt; stock goods returnable")),
         note="clean: PDF landing page licence, lawful return limit"),
    Site("K-07", "xinye", "frameset", "鑫冶机械", R7, "机械设备", shown_as(R7),
         ("鑫冶机械主营破碎机、球磨机。",),
         ("颚式破碎机：多种型号，可来图定做。",),
         status="吊销，未注销", status_date="2024-05-10",
         note="displayed code belongs to an entity whose licence was revoked"),
    Site("K-08", "tainuo", "iframe", "泰诺化工", R8, "化工产品",
         shown_as(R8, name=R8B.name, uscc=R8B.uscc),
         ("泰诺化工生产工业清洗剂。",),
         ("工业清洗剂：危险化学品经营许可另行公示。",),
         note="the 企业资质 page shows a sister firm's valid code and name"),
    Site("K-09", "yujiale", "frameset", "渔家乐食品", R9, "食品", shown_as(R9),
         ("渔家乐食品加工海阳特产鲅鱼丸、海菜。",),
         ("鲅鱼丸：速冻食品，冷链配送。",),
         (decoy(MED, "温馨提示：本公司产品为普通食品，不具有疾病预防、治疗功能。",
                "a warning that food treats nothing"),),
         permit=food_permit("370687", 5120), note="clean: food permit shown in the frame"),
    Site("K-10", "lvyuan", "iframe", "绿园苗木", R10, "花卉苗木", None,
         ("绿园苗木场培育樱花、海棠、紫叶李。",),
         (bad(RET, "苗木一经装车售出概不退换，成活与否本场不负责。",
              "the nursery refuses all returns"),),
         note="the 企业资质 page shows no licence; refused returns"),
    Site("K-11", "yunfan", "pdf", "云帆信息", R11, "软件服务", shown_as(R11),
         ("云帆信息为中小企业建设网站、小程序。",),
         (decoy(ABS, "客户常问我们是不是最便宜的：我们按工作量报价，不做最低价承诺。",
                "a customer's question quoted and answered without a claim"),),
         note="clean: software firm"),
)
