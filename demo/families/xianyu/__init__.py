"""Family `xianyu` (sealed): 闲鱼-style second-hand sellers, drawn from a tiny component tree.

Each page is a tree of small frozen components (`Box`, `Words`, `Link`, `Avatar`), each
with its own `html()`; the tree is the page. Class names are kebab-case with a `yu-`
prefix and `is-` state classes. A seller's 个人主页 shows their nick, 芝麻信用 and the
platform's own tags (实人认证, 鱼小铺), their 在卖 listings and, for some, a 鱼小铺 资质
block or a self-declaration; an item page shows the description and the 留言 thread
(buyers' questions, the seller's replies). Individuals sell their own used goods now and
then (电子商务法 第十条: no registration); traders posing as individuals carry repeated
new stock and need a licence.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from demo.families.corpus import (
    Family,
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
)

FAMILY = "xianyu"
CSS = ("body{margin:0;font:14px sans-serif;background:#fafafa}.yu-card{background:#fff;"
       "margin:8px;padding:8px;border-radius:8px}.yu-tag{background:#ffe60f;padding:0 4px}"
       ".is-seller .yu-msg-who{color:#d60}")


@dataclass(frozen=True)
class Words:
    """A run of text in one element."""

    text: str
    cls: str
    tag: str = "p"

    def html(self) -> str:
        return f'<{self.tag} class="{self.cls}">{escape(self.text)}</{self.tag}>'


@dataclass(frozen=True)
class Link:
    """A link."""

    text: str
    href: str
    cls: str

    def html(self) -> str:
        return f'<a class="{self.cls}" href="{escape(self.href)}">{escape(self.text)}</a>'


@dataclass(frozen=True)
class Avatar:
    """The seller's round picture (a coloured initial)."""

    initial: str

    def html(self) -> str:
        return f'<span class="yu-avatar" aria-hidden="true">{escape(self.initial)}</span>'


@dataclass(frozen=True)
class Box:
    """A container of components."""

    cls: str
    kids: tuple[Words | Link | Avatar | Box, ...]
    tag: str = "div"
    label: str = ""

    def html(self) -> str:
        aria = f' aria-label="{escape(self.label)}"' if self.label else ""
        inner = "".join(k.html() for k in self.kids)
        return f'<{self.tag} class="{self.cls}"{aria}>{inner}</{self.tag}>'


def document(title: str, body: Box) -> bytes:
    """A whole page around one component tree."""
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<title>{escape(title)}</title><style>{CSS}</style></head><body>{body.html()}'
            f'</body></html>').encode()


@dataclass(frozen=True)
class Listing:
    """One 在卖 listing: title, price, 想要 count, description and its 留言 thread."""

    iid: str
    title: Said
    price: str
    wants: int
    desc: tuple[Said, ...] = ()
    thread: tuple[tuple[str, bool, Said], ...] = ()  # (nick, is the seller, words)


@dataclass(frozen=True)
class Seller:
    """One seller: an individual (reg None) or a business, and what their pages show."""

    tid: str
    uid: str
    nick: str
    city: str
    category: str
    listings: tuple[Listing, ...]
    reg: Registered | None = None
    shown: Shown | None = None
    bio: tuple[Said, ...] = ()  # 个人简介 (the seller's words)
    tags: tuple[str, ...] = ("实人认证",)  # the platform's own tags
    permit: str = ""
    trader: bool = False  # a business posing or acting as a seller (needs a licence)
    district: str = ""
    exempt: str = ""  # why an individual needs no registration (note of the decoy)
    note: str = ""


def _licence_box(s: Seller) -> Box | None:
    if s.shown is None:
        return None
    rows = (("主体名称", s.shown.name), ("统一社会信用代码", s.shown.uscc),
            ("主体类型", s.shown.kind), ("经营者", s.shown.person),
            ("经营场所", s.shown.address))
    kids: list[Words | Link | Avatar | Box] = [
        Words("鱼小铺 · 营业执照信息", "yu-cert-title", "h3")]
    kids += [Box("yu-cert-row", (Words(k, "yu-cert-k", "span"), Words(v, "yu-cert-v", "span")))
             for k, v in rows]
    if s.permit:
        kids.append(Words(f"食品经营许可证：{s.permit}", "yu-cert-permit"))
    kids.append(Words("以上信息由卖家上传，闲鱼已核验。", "yu-cert-foot"))
    return Box("yu-card yu-cert", tuple(kids), "section", "营业执照")


