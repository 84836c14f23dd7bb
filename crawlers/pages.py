"""What the spider reads off a shop page: licence entries to follow, images worth keeping.

Pure functions over HTML text or over the image list the browser reports, so
they are tested without a crawl. Nothing here keys on one site's markup: the
words come from the site profile, and the generic ones serve unknown sites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

from parsel import Selector

from crawlers.profiles import SiteProfile

_NOT_LICENCE = ("icp", "备案", "公安", "beian", "miit")


@dataclass(frozen=True)
class Link:
    """A link on a page: where it goes and every text a reader sees for it."""

    url: str
    label: str
    context: str = ""  # the text of the link's parent element, for links saying only 查看


def _label(anchor: Selector) -> str:
    parts = [
        " ".join(anchor.xpath(".//text()").getall()),
        anchor.attrib.get("title", ""),
        anchor.attrib.get("aria-label", ""),
        " ".join(anchor.xpath(".//img/@alt | .//img/@title").getall()),
    ]
    return " ".join(" ".join(parts).split())


# A fragment that names a route (#/qualification, #!/goods/7) on a page its scripts render is
# a page of its own for a browser visit (a single-page app's hash router draws it); any
# other fragment (#top, #section) is a place within the page, the same page.
_ROUTE = re.compile(r"#!?/.")


def is_shell(html: str) -> bool:
    """True when the page carries scripts, so hash routes on it are rendered client-side."""
    return "<script" in html.lower()


def resolve(base_url: str, href: str, shell: bool) -> str:
    """The page a link leads to: its absolute URL, the fragment kept only when it names a
    route (#/..., #!/...) of a script-rendered shell, dropped otherwise."""
    url = urljoin(base_url, href)
    page, _, fragment = url.partition("#")
    return url if shell and _ROUTE.match("#" + fragment) else page


@dataclass(frozen=True)
class Markup:
    """One fetched page parsed once for link picking: its selector and its links. Every
    function here takes the page's HTML text or its Markup; follow_plan parses a page once
    for all of them."""

    html: str
    selector: Selector
    links: tuple[Link, ...]

    @classmethod
    def of(cls, html: str | Markup, url: str) -> Markup:
        if isinstance(html, Markup):
            return html
        selector = Selector(text=html, type="html")
        return cls(html, selector, tuple(_links(selector, url, is_shell(html))))


def links(html: str | Markup, base_url: str) -> list[Link]:
    """Every http(s) link on the page with its visible label (hash routes of a
    script-rendered shell count as links; in-page anchors do not)."""
    return list(Markup.of(html, base_url).links)


def _links(selector: Selector, base_url: str, shell: bool) -> list[Link]:
    out: list[Link] = []
    for anchor in selector.css("a[href]"):
        href = (anchor.attrib.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "tel:")):
            continue
        url = resolve(base_url, href, shell)
        if url.split("#", 1)[0] == url and href.startswith("#"):
            continue  # an in-page anchor, #top: the page itself
        if urlsplit(url).scheme in ("http", "https"):
            parent = " ".join(anchor.xpath("normalize-space(..)").getall())[:60]
            out.append(Link(url, _label(anchor), parent))
    return out


def same_shop(url: str, shop_url: str) -> bool:
    """True when url is on the shop's own host (licence entries are never followed off it)."""
    return (urlsplit(url).hostname or "") == (urlsplit(shop_url).hostname or "")


def _where(url: str) -> str:
    """A URL's path, query and route fragment, percent-decoded and lower-cased: what its
    href words are read in (a file named 营业执照.pdf says what it holds)."""
    split = urlsplit(url)
    return unquote(f"{split.path}?{split.query}#{split.fragment}").lower()


def _is_licence_entry(link: Link, profile: SiteProfile) -> bool:
    label = link.label.lower()
    if link.context and label.strip(" >»》") in profile.generic_link_words:
        label = f"{label} {link.context.lower()}"  # 营业执照信息：<a>点击查看</a>
    if any(word in label for word in _NOT_LICENCE):
        return False
    if any(word.lower() in label for word in profile.licence_words):
        return True
    where = _where(link.url)
    return any(word.lower() in where
               for word in (*profile.licence_href_words, *profile.licence_words))


