"""Family `kuangjia` (sealed, tenth batch): old-style 企业官网 built with frames or an iframe.

Pages are written as old table-layout HTML with upper-case tags and `%`-formatting; no
classes, `bgcolor` and `<font>`. A site is one of three builds: a `<frameset>` (top banner,
left menu, a `main` frame whose menu links target it), a single page whose content area
is an `<iframe name="nr">`, or a plain page whose footer links "营业执照（PDF）" to the HTML
landing page of a PDF viewer. The licence sits only in the framed 企业资质 page (or that
landing page); the home frame holds the 公司简介, the products frame the 产品中心.
"""
# ruff: noqa: UP031  # %-formatting on purpose: this family imitates an old generator

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from demo.families.corpus import (
    Family,
    Filed,
    Label,
    Page,
    Registered,
    Said,
    Shown,
    Target,
    collect,
    labels_of,
    licence_labels,
    permit_labels,
    registry_labels,
)

WHERE = {"frameset": "in the 企业资质 page of a frameset's main frame",
         "iframe": "in the 企业资质 page loaded into an iframe content area",
         "pdf": "on the HTML landing page of a footer '营业执照（PDF）' link"}


@dataclass(frozen=True)
class Site:
    """One firm's old 官网. build: frameset, iframe or pdf; shown None = no licence fields."""

    tid: str
    slug: str
    build: str
    name: str  # the site's banner name
    reg: Registered
    category: str
    shown: Shown | None
    intro: tuple[Said | str, ...]
    goods: tuple[Said | str, ...]
    cert: tuple[Said | str, ...] = ()  # other wording on the 企业资质 page
    permit: str = ""
    status: str = "存续"
    status_date: str = ""
    note: str = ""

    @property
    def path(self) -> str:
        return f"/{self.slug}/"

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status, self.status_date)


def _t(w: Said | str) -> str:
    return w.text if isinstance(w, Said) else w


def _doc(title: str, body: str) -> bytes:
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML><HEAD>'
            '<META http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<TITLE>%s</TITLE></HEAD>%s</HTML>" % (escape(title), body)).encode()


def _paras(items: tuple[Said | str, ...]) -> str:
    return "".join('<P><FONT size="2">%s</FONT></P>' % escape(_t(w)) for w in items)


def _menu(s: Site, target: str) -> str:
    links = [("main.html", "公司简介"), ("chanpin.html", "产品中心"), ("zizhi.html", "企业资质")]
    attr = ' target="%s"' % target if target else ""
    return "".join('<TR><TD><A href="%s"%s>%s</A></TD></TR>' % (h, attr, t) for h, t in links)


def _licence_rows(s: Site) -> str:
    if s.shown is None:
        return '<TR><TD colspan="2">资质证书扫描件正在整理，敬请期待。</TD></TR>'
    person = "经营者" if "个体" in s.shown.kind else "法定代表人"
    pairs = [("名    称", s.shown.name), ("统一社会信用代码", s.shown.uscc),
             ("类    型", s.shown.kind), (person, s.shown.person),
             ("住    所", s.shown.address), ("成立日期", s.shown.founded)]
    if s.permit:
        pairs.append(("食品经营许可证", s.permit))
    return "".join('<TR><TD bgcolor="#EEEEEE">%s</TD><TD>%s</TD></TR>' % (escape(k), escape(v))
                   for k, v in pairs)


def _said(items: tuple[Said | str, ...]) -> list[Label]:
    return labels_of(w for w in items if isinstance(w, Said))