def _home(s: Seller) -> bytes:
    head = Box("yu-card yu-profile", (
        Avatar(s.nick[0]), Words(s.nick, "yu-nick", "h1"),
        Words(f"{s.city} · 芝麻信用极好 · 卖出{sum(x.wants for x in s.listings) // 3 + 2}件",
              "yu-credit"),
        Box("yu-tags", tuple(Words(t, "yu-tag", "span") for t in s.tags), "div", "平台标签"),
        *(Words(b.text, "yu-bio") for b in s.bio)), "header")
    cards = Box("yu-shelf", tuple(
        Box("yu-card yu-listing", (Link(x.title.text, f"item/{x.iid}", "yu-listing-title"),
                                   Words(f"¥{x.price}", "yu-price", "b"),
                                   Words(f"{x.wants}人想要", "yu-wants", "span")))
        for x in s.listings), "section", "在卖")
    cert = _licence_box(s)
    tip = Words("闲鱼提示：请在闲鱼内沟通和交易，勿添加对方微信、QQ，勿点击站外链接，"
                "站外交易无法享受平台保障。", "yu-safety")
    kids = (head, cards, *((cert,) if cert else ()), tip)
    return document(f"{s.nick}的闲鱼", Box("yu-page", kids, "main"))


def _item(s: Seller, x: Listing) -> bytes:
    thread = Box("yu-card yu-thread", (
        Words(f"留言 · {len(x.thread)}", "yu-thread-title", "h3"),
        *(Box("yu-msg is-seller" if mine else "yu-msg", (
            Words(nick, "yu-msg-who", "span"),
            *((Words("卖家", "yu-msg-role", "span"),) if mine else ()),
            Words(said.text, "yu-msg-text"))) for nick, mine, said in x.thread)),
        "section", "留言")
    page = Box("yu-page", (
        Box("yu-card yu-item", (Words(x.title.text, "yu-item-title", "h1"),
                                Words(f"¥{x.price}", "yu-price", "b"),
                                *(Words(d.text, "yu-desc") for d in x.desc))),
        Box("yu-card yu-owner", (Avatar(s.nick[0]),
                                 Link(s.nick, f"/f/{FAMILY}/xy/user/{s.uid}/", "yu-owner-link"),
                                 Words(s.city, "yu-owner-city", "span"))),
        thread,
        Words("闲鱼提示：所有交易请使用闲鱼担保交易，付款到闲鱼，确认收货后卖家才收到钱。",
              "yu-safety")), "main")
    return document(x.title.text, page)


def _pages(s: Seller) -> list[Page]:
    root = f"/xy/user/{s.uid}/"
    home = labels_of([*s.bio, *(x.title for x in s.listings)])
    if s.reg is not None:
        home += licence_labels(s.shown, s.reg, s.nick, "in the 鱼小铺 block of the profile")
    home += permit_labels(s.category, s.permit)
    if s.trader and s.shown is None:
        home.append(Label("violation", "licence.missing",
                          "a trader (repeated new stock, a shop-like page) shows no licence; "
                          "电子商务法 第十条 does not cover it"))
    if not s.trader:
        home.append(Label("decoy", "licence.missing", s.exempt))
    home.append(Label("decoy", "live.offplatform_lure",
                      "the platform's safety tip names 微信 / QQ to warn against them"))
    pages = [Page(root, "home", _home(s), tuple(home))]
    for x in s.listings:
        said = [*x.desc, *(w for _, _, w in x.thread)]
        pages.append(Page(f"{root}item/{x.iid}", "item", _item(s, x), tuple(labels_of(said))))
    return pages


def build() -> Family:
    """The xianyu family: seller profiles and listing pages."""
    from demo.families.xianyu.sellers import SELLERS

    pages, _ = collect(SELLERS, lambda s: (_pages(s), {}))
    targets = tuple(Target(s.tid, "闲鱼", "storefront", f"/xy/user/{s.uid}/", s.nick,
                           s.reg.name if s.reg else "", s.reg.uscc if s.reg else "",
                           s.reg.uscc[2:8] if s.reg else s.district, s.category, s.note)
                    for s in SELLERS)
    return Family(FAMILY, "闲鱼式二手与个人卖家（组件树）",
                  "tree of frozen components (Box/Words/Link/Avatar) each rendering itself; "
                  "yu- kebab classes with is- states",
                  "闲鱼 listings: 个人闲置 descriptions, 留言 threads with 卖家 replies, 鱼小铺 "
                  "资质 blocks, self-declarations, the platform's safety tips",
                  False, targets, pages, {})