# A control (a tab, a button, a link without an address of its own) that loads its panel or
# opens its page on tap names what it loads in a data-* attribute (data-src, data-url,
# data-cert ...): a path or an http(s) URL, no spaces; or its onclick opens it by name
# (window.open('zz.html'), location.href = '/cert').
_TAP_CONTROLS = ("button, [role=tab], [role=button], summary, a[href^='javascript'], a:not([href]),"
                 " [onclick]")
_TAP_URL = re.compile(r"(?:https?://|/|\./|\.\./)[^\s\"'<>]+|[\w\-]+(?:/[\w.\-]+)*\.(?:json|html?|php|aspx?)")
_ONCLICK_URL = re.compile(r"""(?:window\.open|location\.(?:assign|replace)"""
                          r"""|location(?:\.href)?\s*=)\s*\(?\s*["']([^"'\s<>]+)["']""")


def tap_sources(selector: Selector, page_url: str) -> list[Link]:
    """What the page's tabs and buttons load when tapped (a fetch() of a data-* URL), as
    links labelled by the control: a panel filled on tap is read from the URL it would
    fetch, without a click, so a licence tab is followed like a licence link."""
    out: list[Link] = []
    for control in selector.css(_TAP_CONTROLS):
        named = [value.strip() for name, value in control.attrib.items()
                 if name.startswith("data-") and _TAP_URL.fullmatch(value.strip())]
        named += _ONCLICK_URL.findall(control.attrib.get("onclick", ""))
        for value in named:
            url = urljoin(page_url, value).split("#", 1)[0]
            if urlsplit(url).scheme in ("http", "https"):
                out.append(Link(url, _label(control)))
    return out


def licence_entries(html: str | Markup, page_url: str, shop_url: str, profile: SiteProfile
                    ) -> list[str]:
    """Licence-page URLs to follow from this page, within the same shop, best first."""
    found: list[str] = []
    page = Markup.of(html, page_url)
    selector = page.selector
    shell = is_shell(page.html)
    for css in profile.licence_link:
        for href in selector.css(css).xpath("./@href").getall():
            found.append(resolve(page_url, href, shell))
    found += [link.url for link in page.links if _is_licence_entry(link, profile)]
    found += [link.url for link in tap_sources(selector, page_url)
              if _is_licence_entry(link, profile)]
    unique = [u for u in dict.fromkeys(found) if same_shop(u, shop_url) and u != page_url]
    return unique[: profile.max_licence_pages]


def _is_about_entry(link: Link, profile: SiteProfile) -> bool:
    label = link.label.lower()
    if any(word in label for word in _NOT_LICENCE):
        return False
    if any(word in label for word in profile.about_words):
        return True
    path = urlsplit(link.url).path.lower()
    return any(word in path for word in profile.about_href_words)


def _is_goods_entry(link: Link, profile: SiteProfile) -> bool:
    label = link.label.lower()
    return any(word.lower() in label for word in profile.item_words)


def _is_shop_entry(link: Link, profile: SiteProfile) -> bool:
    label = link.label.lower()
    return any(word.lower() in label for word in profile.shop_words)


def about_entries(html: str | Markup, page_url: str, shop_url: str, profile: SiteProfile
                  ) -> list[str]:
    """The shop's own page linked from a live room (进店/橱窗/小店, shop_words) first, then
    关于我们/联系我们/公司简介/企业信息 pages of the same shop (nav or footer), where small
    sites publish the licence; never a licence entry (those go first, by licence_entries)."""
    own = [link for link in links(html, page_url) if not _is_licence_entry(link, profile)]
    found = [link.url for link in own if _is_shop_entry(link, profile)]
    found += [link.url for link in own if _is_about_entry(link, profile)]
    unique = [u for u in dict.fromkeys(found) if same_shop(u, shop_url) and u != page_url]
    return unique[: profile.max_about_pages]


# A link whose own label shows a price (¥128, ￥88, 25元) is an offer card, whatever its URL says
# (/lot/z1.html, /gift/g1.html): it leads to the goods.
PRICE_LABEL = re.compile(r"[¥￥]\s*\d|\d\s*元(?![宵旦素])")


