"""Family `daodian` (sealed): 大众点评/美团-style 到店 shops, filled by string.Template.

Each seller is a 到店 merchant (海鲜酒楼, 民宿, 采摘园, 美容院, 足疗馆, 婚纱摄影...) with a
shop page (评分, 团购套餐 with 随时退/过期自动退 tags, 商家公告, 网友点评) and a 商家资质 page
(营业执照 fields, 食品经营许可证 for food service, or 商家暂未上传). Markup comes from
`string.Template` strings with `$` fields; class names use a `dpx_` prefix. Wording follows
published 团购 rules (随时退, 过期自动退, 未消费可退) and local-service listings.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from string import Template

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import (
    Family,
    Filed,
    Label,
    Page,
    Registered,
    Said,
    Shown,
    Target,
    bad,
    collect,
    decoy,
    labels_of,
    licence_labels,
    permit_labels,
    registry_labels,
    shown_as,
)

FAMILY = "daodian"
BLANK = Said("")

SHELL = Template("""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>$title - 到店团购</title>
<style>body{font:14px sans-serif;margin:0;background:#f4f4f4}.dpx_card{background:#fff;
margin:8px;padding:10px;border-radius:6px}.dpx_tag{color:#ff6633;margin-right:6px}</style>
</head><body><div class="dpx_top"><span class="dpx_city">烟台</span>
<span class="dpx_crumb">$crumb</span></div>$body
<div class="dpx_bottom">本页信息由商家提供 · <a href="zizhi">商家资质</a></div></body></html>""")
HEAD = Template("""<div class="dpx_card dpx_shophead"><h1 class="dpx_name">$name</h1>
<p class="dpx_score">$stars分 · 人均¥$avg · $kind</p><p class="dpx_addr">$addr</p>
<p class="dpx_hours">营业时间 $hours</p></div>""")
DEAL = Template("""<li class="dpx_deal"><b class="dpx_deal_title">$title</b>
<span class="dpx_deal_price">¥$price</span><span class="dpx_deal_sold">半年售$sold</span>
<p class="dpx_deal_rule">$tags</p><p class="dpx_deal_more">$more</p></li>""")
NOTICE = Template('<div class="dpx_card dpx_notice"><h2 class="dpx_h">$head</h2>$lines</div>')
REVIEW = Template("""<li class="dpx_review"><span class="dpx_user">$who</span>
<span class="dpx_lv">Lv$lv</span><p class="dpx_review_text">$text</p></li>""")
ZIZHI = Template("""<div class="dpx_card dpx_qual"><h1 class="dpx_h">商家资质</h1>
<p class="dpx_qual_tip">以下信息由商家上传，平台依据《电子商务法》第十五条公示</p>$rows$permit$extra
</div>""")
ROW = Template('<dl class="dpx_kv"><dt class="dpx_k">$k</dt><dd class="dpx_v">$v</dd></dl>')


@dataclass(frozen=True)
class Deal:
    """One 团购套餐: its title, price, refund tags and the 购买须知 line."""

    title: Said
    price: str
    tags: Said
    more: Said = BLANK


@dataclass(frozen=True)
class Merchant:
    """One 到店 merchant: registry record, what its pages show and say."""

    tid: str
    slug: str
    shop_name: str
    kind: str
    category: str
    reg: Registered
    shown: Shown | None
    deals: tuple[Deal, ...]
    notice: tuple[Said, ...] = ()
    reviews: tuple[tuple[str, Said], ...] = ()
    permit: str = ""
    hard: str = ""  # where an unusual licence display sits
    extra: tuple[Said, ...] = ()  # more on the 资质 page (a third party's licence ...)
    note: str = ""
    status: str = "存续"  # the registry's 登记状态 of reg (registry.csv)
    status_date: str = ""

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status, self.status_date)


def _p(s: Said, cls: str = "dpx_line") -> str:
    return f'<p class="{cls}">{escape(s.text)}</p>' if s.text else ""


def _shop(m: Merchant) -> bytes:
    deals = "".join(DEAL.substitute(title=escape(d.title.text), price=d.price,
                                    sold=f"{(len(d.title.text) * 137) % 900 + 40}",
                                    tags=escape(d.tags.text), more=escape(d.more.text))
                    for d in m.deals)
    body = HEAD.substitute(name=escape(m.shop_name), stars="4." + str(len(m.slug) % 5 + 4),
                           avg=str(60 + len(m.shop_name) * 9), kind=escape(m.kind),
                           addr=escape(m.reg.address), hours="10:00-22:00")
    body += (f'<div class="dpx_card"><h2 class="dpx_h">团购</h2>'
             f'<ul class="dpx_deals">{deals}</ul></div>')
    if m.notice:
        body += NOTICE.substitute(head="商家公告", lines="".join(_p(s) for s in m.notice))
    if m.reviews:
        rows = "".join(REVIEW.substitute(who=escape(w), lv=str(len(w) + 2), text=escape(s.text))
                       for w, s in m.reviews)
        body += f'<div class="dpx_card"><h2 class="dpx_h">网友点评</h2><ul>{rows}</ul></div>'
    return SHELL.substitute(title=escape(m.shop_name), crumb=escape(m.kind), body=body).encode()


def _zizhi(m: Merchant) -> bytes:
    if m.shown is None:
        rows = '<p class="dpx_qual_none">商家暂未上传营业执照信息</p>'
    else:
        s = m.shown
        rows = "".join(ROW.substitute(k=k, v=escape(v)) for k, v in (
            ("名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind),
            ("法定代表人/经营者", s.person), ("经营场所", s.address), ("成立日期", s.founded)))
    permit = ROW.substitute(k="食品经营许可证编号", v=m.permit) if m.permit else ""
    extra = "".join(_p(s, "dpx_qual_more") for s in m.extra)
    body = ZIZHI.substitute(rows=rows, permit=permit, extra=extra)
    return SHELL.substitute(title=escape(m.shop_name) + " 商家资质", crumb="商家资质",
                            body=body).encode()


def _pages(m: Merchant) -> list[Page]:
    root = f"/dianping/shop/{m.slug}/"
    said = [s for d in m.deals for s in (d.title, d.tags, d.more)]
    said += [*m.notice, *(s for _, s in m.reviews)]
    lic: list[Label] = licence_labels(m.shown, m.reg, m.shop_name, m.hard)
    lic += permit_labels(m.category, m.permit) + labels_of(m.extra)
    lic += registry_labels(m.shown, m.filed, m.shop_name)
    if m.shown is None:
        lic.append(Label("violation", "licence.missing",
                         "商家资质 page says 暂未上传营业执照: no licence anywhere"))
    return [Page(root, "home", _shop(m), tuple(labels_of(said))),
            Page(root + "zizhi", "licence", _zizhi(m), tuple(lic))]


def _reg(seed: str, name: str, division: str, kind: str, person: str, addr: str,
         founded: str) -> Registered:
    cat = "2" if kind == "个体工商户" else "1"
    return Registered(name, code_for("daodian/" + seed, division, cat), kind, person, addr,
                      founded)


TUAN = Said("随时退 · 过期自动退")
R01 = _reg("yuegang", "烟台芝罘区渔港海味酒楼", "370602", "个体工商户", "于海涛",
           "烟台市芝罘区滨海路27号", "2019-04-12")
R02 = _reg("haiyue", "烟台蓬莱区听海月民宿", "370614", "个体工商户", "孙晓燕",
           "烟台市蓬莱区登州街道海港路8号", "2021-06-03")
R03 = _reg("guoyuan", "烟台福山区果香缘家庭农场", "370611", "个体工商户", "刘建国",
           "烟台市福山区张格庄镇后寨村", "2018-03-20")
R04 = _reg("meiyan", "烟台莱山区美妍之约美容店", "370613", "个体工商户", "王丽",
           "烟台市莱山区迎春大街155号", "2020-09-09")
R05 = _reg("shaokao", "烟台开发区老姜烧烤店", "370676", "个体工商户", "姜大勇",
           "烟台开发区长江路66号", "2022-05-18")
R06 = _reg("zuliao", "烟台芝罘区足道轩养生馆", "370602", "个体工商户", "陈刚",
           "烟台市芝罘区南大街210号", "2017-11-01")
R07 = _reg("mishi", "莱州市奇境密室娱乐有限公司", "370683", "有限责任公司", "赵鹏",
           "莱州市文昌路300号", "2023-02-14")
R08 = _reg("dapaidang", "长岛县渔家乐海鲜大排档", "370634", "个体工商户", "宋海",
           "烟台市蓬莱区长岛南长山街道", "2015-07-01")
R09 = _reg("hunsha", "烟台高新区唯美时光婚纱摄影有限公司", "370671", "有限责任公司", "李娜",
           "烟台高新区蓝海路1号", "2016-08-08")
R10 = _reg("qinzi", "烟台牟平区童趣岛儿童乐园", "370612", "个体工商户", "马晨",
           "烟台市牟平区正阳路88号", "2021-01-10")
R11 = _reg("qipai", "烟台芝罘区海韵棋牌室", "370602", "个体工商户", "林海",
           "烟台市芝罘区胜利路19号", "2014-05-20")
R12 = _reg("guangying", "烟台莱山区光影人像摄影工作室", "370613", "个体工商户", "邹影",
           "烟台市莱山区港城东大街50号", "2019-10-10")
OTHER = code_for("daodian/other", "370683", "1")  # a valid code of another enterprise
# A franchisor whose company was cancelled: its code beside a seller's is not the seller's.
BRAND_GONE = Filed(_reg("pinpai", "烟台光影时代文化传播有限公司", "370613", "有限责任公司", "邹光",
                        "烟台市莱山区观海路88号", "2015-01-06"), "注销", "2024-12-31")

MERCHANTS = (
    Merchant("dd-01", "yugangjiulou", "渔港海味·老烟台海鲜", "海鲜酒楼", "餐饮", R01, shown_as(R01),
             (Deal(Said("4人海鲜套餐（含鲅鱼水饺）"), "398", TUAN,
                   Said("周末节假日通用，无需预约")),
              Deal(Said("100元代金券"), "88", TUAN)),
             reviews=(("海边的风", decoy("ad.absolute_terms",
                                         "我吃过全烟台最好吃的鲅鱼水饺，没有之一！",
                                         "a diner's own review, not the seller's advertising")),),
             permit=food_permit("370602", 31), note="Clean: a diner's review says 全烟台最好吃; "
             "shop name differs from the registered name; permit shown."),
    Merchant("dd-02", "tinghaiyue", "听海月·海景民宿", "民宿", "住宿", R02, shown_as(R02),
             (Deal(bad("ad.absolute_terms", "蓬莱第一海景民宿 大床房一晚",
                       "the seller calls itself 第一: an absolute term in its own listing"),
                   "268", Said("未入住可退 · 需提前1天预约")),),
             notice=(bad("ad.absolute_terms", "本店拥有蓬莱最佳观海位置，国家级服务标准",
                         "最佳 and 国家级 in the seller's own notice"),),
             note="The 民宿 calls itself 蓬莱第一 and 最佳观海位置."),
    Merchant("dd-03", "guoxiangyuan", "果香缘樱桃采摘园", "采摘园", "水果", R03, shown_as(R03),
             (Deal(Said("大樱桃采摘 双人票（含1斤带走）"), "99",
                   bad("returns.refused", "本券一经售出，不退不换，过期作废",
                       "an unused 团购券 refused any refund and forfeited at expiry")),),
             notice=(decoy("returns.refused", "采摘带走的鲜果属鲜活易腐商品，不适用七天无理由退货",
                           "fresh fruit is a statutory exception to the 7-day return"),),
             note="Unused coupons are 不退不换, 过期作废; fresh fruit's exemption is lawful."),
    Merchant("dd-04", "meiyanzhiyue", "美妍之约皮肤管理", "美容美体", "美容服务", R04,
             shown_as(R04, uscc=with_wrong_check(R04.uscc)),
             (Deal(bad("ad.medical_claims", "小气泡祛痘套餐：根治痘痘，7天去除黄褐斑",
                       "a beauty salon claims to cure acne and remove melasma: medical claims"),
                   "128", TUAN),),
             notice=(bad("ad.medical_claims", "艾灸调理可治疗失眠、改善妇科炎症",
                         "claims to treat insomnia and gynaecological inflammation"),),
             note="Medical claims for a salon; the 资质 page's code fails its check."),
    Merchant("dd-05", "laojiangshaokao", "老姜家烧烤", "烧烤", "餐饮", R05, shown_as(R05),
             (Deal(Said("双人烤串套餐"), "79", TUAN, Said("含扎啤2杯")),),
             reviews=(("吃货小王", Said("羊肉串很嫩，就是排队久")),),
             note="Food service with no 食品经营许可证 on its 资质 page."),
    Merchant("dd-06", "zudaoxuan", "足道轩·中式足疗", "足疗按摩", "养生服务", R06, None,
             (Deal(Said("60分钟足疗+肩颈放松"), "98", TUAN),),
             notice=(decoy("ad.medical_claims", "温馨提示：本店为休闲保健服务，不提供医疗服务，"
                           "不具有治疗疾病的作用", "a negation: the shop disclaims any cure"),),
             note="No licence: the 资质 page says 暂未上传; the notice disclaims medical effect."),
    Merchant("dd-07", "qijingmishi", "奇境密室逃脱（万达店）", "密室逃脱", "娱乐服务", R07,
             shown_as(R07, name="莱州奇境文化传媒有限公司"),
             (Deal(Said("恐怖主题密室 4人票"), "236", Said("未消费随时退 · 过期自动退"),
                   Said("购买后请提前电话预约场次")),),
             notice=(decoy("returns.refused", "已预约场次开场前2小时内不可取消，未到店可改约一次",
                           "a booking-change rule for a service, with refunds still open"),),
             note="The 资质 page shows another name than the registered one."),
    Merchant("dd-08", "yujiale", "长岛渔家乐大排档", "海鲜大排档", "餐饮", R08, shown_as(R08),
             (Deal(Said("渔家乐4人餐（现捞海鲜）"), "358", TUAN),),
             notice=(decoy("ad.absolute_terms", "依据《广告法》，本平台商家不得使用“最佳”“第一”等"
                           "绝对化用语", "the platform's rule quotes the banned words"),),
             permit=food_permit("370634", 88),
             note="Clean: code keeps the abolished 长岛县 division; platform notice quotes 最佳."),
    Merchant("dd-09", "weimeishiguang", "唯美时光婚纱摄影", "婚纱摄影", "摄影服务", R09,
             shown_as(R09),
             (Deal(bad("ad.absolute_terms", "烟台顶级婚纱摄影 全城最低价 内外景套系",
                       "顶级 and 最低价 in the seller's own deal title"), "3999",
                   Said("未消费随时退")),
              Deal(Said("亲子写真套系"), "599", Said("未消费随时退"),
                   decoy("returns.refused", "已拍摄底片为定制服务，拍摄后不支持退款",
                         "a rendered service is not a returnable good"))),
             extra=(decoy("licence.mismatch", f"合作外景基地：莱州奇境文化传媒有限公司（统一社会"
                          f"信用代码 {OTHER}）",
                          "a partner's licence on the page, not the seller's"),),
             note="顶级 and 全城最低价; a partner's licence sits beside the seller's own."),
    Merchant("dd-10", "tongqudao", "童趣岛亲子乐园", "亲子乐园", "娱乐服务", R10,
             shown_as(R10, uscc=" ".join((R10.uscc[:6], R10.uscc[6:12], R10.uscc[12:]))),
             (Deal(Said("单人畅玩票（含1位家长）"), "49", TUAN, Said("身高1米以下免票")),),
             reviews=(("带娃的妈", decoy("returns.refused", "上次买了没去，过期自己就退回来了，"
                                          "没说不退", "a buyer says the coupon refunded itself")),),
             hard="on the 商家资质 page with the code written in groups",
             note="Clean: the code is printed in groups of six; a review mentions refunds."),
    Merchant("dd-11", "haiyunqipai", "海韵棋牌·茶室", "棋牌室", "休闲娱乐", R11, shown_as(R11),
             (Deal(Said("4小时中包（含茶水）"), "88", TUAN),),
             status="吊销，未注销", status_date="2025-09-30",
             note="The 资质 page shows the licence of an entity whose licence was 吊销."),
    Merchant("dd-12", "guangyingxiezhen", "光影写真馆", "写真摄影", "摄影服务", R12, shown_as(R12),
             (Deal(Said("单人证件照+精修2张"), "39", Said("未消费随时退")),),
             extra=(decoy("licence.deregistered", f"加盟品牌方：{BRAND_GONE.reg.name}，统一社会信用"
                          f"代码 {BRAND_GONE.reg.uscc}",
                          "a franchisor's cancelled licence beside the seller's live one"),),
             note="Clean: a franchisor's 注销 code sits beside the seller's 存续 licence."),
)


def build() -> Family:
    """The daodian family: shop and 资质 pages filled from string.Template strings."""
    pages, assets = collect(MERCHANTS, lambda m: (_pages(m), {}))
    targets = tuple(Target(m.tid, "dianping", "storefront", f"/dianping/shop/{m.slug}/",
                           m.shop_name, m.reg.name, m.reg.uscc, m.reg.uscc[2:8], m.category,
                           m.note) for m in MERCHANTS)
    return Family(FAMILY, "大众点评式到店商家（团购券、商家资质页）",
                  "string.Template strings with $fields, filled per merchant; dpx_ classes",
                  "到店 local services: 团购套餐 with 随时退/过期自动退, 商家公告, 网友点评, "
                  "商家资质 page per 电子商务法 §15",
                  False, targets, pages, assets,
                  registry=(*(m.filed for m in MERCHANTS), BRAND_GONE))
