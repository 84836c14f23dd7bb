"""Whether a seller without a licence is an individual the law exempts from registration.

电子商务法 第十条 (REFERENCE.md): individuals selling their own farm produce or home
handicrafts, offering skilled labour that needs no permit, or trading 零星小额 (their own
used goods now and then) need no 市场主体登记, so no licence is due. The page says so by
what the seller writes of its goods (自用, 闲置, 自家园子, 手工 ...). A trader posing as an
individual says otherwise somewhere: wholesale or agency words, a studio or shop, stock
counts, repeated new listings, a sales volume beyond 零星. A mis-exempted trader is worse
than a false alarm, so the exemption is guarded:
- only the seller's own words grant it (not the platform's tips, not a buyer's message);
  a trade sign in any words but the platform's denies it;
- a target the list gives a registration code or name is registered and never exempt;
- the exemption is not silent: it is reported as the rule's unjudged reason (the judged
  record), so a lead already open stays open for an inspector.
The words are data (rules/licence_words.yaml: individual_goods, trade_signs ...).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from rules.licence_patterns import WORDS, words_alt
from rules.view import CaptureView, PageView

# kind of exemption (its words in 第十条) -> the seller's words that show it
GOODS: dict[str, re.Pattern[str]] = {
    kind: re.compile("|".join(sorted(words.split(), key=len, reverse=True)))
    for kind, words in WORDS["individual_goods"].items()}
NEGATED = re.compile(f"(?:{words_alt('individual_negations')})$")
TRADE = re.compile(words_alt("trade_signs"), re.I)
NEW_STOCK = re.compile(words_alt("new_stock_words"))
NEW_STOCK_LISTINGS = int(WORDS["new_stock_listings"])
SOLD = re.compile(WORDS["sold_count"])
SOLD_LIMIT = int(WORDS["sold_limit"])


@dataclass(frozen=True)
class SellerReading:
    """What the seller's pages say of its trade: exemption grounds and trade signs."""

    grounds: tuple[str, ...]  # "自用闲置 (零星小额交易)「闲置」" ...
    trade: tuple[str, ...]  # "批发", "全新 ×3 listings", "卖出228件" ...

    @property
    def exempt(self) -> bool:
        return bool(self.grounds) and not self.trade


def _spans(page: PageView) -> list[tuple[str, bool]]:
    """The page's texts as (text, said by the seller); the platform's words are left out."""
    out: list[tuple[str, bool]] = []
    for unit in page.units:
        if unit.source == "chat":
            if unit.role != "platform":
                out.append((unit.text, unit.role == "seller"))
            continue
        if unit.source != "page":
            continue
        regions = unit.page.regions if unit.page is not None else ()
        cuts = sorted({0, len(unit.text), *(r.start for r in regions), *(r.end for r in regions)})
        for start, end in itertools.pairwise(cuts):  # one speaker between two cuts
            role = unit.speaker_at(start)[0]
            if role != "platform" and start < end:
                out.append((unit.text[start:end], role == "seller"))
    return out


def _new_listings(pages: list[PageView]) -> int:
    """Distinct listings (home-page links and item pages) offering new stock."""
    listed = {link.href for page in pages if page.role == "home" for link in page.text.links
              if NEW_STOCK.search(link.text + " " + link.title)}
    items = {page.url for page in pages if page.role == "item" and page.url not in listed
             and NEW_STOCK.search(page.text.text[:200])}
    return len(listed) + len(items)


def read_seller(view: CaptureView) -> SellerReading:
    """The exemption grounds and trade signs of the seller's home and item pages."""
    target = view.target
    if target.uscc or target.registered_name:
        return SellerReading((), ("名单载有登记信息 the list gives a registration",))
    pages = [p for p in view.pages if p.page.ok and p.role in ("home", "item")]
    grounds: dict[str, str] = {}
    trade: dict[str, None] = {}
    for page in pages:
        for text, own in _spans(page):
            trade.update((m.group(), None) for m in TRADE.finditer(text))
            for m in SOLD.finditer(text):
                if int(m.group(1)) > SOLD_LIMIT:
                    trade[m.group()] = None
            if not own:
                continue
            for kind, words in GOODS.items():
                m = next((m for m in words.finditer(text)
                          if not NEGATED.search(text[max(0, m.start() - 3): m.start()])), None)
                if m and kind not in grounds:
                    grounds[kind] = f"{kind}「{m.group()}」"
    listings = _new_listings(pages)
    if listings >= NEW_STOCK_LISTINGS:
        trade[f"新品上架 {listings} 件 new stock in {listings} listings"] = None
    return SellerReading(tuple(grounds.values()), tuple(trade))


def seller_reading(view: CaptureView) -> SellerReading:
    """read_seller, once per capture."""
    return view.memo("seller", lambda: read_seller(view))


def exemption(view: CaptureView) -> str:
    """Why the seller needs no licence (电子商务法第十条), or ""."""
    reading = seller_reading(view)
    if not reading.exempt:
        return ""
    return ("免于登记 exempt from registration (电子商务法第十条): 卖家自述 the seller's own words "
            + "、".join(reading.grounds) + "；未见经营迹象 no trade signs (批发/代理/工作室/"
            "新品库存/成交量)：请人工核实 verify by hand")
