"""The dossier family's sellers as data: registry records, what each shows, where."""

from __future__ import annotations

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import Registered, decoy, shown_as
from demo.families.dossier import Seller

GETI, LTD = "个体工商户", "有限责任公司"
MIS = "licence.mismatch"


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = GETI) -> Registered:
    category = "2" if kind == GETI else "1"
    return Registered(name, code_for(seed, division, category), kind, person,
                      f"山东省烟台市{address}", founded)


MUYUN = _reg("ds-01", "芝罘区木云服装店", "370602", "周木云", "芝罘区南大街118号", "2020年09月01日")
XIAOMAN = _reg("ds-02", "福山区小满烘焙坊", "370611", "陈小满", "福山区河滨路23号",
               "2021年02月14日")
QINGSHI = _reg("ds-03", "莱山区青石家居用品店", "370613", "吴青", "莱山区盛泉路9号",
               "2019年06月06日")
HAIWEI = _reg("ds-04", "牟平区海味小厨餐馆", "370612", "于海", "牟平区正阳路66号", "2022年05月20日")
HAIWEI_HQ = Registered("烟台海味餐饮连锁管理有限公司", code_for("ds-04/hq", "370602"), LTD, "孙平",
                       "山东省烟台市芝罘区海港路2号", "2018年01月08日")
LAOMA = _reg("ds-05", "龙口市老马家面馆", "370681", "马成", "龙口市新嘉街道通海路5号",
             "2023年07月07日")
DONGHAI = _reg("ds-06", "烟台高新区东海轻食店", "370671", "刘东海", "高新区蓝海路3号",
               "2021年11月11日")
DONGHAI_SUPPLIER = code_for("ds-06/supplier", "370602")
HENGTONG = _reg("ds-07", "烟台恒通液压机械有限公司", "370676", "杨恒", "开发区黄河路128号",
                "2009年04月16日", LTD)
HENGTONG_LAB = code_for("ds-07/lab", "370602")
JINSHI = _reg("ds-08", "莱州市金石建材有限公司", "370683", "刘金石", "莱州市城港路街道金城路7号",
              "2012年08月08日", LTD)
LIANFENG = _reg("ds-09", "招远市联丰五金有限公司", "370685", "蒋丰", "招远市温泉街道府前路30号",
                "2016年03月12日", LTD)
BIHAI = _reg("ds-10", "烟台碧海水产食品有限公司", "370614", "宋碧", "蓬莱区新港街道海滨路88号",
             "2010年10月10日", LTD)
GUXIANG = _reg("ds-11", "栖霞市谷香杂粮店", "370686", "林谷", "栖霞市庄园街道迎宾路12号",
               "2020年04月18日")

SELLERS = (
    Seller("ds-01", "youzan", "muyun", "木云家 原创女装", MUYUN, "服装", shown_as(MUYUN), "tab",
           intro=("棉麻衬衫，小批量手工制作。",),
           note="有赞 shop: the licence rows are on the 店铺档案 page a tab opens: clean."),
    Seller("ds-02", "youzan", "xiaoman", "小满的面包房", XIAOMAN, "食品", shown_as(XIAOMAN),
           "sheet", permit=food_permit("370611", 2214, "1"),
           intro=("每天早上八点出炉，同城自提。",),
           note="Licence and JY permit in the hidden 店主名片 sheet (heading names no licence): "
                "clean."),
    Seller("ds-03", "youzan", "qingshi", "青石 · 家居小物", QINGSHI, "日用百货",
           shown_as(QINGSHI, uscc=with_wrong_check(QINGSHI.uscc)), "sheet",
           intro=("陶瓷杯碟，手工釉色。",),
           note="The 店主名片 sheet shows a code failing its check character: uscc_invalid."),
    Seller("ds-04", "eleme", "haiwei", "海味小厨（正阳路店）", HAIWEI, "餐饮",
           shown_as(HAIWEI, name=HAIWEI_HQ.name, uscc=HAIWEI_HQ.uscc), "tab",
           entry="商家档案", permit=food_permit("370612", 4410, "2"),
           intro=("招牌海鲜面，现点现做。",),
           note="Franchise shop shows its chain company's licence on 商家档案: mismatch."),
    Seller("ds-05", "eleme", "laoma", "老马家手擀面", LAOMA, "餐饮", None, "pending",
           entry="商家档案", intro=("手擀面，骨汤熬足八小时。",),
           note="商家档案 says 主体资质审核中; no licence and no JY permit: missing, food."),
    Seller("ds-06", "eleme", "donghai", "东海轻食 沙拉便当", DONGHAI, "餐饮", shown_as(DONGHAI),
           "tab", entry="商家档案", permit=food_permit("370671", 6120, "2"),
           intro=("低脂沙拉，每日配送。",),
           others=(decoy(MIS, f"供货商烟台鲜蔬农产品有限公司（统一社会信用代码 {DONGHAI_SUPPLIER}）"
                              "每日配送净菜。",
                         "a supplier's code, in brackets after the supplier's name"),),
           note="Licence, JY permit and a supplier's code on 商家档案: clean."),
    Seller("ds-07", "yellow", "hengtong", "恒通液压", HENGTONG, "机械设备", shown_as(HENGTONG),
           "archive", entry="企业档案", intro=("专业生产液压油缸、液压站。",),
           others=(decoy(MIS, f"产品检验报告由烟台市恒检检测技术有限公司出具（统一社会信用代码 "
                              f"{HENGTONG_LAB}）。", "a testing lab's code on its report"),),
           note="Old company site: 工商注册信息 on the 企业档案 page; a lab's code: clean."),
    Seller("ds-08", "yellow", "jinshi", "金石建材", JINSHI, "建材",
           shown_as(JINSHI, name="莱州市金石石材厂"), "archive", entry="诚信档案",
           intro=("花岗岩、大理石板材加工。",),
           note="诚信档案 shows the name the company had before it re-registered: mismatch."),
    Seller("ds-09", "yellow", "lianfeng", "联丰五金", LIANFENG, "五金工具", None, "none",
           entry="企业档案", intro=("五金工具批发零售，欢迎来电洽谈。",),
           note="The 企业档案 page holds only a company blurb: missing."),
    Seller("ds-10", "yellow", "bihai", "碧海水产", BIHAI, "食品", shown_as(BIHAI), "archive",
           entry="企业档案", permit=food_permit("370614", 7008, "1"),
           intro=("海参、鲍鱼即食产品，产地直供。",),
           note="企业档案 page with licence and JY permit: clean."),
    Seller("ds-11", "youzan", "guxiang", "谷香杂粮铺", GUXIANG, "食品", shown_as(GUXIANG), "tab",
           filing="YB13706860013307", intro=("小米、黑豆，预包装发货。",),
           note="店铺档案 page with the licence and a prepackaged-only filing: clean."),
)