def item_entries(html: str | Markup, page_url: str, shop_url: str, profile: SiteProfile
                 ) -> list[str]:
    """Product pages of the same shop linked from this page: those whose URL or label says
    so (the profile's item_href_words, item_words: 产品中心), in page order, then those whose
    label shows a price. A page with neither leads to its goods by its other labelled
    same-shop pages off the home page, all but the site's own controls (chrome_words)."""
    by_url: list[str] = []
    by_price: list[str] = []
    others: list[str] = []
    for link in links(html, page_url):
        split = urlsplit(link.url)
        where = _where(link.url)
        if (not same_shop(link.url, shop_url) or link.url == page_url
                or _is_licence_entry(link, profile) or _is_about_entry(link, profile)
                or _is_shop_entry(link, profile)):
            continue
        if (any(word in where for word in profile.item_href_words)
                or _is_goods_entry(link, profile)):
            by_url.append(link.url)
        elif split.path == urlsplit(shop_url).path and not split.fragment:
            continue  # the home page itself, by another URL
        elif PRICE_LABEL.search(link.label):
            by_price.append(link.url)
        elif link.label.strip() and _DOCUMENT.search(split.path) is None \
                and not _is_chrome(link, profile):
            others.append(link.url)  # (a file to download, a PDF, is no product page)
    return list(dict.fromkeys(by_url + by_price or others))[: profile.max_item_pages]


_DOCUMENT = re.compile(r"\.(?!s?html?$|php$|aspx?$|jsp$|do$|action$|cgi$)[a-z0-9]{2,5}$", re.I)


def _is_chrome(link: Link, profile: SiteProfile) -> bool:
    label = link.label.lower()
    return any(word.lower() in label for word in profile.chrome_words)


@dataclass(frozen=True)
class Frame:
    """A document a page shows inside itself (<frame>, <iframe>, an embedded PDF): part of
    the page."""

    url: str
    name: str  # the frame's name, id or title, else its place (#2) among the page's frames
    page: str  # the URL of the page it is a frame of
    kind: str = "框架 frame"  # or CAPTIONS_KIND: a video's caption track

    @property
    def note(self) -> str:
        """What the frame's capture says it is (sealed with it as a `frame` incident)."""
        return f"{self.kind} {self.name} of {self.page}"


# A page shows a document inside itself by a frame or an iframe, or embeds one (a PDF
# viewer's <embed src=...pdf>, an <object data=...>) when its type or name says it is one.
_FRAMES = "frame[src], iframe[src], embed[src], object[data]"
_EMBEDDED_DOCUMENT = re.compile(r"pdf|\bhtml?\b")
# A frame drawn at no size or hidden is not shown to the buyer (a counter, a tracker).
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
_NO_SIZE = ("0", "0px", "1", "1px")


def frames(html: str | Markup, page_url: str, shop_url: str, profile: SiteProfile
           ) -> list[Frame]:
    """The same-shop documents this page shows in its frames, iframes and embedded document
    viewers, in page order, at most the profile's max_frames: a cross-site frame (a
    platform's widget, an ad) is not the shop's, and a hidden or zero-size one is not shown
    to the buyer."""
    out: dict[str, Frame] = {}
    found = Markup.of(html, page_url).selector.css(_FRAMES)
    for place, frame in enumerate(found, 1):
        src = (frame.attrib.get("src") or frame.attrib.get("data") or "").strip()
        if frame.root.tag in ("embed", "object") and not _EMBEDDED_DOCUMENT.search(
                f"{frame.attrib.get('type', '')} {src.partition('?')[0]}".lower()):
            continue  # a plug-in's movie or applet, not a document
        url = urljoin(page_url, src).partition("#")[0]
        sizes = (frame.attrib.get("width", "").strip(), frame.attrib.get("height", "").strip())
        if (not src or src.startswith(("javascript:", "about:", "data:"))
                or urlsplit(url).scheme not in ("http", "https") or url == page_url
                or not same_shop(url, shop_url) or any(v in _NO_SIZE for v in sizes)
                or _HIDDEN_STYLE.search(frame.attrib.get("style", "").lower())):
            continue
        name = next((frame.attrib[k].strip() for k in ("name", "id", "title")
                     if frame.attrib.get(k, "").strip()), f"#{place}")
        out.setdefault(url, Frame(url, name, page_url))
    return list(out.values())[: profile.max_frames]


CAPTIONS = "captions"  # the role of a caption track's capture (rules.captions reads it)
CAPTIONS_KIND = "字幕 captions"
_SPOKEN_TRACKS = ("captions", "subtitles")  # a <track> without a kind is subtitles


