"""Family `liuzi` (sealed): 家装/建材/二手车 lead-generation pages (留资落地页) on self-built sites.

Each seller has a landing page (banner, 免费报价 form, 案例, 客户评价, a news strip) and a
关于我们 page, or only a footer, where its 营业执照 sits. Markup comes from a tiny component
tree: `E(tag, cls, *children)` nodes rendered recursively, composed by section functions.
Class names use a `lz-` prefix with BEM-like `__` parts. Wording follows lead-gen pages
(免费设计, 量房, 报价, 零增项, 检测车况) and regulators' published cases on 家装 adverts.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from demo.families.codes import code_for, with_wrong_check
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

FAMILY = "liuzi"


@dataclass(frozen=True)
class E:
    """A node of the component tree: tag, class, attributes and children (nodes or text)."""

    tag: str
    cls: str = ""
    kids: tuple[E | str, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()

    def html(self) -> str:
        attrs = (f' class="{self.cls}"' if self.cls else "") + "".join(
            f' {k}="{escape(v)}"' for k, v in self.attrs)
        inner = "".join(k.html() if isinstance(k, E) else escape(k) for k in self.kids)
        return f"<{self.tag}{attrs}>{inner}</{self.tag}>"


def e(tag: str, cls: str = "", *kids: E | str | Said, **attrs: str) -> E:
    """A node; Said children contribute their text."""
    return E(tag, cls, tuple(k.text if isinstance(k, Said) else k for k in kids),
             tuple(attrs.items()))


@dataclass(frozen=True)
class Lead:
    """One lead-generation seller: registry record, display and wording."""

    tid: str
    slug: str
    shop_name: str
    category: str
    reg: Registered
    shown: Shown | None
    banner: Said
    points: tuple[Said, ...] = ()
    reviews: tuple[tuple[str, Said], ...] = ()
    news: tuple[Said, ...] = ()
    where: str = "about"  # about: 关于我们 page; footer: footer of every page
    about: tuple[Said, ...] = ()
    note: str = ""
    status: str = "存续"  # the registry's 登记状态 of reg (registry.csv)
    status_date: str = ""

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status, self.status_date)


def _licence_block(s: Shown) -> E:
    rows = (("企业名称", s.name), ("统一社会信用代码", s.uscc), ("企业类型", s.kind),
            ("法定代表人", s.person), ("注册地址", s.address), ("成立时间", s.founded))
    return e("table", "lz-lic", *(e("tr", "lz-lic__row", e("th", "lz-lic__k", k),
                                    e("td", "lz-lic__v", v)) for k, v in rows))


def _footer(ld: Lead) -> E:
    kids: list[E | str] = [e("p", "lz-foot__tel", "咨询热线 400-6" + str(len(ld.slug)) + "5-0535")]
    if ld.where == "footer" and ld.shown is not None:
        kids.append(e("p", "lz-foot__lic", f"{ld.shown.name}  统一社会信用代码：{ld.shown.uscc}"))
    kids.append(e("p", "lz-foot__icp", "鲁ICP备2024" + str(len(ld.shop_name) * 1013) + "号-1"))
    return e("footer", "lz-foot", *kids)


def _doc(title: str, ld: Lead, *body: E) -> bytes:
    page = e("html", "", e("head", "", e("title", "", title)),
             e("body", "lz-page", e("nav", "lz-nav", e("a", "lz-nav__a", "首页", href="./"),
                                    e("a", "lz-nav__a", "关于我们", href="about")),
               *body, _footer(ld)))
    return ("<!DOCTYPE html>" + page.html().replace("<html>", '<html lang="zh-CN">', 1)
            .replace("<head>", '<head><meta charset="utf-8">', 1)).encode()


def _landing(ld: Lead) -> bytes:
    form = e("form", "lz-form", e("h2", "lz-form__h", "免费获取报价"),
             e("input", "lz-form__in", placeholder="您的称呼"),
             e("input", "lz-form__in", placeholder="手机号码"),
             e("button", "lz-form__go", "立即预约"))
    parts = [e("section", "lz-hero", e("h1", "lz-hero__t", ld.shop_name),
               e("p", "lz-hero__s", ld.banner)), form]
    if ld.points:
        parts.append(e("ul", "lz-points", *(e("li", "lz-points__i", s) for s in ld.points)))
    if ld.reviews:
        parts.append(e("section", "lz-say", e("h2", "lz-say__h", "客户评价"),
                       *(e("blockquote", "lz-say__q", e("cite", "lz-say__who", w), s)
                         for w, s in ld.reviews)))
    if ld.news:
        parts.append(e("section", "lz-news", e("h2", "lz-news__h", "行业资讯"),
                       *(e("p", "lz-news__p", s) for s in ld.news)))
    return _doc(ld.shop_name, ld, *parts)


def _about(ld: Lead) -> bytes:
    kids: list[E] = [e("h1", "lz-about__h", "关于我们"),
                     *(e("p", "lz-about__p", s) for s in ld.about)]
    if ld.where == "about" and ld.shown is not None:
        kids += [e("h2", "lz-about__h2", "营业执照信息"), _licence_block(ld.shown)]
    return _doc(ld.shop_name + " - 关于我们", ld, e("main", "lz-about", *kids))


def _pages(ld: Lead) -> list[Page]:
    root = f"/lz/{ld.slug}/"
    footer = ld.where == "footer"
    hard = "in the footer of every page" if footer else "on the 关于我们 page"
    lic: list[Label] = licence_labels(ld.shown, ld.reg, ld.shop_name, hard)
    lic += permit_labels(ld.category, "")
    lic += registry_labels(ld.shown, ld.filed, ld.shop_name)
    if ld.shown is None:
        lic.append(Label("violation", "licence.missing",
                         "no licence on the landing page, 关于我们 or footer (ICP 备案 only)"))
    home = labels_of([ld.banner, *ld.points, *(s for _, s in ld.reviews), *ld.news])
    about = labels_of(ld.about)
    if footer:
        return [Page(root, "home", _landing(ld), tuple(home + lic)),
                Page(root + "about", "item", _about(ld), tuple(about))]
    return [Page(root, "home", _landing(ld), tuple(home)),
            Page(root + "about", "licence", _about(ld), tuple(about + lic))]


def _reg(seed: str, name: str, division: str, person: str, addr: str, founded: str,
         individual: bool = False) -> Registered:
    kind = "个体工商户" if individual else "有限责任公司"
    return Registered(name, code_for("liuzi/" + seed, division, "2" if individual else "1"),
                      kind, person, addr, founded)


R = (
    _reg("jujia", "烟台居家优品装饰工程有限公司", "370602", "周斌", "烟台市芝罘区西大街56号",
         "2015-03-18"),
    _reg("yipin", "烟台一品匠心装饰设计有限公司", "370613", "韩涛", "烟台市莱山区观海路200号",
         "2018-07-21"),
    _reg("cizhuan", "烟台福山区宏达建材经营部", "370611", "牟宏达", "烟台市福山区永达街9号",
         "2012-10-30", individual=True),
    _reg("jiaquan", "烟台净居环保科技有限公司", "370671", "郝静", "烟台高新区航天路11号",
         "2020-05-05"),
    _reg("zhuangxiu", "龙口市安家装饰工程有限公司", "370681", "孙安", "龙口市港城大道8号",
         "2019-09-19"),
    _reg("ershouche", "烟台开发区诚信二手车经纪有限公司", "370676", "邵勇", "烟台开发区珠江路100号",
         "2017-02-02"),
    _reg("chugui", "莱阳市木匠坊橱柜厂", "370682", "冷强", "莱阳市富山路3号", "2016-04-08",
         individual=True),
    _reg("fangchan", "招远市安居房产经纪有限公司", "370685", "温雅", "招远市温泉路15号",
         "2021-12-01"),
    _reg("diban", "海阳市绿森地板商行", "370687", "程森", "海阳市海政路22号", "2018-08-28",
         individual=True),
    _reg("zhengzhuang", "烟台蓬莱区宜居整装有限公司", "370614", "鞠明", "烟台市蓬莱区钟楼东路6号",
         "2022-06-06"),
    _reg("laojiefang", "烟台芝罘区老街坊装饰工程有限公司", "370602", "曲明",
         "烟台市芝罘区解放路12号", "2013-04-01"),
    _reg("meijiacang", "烟台美家仓建材销售有限公司", "370613", "于佳", "烟台市莱山区盛泉路5号",
         "2023-03-15"),
)
OTHER_FIN = code_for("liuzi/finance", "370602", "1")

LEADS = (
    Lead("lz-01", "jujiayoupin", "居家优品装修", "家装服务", R[0], shown_as(R[0]),
         Said("免费上门量房 · 免费出设计方案 · 报价透明"),
         (Said("全包、半包、局部翻新"), Said("施工节点验收，水电质保5年")),
         reviews=(("芝罘区王女士", decoy("ad.absolute_terms", "工长是我见过最负责的，没有之一",
                                          "a customer's testimonial, not the seller's claim")),),
         about=(Said("公司成立于2015年，专注烟台本地老房翻新。"),),
         note="Clean: licence on 关于我们; a testimonial says 最负责."),
    Lead("lz-02", "yipinjiangxin", "一品匠心全屋整装", "家装服务", R[1], shown_as(R[1]),
         bad("ad.absolute_terms", "烟台第一家装品牌，全市最低价，零增项",
             "第一 and 最低价 in the seller's own banner"),
         (bad("ad.absolute_terms", "国家级施工标准，顶级环保材料",
              "国家级 and 顶级 in the seller's selling points"),),
         about=(Said("一品匠心，用心装好每一个家。"),),
         note="The banner says 烟台第一 and 全市最低价."),
    Lead("lz-03", "hongdajiancai", "宏达瓷砖建材", "建材", R[2], shown_as(R[2]),
         Said("品牌瓷砖 工厂价直供 线上下单送货上门"),
         (bad("returns.refused", "瓷砖一经售出，概不退换，请确认色号后下单",
              "standard tiles sold online are refused any return"),),
         where="footer", note="Tiles 概不退换 online; licence only in the footer."),
    Lead("lz-04", "jingjuhuanbao", "净居除甲醛", "环保服务", R[3], shown_as(R[3]),
         bad("ad.medical_claims", "专业除甲醛，治好孩子过敏性鼻炎和哮喘",
             "a cleaning service claims to cure rhinitis and asthma"),
         (Said("CMA检测 · 不达标全额退款"),),
         news=(decoy("ad.medical_claims", "科普：甲醛超标可能引发呼吸道不适，有症状请及时就医",
                     "health information that sends readers to a doctor, no cure claimed"),),
         note="Claims the service cures rhinitis and asthma."),
    Lead("lz-05", "anjiazhuangshi", "安家装饰", "家装服务", R[4], None,
         Said("龙口装修 就找安家 免费报价"), (Said("拎包入住套餐"),),
         note="No licence anywhere: only an ICP 备案 number in the footer."),
    Lead("lz-06", "chengxinche", "诚信二手车", "二手车", R[5],
         shown_as(R[5], uscc=with_wrong_check(R[5].uscc)),
         Said("检测车况 · 过户代办 · 分期购车"),
         (decoy("licence.mismatch", f"分期服务由烟台恒通融资租赁有限公司提供（统一社会信用代码 "
                f"{OTHER_FIN}）", "a financing partner's licence, not the seller's"),),
         where="footer", note="The footer's code fails its check; a partner's licence is shown."),
    Lead("lz-07", "mujiangfang", "木匠坊定制橱柜", "家具", R[6],
         shown_as(R[6], name="莱阳木匠坊家居有限公司"),
         Said("全屋定制 按尺寸生产 免费上门测量"),
         (decoy("returns.refused", "定制橱柜按您家尺寸生产，不适用七天无理由退货",
                "goods made to the buyer's measure are a statutory exception"),),
         about=(Said("二十年木工手艺。"),),
         note="The 关于我们 licence shows another name than the registered one."),
    Lead("lz-08", "anjufangchan", "安居找房", "房产经纪", R[7], shown_as(R[7]),
         Said("招远二手房 · 新房 · 租房 真房源"),
         news=(decoy("ad.absolute_terms", "案例：某中介因房源广告使用“最佳学区”被市场监管部门"
                     "责令改正", "a published case quoting the banned word"),),
         about=(Said("持证经纪人服务。"),),
         note="Clean: a news item quotes a regulator's case about 最佳."),
    Lead("lz-09", "lvsendiban", "绿森地板", "建材", R[8], shown_as(R[8]),
         Said("实木复合地板 网上下单 包安装"),
         (decoy("returns.refused", "未安装未拆封的地板支持七天无理由退货，退货运费由买家承担",
                "the statutory 7-day return honoured"),
          decoy("ad.medical_claims", "本产品为装饰材料，不具有任何保健或治疗作用",
                "a negation of health effects")),
         where="footer", note="Clean: 7-day return honoured; licence in the footer."),
    Lead("lz-10", "yijuzhengzhuang", "宜居整装", "家装服务", R[9], shown_as(R[9]),
         Said("蓬莱整装 先装修后付款"),
         reviews=(("蓬莱刘先生", decoy("returns.refused", "之前说定金不退，后来还是退给我了",
                                        "a customer's story about a deposit, not a term")),),
         about=(Said("宜居整装，蓬莱本地品牌。"),),
         note="Clean: licence on 关于我们; a review about a refunded deposit."),
    Lead("lz-11", "laojiefang", "老街坊装饰", "家装服务", R[10], shown_as(R[10]),
         Said("老房翻新 厨卫改造 免费上门量房"), where="footer", status="注销",
         status_date="2024-06-30",
         note="The footer shows the licence of a company the registry shows as 注销."),
    Lead("lz-12", "meijiacang", "美家仓建材", "建材", R[11], shown_as(R[11]),
         Said("瓷砖 卫浴 地板 一站购齐"),
         about=(decoy("licence.deregistered", "原烟台莱山区美家建材经营部已于2023年2月注销，业务由"
                      "烟台美家仓建材销售有限公司承接，售后不受影响。",
                      "a former entity's 注销 told on the page; the code shown is 存续"),),
         note="Clean: the page tells of a former entity's 注销; its own licence is 存续."),
)


def build() -> Family:
    """The liuzi family: landing and 关于我们 pages rendered from a component tree."""
    pages, assets = collect(LEADS, lambda ld: (_pages(ld), {}))
    targets = tuple(Target(ld.tid, "other", "storefront", f"/lz/{ld.slug}/", ld.shop_name,
                           ld.reg.name, ld.reg.uscc, ld.reg.uscc[2:8], ld.category, ld.note)
                    for ld in LEADS)
    return Family(FAMILY, "家装/建材/二手车留资落地页（组件树渲染）",
                  "a tiny component tree E(tag, cls, *children) rendered recursively; lz- "
                  "classes with __ parts",
                  "lead-generation wording: 免费量房/报价, 零增项, 检测车况, 客户评价, 行业资讯 "
                  "quoting regulators' cases, 关于我们 and footer licences",
                  False, targets, pages, assets, registry=tuple(ld.filed for ld in LEADS))
