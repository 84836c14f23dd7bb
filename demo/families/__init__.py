"""Independent page families for measuring detection on sellers unlike the demo's own.

Each family lives in its own package (`demo/families/<name>/`) with its own markup
generator, class naming and wording, its truth (`truth.yaml`) and targets file
(`targets.csv`). The original demo marketplace is the family `classic`.
"""

from __future__ import annotations

import importlib

from demo.families.corpus import Family

CLASSIC = "classic"
# Tuning families: the rules were tuned on their misses. Their figures are in-family, not
# held out. In the order they were published:
# - the first five, built with the rules (2026-12-01);
# - h5shop, cmssite, wxlive: sealed and scored once at first contact, then published and
#   tuned on (issue 9, structural kinds); weapp was written for that tuning, to test the
#   fixes on pages they were not made for;
# - waimai, wholesale, kslive, bigshop, notes, groupbuy: sealed and scored at first contact
#   (third session of 2026-12-01); their misses were published in that session's closing
#   note, so from the fourth session on they are tuned on; dossier was written in that
#   session to test the storefront-structure fixes on pages they were not made for.
FIRST_TUNED = ("tplmall", "oldsite", "utility", "spa", "liveroom", "h5shop", "cmssite",
               "wxlive", "weapp")
SECOND_TUNED = ("waimai", "wholesale", "kslive", "bigshop", "notes", "groupbuy", "dossier")
# - pinpin, dylive, xianyu, brandsite: sealed and scored once at first contact (fourth session
#   of 2026-12-01); their figures and misses were published, so from the fifth session on
#   they are tuned on.
THIRD_TUNED = ("pinpin", "dylive", "xianyu", "brandsite")
# - daodian, dtlive, liuzi: sealed and scored once at first contact (fifth session of
#   2026-12-01: 到店 local services, 点淘-style live rooms with a polled JSON chat feed,
#   家装/建材/二手车 lead-generation pages); their figures were published, so from the sixth
#   session on they are tuned on.
FOURTH_TUNED = ("daodian", "dtlive", "liuzi")
# - lianmai, yzmall, yaofang: built blind and sealed in the sixth session (issue 9:
#   小红书/京东-style rooms fed over a WebSocket with 连麦 guests, 助播 and 场控; 有赞/微盟 SaaS
#   malls; 京东到家/美团买药 即时零售 pharmacies; each with a registry extract, registry.csv),
#   scored once at first contact; their figures were published, so from the seventh session
#   on they are tuned on.
FIFTH_TUNED = ("lianmai", "yzmall", "yaofang")
# - haichan, bzlive, jianding, minsu: built blind and sealed in the seventh session (issue 9:
#   Yantai's own trades, 海参 and seafood, wineries' 官网, fruit; 视频号/B站-style rooms whose
#   chat lives in a shadow DOM; 二手奢侈品鉴定 and 跨境 shops, bilingual; 民宿 listings on
#   OTAs; each with a registry extract), scored once at first contact; their figures and
#   misses were published, so from the ninth session (2026-12-03) on they are tuned on.
SIXTH_TUNED = ("haichan", "bzlive", "jianding", "minsu")
# - ddlive, liangzhao, mengchong, shiguang: built blind and sealed in the ninth session
#   (2026-12-03: 多多直播/美团直播 rooms whose chat is a virtualised list of recycled rows and
#   whose licence lives on the shop's page; small firms' 官网 with the licence in a dialog, a
#   <details> fold, a QR-linked page or a fetch() tab; 宠物用品 shops; 眼镜/视光 shops), scored
#   once at first contact by the lead; their figures and misses were published in the same
#   session, so from then on they are tuned on.
SEVENTH_TUNED = ("ddlive", "liangzhao", "mengchong", "shiguang")
# The eighth tuned families: the ninth session's blind batch (2026-12-03: 唯品会/蘑菇街 rooms
#   whose chat arrives over Server-Sent Events; 小程序 H5 shops rendered from __INITIAL_STATE__
#   with the licence on a #/qualification route; 农资/种子/兽药 shops; 教培 course shops),
#   scored once at first contact by the lead; their figures and misses were published in the
#   same session, so from then on they are tuned on.
EIGHTH_TUNED = ("sselive", "xcxmall", "nongzi", "jiaopei")
# The ninth tuned families: the tenth batch (session 9, 2026-12-03), built blind: 苏宁直播/微店直播
#   rooms whose chat is polled as JSONP script tags, old 企业官网 in frames or an iframe (licence
#   in a framed 企业资质 page or a PDF link's HTML landing page), 医美 consultation pages, 母婴
#   shops; scored once at first contact by the lead; their figures and misses were published,
#   so from the tenth session (2026-12-03) on they are tuned on.
NINTH_TUNED = ("jplive", "kuangjia", "yimei", "muying")
# The tenth tuned families: the eleventh batch (session 10, 2026-12-03), built blind: 直播回放
#   pages whose host speaks only in a WebVTT caption track and whose 弹幕 replay from a JSON file
#   (huifang); 茶叶 shops as a pushState SPA on real paths whose licence loads only when scrolled
#   into view (chaguan); 保健食品 shops whose licence fields sit in a CSS grid in an order the DOM
#   does not follow (lanmao); 黄金珠宝 shops served as GBK with the charset only in a <meta>
#   (jindian); scored once at first contact by the lead; their figures were published, so from
#   the twelfth session (2026-12-04) on they are tuned on.
TENTH_TUNED = ("huifang", "chaguan", "lanmao", "jindian")
# The eleventh tuned families: the twelfth batch (session 12, 2026-12-04), built blind: 跨境/港澳
#   shops of Yantai firms written in 繁體中文, the licence's registered name in traditional
#   characters, lures by WhatsApp and 转数快 (fanti); live rooms whose chat reaches the page only
#   as BroadcastChannel messages posted by a hidden same-origin hub iframe from an NDJSON file,
#   drawn as <table> rows with a <th> badge per speaker (guangbo); small firms' 官网 whose licence
#   captions exist only as CSS generated content (::before), or whose licence is an inline <svg>
#   of <text> runs, or sits in a modal cloned from a <template> on click (fanpa); 老年用品/养生/
#   酒水 catalogues whose later goods load only by a 加载更多 button (fetched HTML fragments) or
#   on a second page (jiazai). Scored once at first contact by the lead (its figures are
#   ELEVENTH_FLOOR's comment); published in the same session and tuned on from then on.
ELEVENTH_TUNED = ("fanti", "guangbo", "fanpa", "jiazai")
# The twelfth tuned families: the thirteenth batch (session 12, 2026-12-04), built blind: live
#   rooms whose chat is long-polled (each answer naming the next cursor's file) and patched as
#   vnodes into an aria-live list, the speaker only an avatar's <img alt> and a colour class
#   (vdlive); small firms' 官网 whose licence sits in a collapsed ARIA accordion region or in the
#   home footer and a JSON-LD Organization (shouqi); shops whose 详情页 words exist only as long
#   images' alt text, figcaption text layers and title/aria-label tooltips (tuwen); shops of
#   light-DOM custom elements filled from <script type="text/template">, luring buyers off the
#   platform in 谐音 (薇❤, V❤, 扣扣, 围脖) beside lawful near-misses (xieyin). Scored once at first
#   contact by the lead (its figures are TWELFTH_FLOOR's comment); published in session 13
#   (2026-12-06) and tuned on from then on.
TWELFTH_TUNED = ("vdlive", "shouqi", "tuwen", "xieyin")
# The thirteenth tuned families: the fourteenth batch (session 13, 2026-12-06, built blind after
# the thirteenth was published):
# live rooms whose chat is server-rendered HTML fragments swapped in htmx-style (hx-get,
# hx-trigger load / every 1s, hx-swap outerHTML), the host's spoken words arriving as
# hx-swap-oob captions that replace each other in place and each speaker's role only a
# one-character <abbr title> (hxlive); small firms' 官网 on a 建站 SaaS whose 亮照 badge has no
# address and opens the licence in a window.open popup, its fields readonly <input value>, a
# readonly <textarea> and a disabled <select> (chuangkou); sellers' threads on local forums'
# 交易区, the seller the 楼主, buyers and the 版主 on floors and 楼中楼, the forum's own escrow the
# platform, written in BBCode (tieba); 短视频带货 pages (title, description, the author's pinned
# comment, 小黄车, comments with a 作者 badge) whose every word, the licence's too, comes from a
# locale dictionary fetched at runtime into data-i18n keyed elements (duanshi).
# Scored once at first contact by the lead (its figures are THIRTEENTH_FLOOR's comment);
# published in the same session and tuned on from then on.
THIRTEENTH_TUNED = ("hxlive", "chuangkou", "tieba", "duanshi")
TUNED = (*FIRST_TUNED, *SECOND_TUNED, *THIRD_TUNED, *FOURTH_TUNED, *FIFTH_TUNED, *SIXTH_TUNED,
         *SEVENTH_TUNED, *EIGHTH_TUNED, *NINTH_TUNED, *TENTH_TUNED, *ELEVENTH_TUNED,
         *TWELFTH_TUNED, *THIRTEENTH_TUNED)