def caption_tracks(html: str | Markup, page_url: str, profile: SiteProfile) -> list[Frame]:
    """The caption and subtitle tracks of the page's videos (<track src>), in page order:
    the words a replay's host says may be nowhere else. A video's track is part of the page
    wherever it is served (a CDN), so it is not held to the shop's host; at most the
    profile's max_frames."""
    out: dict[str, Frame] = {}
    tracks = Markup.of(html, page_url).selector.css("track[src]")
    for place, track in enumerate(tracks, 1):
        kind = (track.attrib.get("kind") or "subtitles").strip().lower()
        url = urljoin(page_url, (track.attrib.get("src") or "").strip()).partition("#")[0]
        if kind in _SPOKEN_TRACKS and urlsplit(url).scheme in ("http", "https"):
            name = next((track.attrib[k].strip() for k in ("label", "srclang")
                         if track.attrib.get(k, "").strip()), f"#{place}")
            out.setdefault(url, Frame(url, name, page_url, CAPTIONS_KIND))
    return list(out.values())[: profile.max_frames]


FOLLOWED_FROM = ("home", "licence", "about")  # roles whose links lead on to more pages
FRAME = "frame"  # the limit key that counts a visit's frames (they keep their page's role)


def pages_to_follow(html: str, page_url: str, role: str, shop_url: str,
                    profile: SiteProfile) -> list[tuple[str, str]]:
    """(url, role) of the pages a visit follows from one fetched page, in order: its frames
    first, with the page's own role (a frame is part of the page), its videos' caption
    tracks (role captions, counted as frames), then licence entries (an
    entry may lead on to the licence page itself), then, from the home page, the
    about/contact pages small sites publish the licence on, then its product pages.
    The spider and the detection bench both follow exactly these."""
    return follow_plan(html, page_url, role, shop_url, profile)[0]


def follow_plan(html: str, page_url: str, role: str, shop_url: str, profile: SiteProfile
                ) -> tuple[list[tuple[str, str]], dict[str, Frame]]:
    """pages_to_follow, and which of those pages are the page's frames (by URL): a frame
    counts against the visit's FRAME limit and is sealed as a frame of its page. The page
    is parsed once for all of them."""
    page = Markup.of(html, page_url)
    framed = {f.url: f for f in frames(page, page_url, shop_url, profile)}
    follow = [(url, role) for url in framed]
    tracks = {f.url: f for f in caption_tracks(page, page_url, profile) if f.url not in framed}
    follow += [(url, CAPTIONS) for url in tracks]
    framed.update(tracks)
    if role not in FOLLOWED_FROM:
        return follow, framed
    follow += [(u, "licence") for u in licence_entries(page, page_url, shop_url, profile)]
    if role == "home":
        follow += [(u, "about") for u in about_entries(page, page_url, shop_url, profile)]
        follow += [(u, "item") for u in item_entries(page, page_url, shop_url, profile)]
    return follow, framed


def role_limits(profile: SiteProfile) -> dict[str, int]:
    """How many pages of each followed role one visit may fetch; frames are counted apart
    (FRAME), whatever role they carry."""
    return {"licence": profile.max_licence_pages, "about": profile.max_about_pages,
            FRAME: profile.max_frames}


@dataclass(frozen=True)
class SeenImage:
    """An image as the browser laid it out, with the text a reader sees beside it."""

    src: str
    alt: str
    near: str
    width: float
    height: float


def images_to_keep(images: list[SeenImage], role: str, profile: SiteProfile,
                   limit: int = 6) -> list[SeenImage]:
    """Images worth fetching (and reading by OCR) as evidence: all sizeable ones on a
    licence page; on home and product pages only those whose own or neighbouring text
    names a licence or permit. An image the browser did not lay out (0×0: in a panel
    hidden until tapped) is kept when its own or neighbouring text names a licence."""
    keep: list[SeenImage] = []
    for image in images:
        if not image.src.startswith("http"):
            continue
        text = f"{image.alt} {image.near} {image.src}"
        named = any(word in text for word in profile.licence_words)
        hidden = image.width == 0 and image.height == 0
        if (image.width < 80 or image.height < 60) and not (hidden and named):
            continue
        if role == "licence" or named:
            keep.append(image)
    return keep[:limit]
