"""Family `yaofang` (sealed, sixth batch): 京东到家/美团买药-style 即时零售 pharmacies.

Pages are written in a small indentation template language (`indent.py`, Pug-like) and
filled from each store's data: the store page (platform bar, 平台提示, 店铺公告, a shelf of
goods tagged OTC / 处方药 / 保健食品 / 普通食品 / 医疗器械 / 日用品, user reviews, a footer
naming the delivery company), 商品 pages with 说明书 or label text, and a 商家资质 page
(营业执照, 药品经营许可证, 食品经营许可证 or 仅销售预包装食品 备案). PascalCase `Rx` classes.
"""

from __future__ import annotations

from html import escape

from demo.families.corpus import (
    Family,
    Filed,
    Label,
    Page,
    Said,
    Target,
    collect,
    labels_of,
    licence_labels,
    permit_labels,
)
from demo.families.yaofang.indent import render
from demo.families.yaofang.stores import COURIER, EXTRA_ENTITIES, STORES, Good, Store

FAMILY = "yaofang"

SHELL = """
html(lang="zh-CN")
  head
    meta(charset="utf-8")
    meta(name="viewport" content="width=device-width")
    title= title
  body.RxBody
    div.RxAppBar= platform
    div.RxPage!= main
"""
STORE = """
main.RxStore
  header.RxStoreHead
    h1.RxStoreName= shop
    p.RxStoreMeta 月售 3000+ · 配送约 28 分钟 · 起送 ¥20 · 执业药师在线
  div.RxPlatformTip!= tips
  section.RxBoard
    h2.RxBoardTitle 店铺公告
    div.RxBoardBody!= notices
  section.RxShelf!= shelf
  section.RxVoices
    h2.RxBoardTitle 用户评价
    div.RxVoiceList!= reviews
  footer.RxFoot
    a.RxFootLink(href="qualification") 商家资质
    p.RxFootNote= courier
"""
CARD = """
div.RxGoods(data-kind=kind)
  span.RxTag= kind
  h3.RxGoodsName!= name
  em.RxPrice= price
  p.RxPitch= pitch
"""
ITEM = """
main.RxItem
  h1.RxItemName= name
  span.RxTag= kind
  em.RxPrice= price
  p.RxPitch= pitch
  section.RxSheet
    h2.RxSheetTitle= sheet_title
    div.RxSheetBody!= lines
"""
QUAL = """
main.RxQual
  h1.RxQualTitle 商家资质
  p.RxQualShop= shop
  div.RxQualBody!= sections
  p.RxQualNote 以上资质由商家上传，平台已审核
"""
FIELDS = """
section.RxCert
  h2.RxCertName= title
  div.RxCertRows!= rows
"""
ROW = """
p.RxCertRow
  span.RxCertKey= key
  span.RxCertVal= value
"""
PARA = """
p.RxLine= text
"""
VOICE = """
div.RxVoice
  b.RxVoiceUser= who
  p.RxVoiceText= text
"""


def _doc(title: str, platform: str, main: str) -> bytes:
    return ("<!DOCTYPE html>" + render(SHELL, {"title": title, "platform": platform,
                                               "main": main})).encode()


def _paras(items: tuple[Said, ...]) -> str:
    return "".join(render(PARA, {"text": s.text}) for s in items)


def _card(s: Store, g: Good) -> str:
    name = escape(g.name) if not g.sheet else f'<a href="item/{g.slug}">{escape(g.name)}</a>'
    return render(CARD, {"kind": g.kind, "name": name, "price": g.price, "pitch": g.pitch.text})


def _home(s: Store) -> bytes:
    main = render(STORE, {
        "shop": s.shop_name, "tips": _paras(s.tips), "notices": _paras(s.notices),
        "shelf": "".join(_card(s, g) for g in s.goods),
        "reviews": "".join(render(VOICE, {"who": w, "text": t.text}) for w, t in s.reviews),
        "courier": f"配送服务由{COURIER.name}提供（统一社会信用代码 {COURIER.uscc}）"})
    return _doc(s.shop_name, s.platform, main)