def pages_of(s: Site) -> list[Page]:
    """A site's pages: the shell (frameset, iframe page or plain page) and its content pages."""
    p, title = s.path, s.name
    pages: list[Page] = []
    if s.build == "frameset":
        shell = ('<FRAMESET rows="90,*" border="0"><FRAME src="top.html" name="top" '
                 'scrolling="no"><FRAMESET cols="170,*"><FRAME src="menu.html" name="left">'
                 '<FRAME src="main.html" name="main"></FRAMESET><NOFRAMES><BODY>您的浏览器不支持'
                 "框架，请<A href=\"main.html\">点此进入</A>。</BODY></NOFRAMES></FRAMESET>")
        pages += [Page(p, "home", _doc(title, shell)),
                  Page(p + "top.html", "home", _doc(title, '<BODY bgcolor="#003366"><FONT '
                                                    'color="#FFFFFF" size="5">%s</FONT></BODY>'
                                                    % escape(title))),
                  Page(p + "menu.html", "home", _doc(title, "<BODY><TABLE>%s</TABLE></BODY>"
                                                     % _menu(s, "main")))]
    elif s.build == "iframe":
        shell = ('<BODY><TABLE width="960" align="center"><TR><TD colspan="2" bgcolor="#8B0000">'
                 '<FONT color="#FFFFFF" size="5">%s</FONT></TD></TR><TR><TD width="160" '
                 'valign="top"><TABLE>%s</TABLE></TD><TD><IFRAME name="nr" src="main.html" '
                 'width="780" height="600" frameborder="0"></IFRAME></TD></TR></TABLE></BODY>'
                 % (escape(title), _menu(s, "nr")))
        pages.append(Page(p, "home", _doc(title, shell)))
    else:
        shell = ('<BODY><CENTER><FONT size="5">%s</FONT><BR><A href="chanpin.html">产品中心</A>'
                 '</CENTER>%s<HR><CENTER><FONT size="1">版权所有 %s　<A href="zhizhao-pdf.html">'
                 "营业执照（PDF）</A></FONT></CENTER></BODY>"
                 % (escape(title), _paras(s.intro), escape(title)))
        pages.append(Page(p, "home", _doc(title, shell), tuple(_said(s.intro))))
    if s.build != "pdf":
        pages.append(Page(p + "main.html", "home", _doc("公司简介", "<BODY>%s</BODY>"
                                                        % _paras(s.intro)),
                          tuple(_said(s.intro))))
    pages.append(Page(p + "chanpin.html", "item",
                      _doc("产品中心", "<BODY><B>产品中心</B>%s</BODY>" % _paras(s.goods)),
                      tuple(_said(s.goods))))
    labels = licence_labels(s.shown, s.reg, s.name, WHERE[s.build])
    labels += registry_labels(s.shown, s.filed, s.name) + permit_labels(s.category, s.permit)
    labels += _said(s.cert)
    if s.shown is None:
        labels.append(Label("violation", "licence.missing",
                            "the 企业资质 page promises scans but shows no licence"))
    if s.build == "pdf":
        body = ('<BODY bgcolor="#525659"><TABLE bgcolor="#FFFFFF" width="700" align="center">'
                '<TR><TD colspan="2">文件预览：营业执照（副本）.pdf　第 1 页 / 共 1 页</TD></TR>'
                "%s</TABLE>%s</BODY>" % (_licence_rows(s), _paras(s.cert)))
        pages.append(Page(p + "zhizhao-pdf.html", "licence", _doc("营业执照.pdf", body),
                          tuple(labels)))
    else:
        body = ('<BODY><B>企业资质</B><TABLE border="1" cellspacing="0">%s</TABLE>%s</BODY>'
                % (_licence_rows(s), _paras(s.cert)))
        pages.append(Page(p + "zizhi.html", "licence", _doc("企业资质", body), tuple(labels)))
    return pages


def build() -> Family:
    """The kuangjia family."""
    from demo.families.kuangjia.sites import SITES

    pages, assets = collect(SITES, lambda s: (pages_of(s), {}))
    targets = tuple(Target(s.tid, "other", "storefront", s.path, s.name, s.reg.name,
                           s.reg.uscc, s.reg.uscc[2:8], s.category, s.note) for s in SITES)
    return Family(
        "kuangjia", "老式企业官网（框架 frameset / iframe 内容区 / PDF 执照落地页）",
        "HTML 4.01 tables with %-formatting, upper-case tags and <FONT>; a frameset, an iframe "
        "content area or a footer PDF link; the licence only in the framed 企业资质 page or the "
        "PDF viewer's HTML landing page",
        "公司简介 and 产品中心 of Yantai manufacturers and traders, partners' certificates, "
        "warnings on the 企业资质 page",
        False, targets, pages, assets, tuple(s.filed for s in SITES))