# Sealed families: built by engineers who never read the rules or the crawler's page
# picking, never tuned on, scored at first contact. A new batch is built after each round
# of tuning, so that the held-out figure stays honest.
# The fifth session's batch (daodian, dtlive, liuzi) was scored once and is FOURTH_TUNED now;
# the sixth session's (lianmai, yzmall, yaofang) is FIFTH_TUNED; the seventh session's
# (haichan, bzlive, jianding, minsu) is SIXTH_TUNED; the eighth (ddlive, liangzhao,
# mengchong, shiguang) is SEVENTH_TUNED; the ninth (sselive, xcxmall, nongzi, jiaopei) is
# EIGHTH_TUNED; the tenth (jplive, kuangjia, yimei, muying) is NINTH_TUNED; the eleventh
# (huifang, chaguan, lanmao, jindian) is TENTH_TUNED; the twelfth (fanti, guangbo, fanpa,
# jiazai) is ELEVENTH_TUNED; the thirteenth (vdlive, shouqi, tuwen, xieyin) is TWELFTH_TUNED;
# the fourteenth (hxlive, chuangkou, tieba, duanshi) is THIRTEENTH_TUNED.
# The fifteenth batch (session 13, 2026-12-06, built blind after the fourteenth was published):
# 竞拍 lots on auction channels (微拍堂, 闲鱼拍卖, 淘宝/京东拍卖) written as roff-like requests,
# with 出价记录, bidders' 留言, 保证金 rules and a licensed 拍卖企业's 瑕疵不担保 declaration
# beside dealers refusing every return (paimai); live rooms whose 弹幕 are pixels flying across a
# <canvas>, fed by a Web Worker from a danmaku XML, their only text an offscreen aria-live log
# that keeps the last few rows, so early words leave the page (danmu); small firms' 官网 with no
# script whose licence is in the served HTML but hidden by CSS until the reader acts: the second
# tab of a radio-input tab set (:checked ~), a :target panel reached by the footer's #zhizhao
# link, or a document embedded by an <object> on 关于我们 (xuanka); 预售 / 定金 shops expanded
# from m4 macros whose 预售规则, and some licences, wait in native HTML popovers (<div popover>,
# <button popovertarget>), a forfeited 定金 on default and lawful 定作 / 鲜活 / service-voucher
# exceptions beside a pre-sale refusing every return (yushou).
SEALED: tuple[str, ...] = ("paimai", "danmu", "xuanka", "yushou")
HELD_OUT = (*TUNED, *SEALED)
NAMES = (CLASSIC, *HELD_OUT)


def build(name: str) -> Family:
    """Build one held-out family (pages in memory) by name."""
    if name not in HELD_OUT:
        raise KeyError(name)
    module = importlib.import_module(f"demo.families.{name}")
    family: Family = module.build()
    return family