def _item(s: Store, g: Good) -> bytes:
    title = "药品说明书" if g.kind in ("OTC", "处方药") else "产品标签"
    main = render(ITEM, {"name": g.name, "kind": g.kind, "price": g.price, "pitch": g.pitch.text,
                         "sheet_title": title, "lines": _paras(g.sheet)})
    return _doc(g.name, s.platform, main)


def _section(title: str, rows: tuple[tuple[str, str], ...]) -> str:
    cells = "".join(render(ROW, {"key": k, "value": v}) for k, v in rows)
    return render(FIELDS, {"title": title, "rows": cells})


def _qualification(s: Store) -> tuple[bytes, list[Label]]:
    parts: list[str] = []
    labels: list[Label] = []
    if s.shown is None:
        labels.append(Label("violation", "licence.missing", "商家资质 shows only the 药品经营许可证"
                            "; a drug permit is not the business licence"))
    else:
        sh = s.shown
        parts.append(_section("营业执照", (("名称", sh.name), ("统一社会信用代码", sh.uscc),
                                       ("类型", sh.kind), ("法定代表人", sh.person),
                                       ("住所", sh.address), ("成立日期", sh.founded))))
        labels += licence_labels(sh, s.reg, s.shop_name, "on the 商家资质 page")
        if s.status != "存续" and "".join(sh.uscc.split()).upper() == s.reg.uscc:
            labels.append(Label("violation", "licence.deregistered",
                                f"the displayed code's registry record is {s.status} "
                                f"({s.status_date}): the entity shown no longer exists"))
    if s.drug_permit:
        parts.append(_section("药品经营许可证", (("证号", s.drug_permit),
                                             ("经营范围", "处方药、甲类非处方药、乙类非处方药"))))
    if s.permit:
        parts.append(_section("食品经营许可证", (("许可证编号", s.permit),
                                             ("经营项目", "保健食品销售、预包装食品销售"))))
    if s.filing:
        parts.append(_section("仅销售预包装食品备案", (("备案编号", s.filing),)))
    labels += permit_labels(s.category, s.permit, s.filing)
    main = render(QUAL, {"shop": s.shop_name, "sections": "".join(parts)})
    return _doc("商家资质", s.platform, main), labels


def _pages(s: Store) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    words = [*s.tips, *s.notices, *(g.pitch for g in s.goods), *(t for _, t in s.reviews)]
    home = labels_of(words)
    home.append(Label("decoy", "licence.mismatch", f"the delivery company {COURIER.name}'s code "
                      "in the footer is a third party's"))
    qual, qual_labels = _qualification(s)
    out = [Page(s.root, "home", _home(s), tuple(home)),
           Page(s.root + "qualification", "licence", qual, tuple(qual_labels))]
    out += [Page(f"{s.root}item/{g.slug}", "item", _item(s, g),
                 tuple(labels_of([g.pitch, *g.sheet]))) for g in s.goods if g.sheet]
    return out, {}


def registry() -> tuple[Filed, ...]:
    """The family's registry extract: every store (one 注销), the chain's HQ, the courier."""
    entries: list[Filed] = [Filed(s.reg, s.status, s.status_date) for s in STORES]
    return (*entries, *(Filed(r) for r in EXTRA_ENTITIES))


def build() -> Family:
    """The yaofang family: store, 商品 and 商家资质 pages from indentation templates."""
    pages, assets = collect(STORES, _pages)
    targets = tuple(Target(s.tid, s.platform, "storefront", s.root, s.shop_name, s.reg.name,
                           s.reg.uscc, s.reg.uscc[2:8], s.category, s.note) for s in STORES)
    return Family(FAMILY, "京东到家/美团买药式即时零售药店（缩进模板）",
                  "a Pug-like indentation template language compiled by indent.py, filled per "
                  "store; PascalCase Rx classes",
                  "即时零售 pharmacy wording: OTC 说明书 适应症 and 用法用量, 蓝帽子 保健食品 "
                  "labels with 不能代替药物, 普通食品 claims, GSP return rules, 处方药 notices, "
                  "药品经营许可证 and JY permits, a delivery company's licence",
                  False, targets, pages, assets, registry())
