"""paimai: 竞拍 lots on auction channels (微拍堂, 闲鱼拍卖, 淘宝/京东拍卖), as roff requests.

Why a new kind: earlier families sell at a fixed price. Here each seller runs a 竞拍 lot: a lot
page with the 拍品描述, 起拍价 / 加价幅度 / 保证金, the 出价记录 table of bidders' nicks, and
竞拍者留言 with the seller's replies; a 拍卖规则 page; a 店铺资质 page. An auction tempts every
returns reading: a bidder's forfeited 保证金 on default, a licensed 拍卖企业's statutory
瑕疵不担保 declaration (拍卖法 第六十一条), 鲜活 and 期刊 exceptions, beside dealers who use the
auction format to refuse every return. Bidders' 留言 are not the seller's words. The licence sits
on the 店铺资质 page or in a 拍卖人信息 block on the lot page, with a grading lab's licence
beside a 拍卖企业's. Pages are roff-like request documents (`roff.py`: .TH / .SH / .PP / .KV /
.BID / .QA / .NT / .LK) compiled to HTML; `pai:` colon classes; each seller is judged against
the family's registry extract (registry.csv).
"""

from __future__ import annotations

from pathlib import Path

from demo.families.codes import code_for
from demo.families.corpus import (
    Assets,
    Family,
    Filed,
    Label,
    Page,
    Registered,
    Said,
    collect,
    labels_of,
    permit_labels,
)
from demo.families.paimai.roff import compile_roff, roff_text
from demo.families.sellerbook import Seller, load, saids, targets, verdict

ROOT = "/f/paimai"
HERE = Path(__file__).parent
DATA = HERE / "lots.yaml"
CHANNEL = {"微拍堂": "微拍堂", "闲鱼": "闲鱼拍卖", "taobao": "淘宝拍卖", "jd": "京东拍卖"}
_CSS = ("body{margin:0;font-family:sans-serif;background:#faf7f2;color:#2b2b2b}"
        ".pai\\:bar{display:flex;justify-content:space-between;background:#7a1f1f;color:#fff;"
        "padding:8px 16px}.pai\\:title{margin:12px 16px;font-size:20px}.pai\\:sec{background:#fff;"
        "margin:8px 16px;padding:8px 12px;border:1px solid #eadfce}.pai\\:h{font-size:15px;"
        "border-left:3px solid #7a1f1f;padding-left:6px}.pai\\:kv{display:grid;grid-template-"
        "columns:8em 1fr}.pai\\:bids{width:100%;font-size:13px}.pai\\:notice{background:#fff4d6;"
        "margin:8px 16px;padding:6px 12px;font-size:13px}.pai\\:role{font-style:normal;color:#999;"
        "font-size:11px;margin:0 4px}.pai\\:link{display:inline-block;margin:4px 16px}")


def _html(title: str, source: str) -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}'
            f'</title><meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<style>{_CSS}</style></head><body>{compile_roff(source)}</body></html>").encode()


def _head(seller: Seller, title: str) -> list[str]:
    src = [f".TH {roff_text(title)}|{roff_text(seller.shop_name)}|"
           f"{CHANNEL.get(seller.platform, seller.platform)}"]
    return src


def _lic_rows(seller: Seller) -> list[str]:
    s = seller.shown
    assert s is not None
    rows = [("名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind),
            ("法定代表人/经营者", s.person), ("住所", s.address), ("成立日期", s.founded)]
    if seller.permit:
        rows.append(("食品经营许可证", seller.permit))
    if seller.extra.get("cert"):
        rows.append(("许可证件", str(seller.extra["cert"])))
    return [f".KV {k}|{roff_text(v)}" for k, v in rows]


def _party(seller: Seller) -> tuple[list[str], Filed] | None:
    p = seller.extra.get("party")
    if not p:
        return None
    code = code_for(f"paimai/{seller.key}-party", p["division"])
    reg = Registered(p["name"], code, "有限责任公司（自然人投资或控股）", p["person"], p["address"],
                     p["founded"])
    rows = [f".SH {p['role']}信息", f".KV 名称|{p['name']}", f".KV 统一社会信用代码|{code}",
            f".KV 住所|{p['address']}"]
    return rows, Filed(reg)


def _lot(seller: Seller) -> Page:
    lot = seller.extra["lot"]
    base = f"{ROOT}/pm/{seller.key}/"
    src = _head(seller, f"【竞拍】{lot['name']}")
    said: list[Said] = []
    notice = saids([seller.extra["notice"]]) if seller.extra.get("notice") else ()
    for s in notice:
        src.append(f".NT {roff_text(s.text)}")
        said.append(s)
    src += [".SH 拍品描述", *(f".PP\n{roff_text(s.text)}" for s in seller.home)]
    said += seller.home
    src += [".SH 竞拍信息", f".KV 起拍价|{lot['start']}", f".KV 加价幅度|{lot['step']}",
            f".KV 保证金|{lot['deposit']}", ".SH 出价记录"]
    src += [f".BID {n}|{p}|{t}" for n, p, t in seller.extra.get("bids", [])]
    src.append(".SH 竞拍者留言")
    for j, s in enumerate(seller.feed):
        nick = {"卖家": seller.shop_name, "平台": "平台消息"}.get(s.who, f"竞买人{j + 1:02d}")
        src.append(f".QA {s.who}|{roff_text(nick)}|{roff_text(s.text)}")
    said += seller.feed
    labels: list[Label] = labels_of(said)
    if seller.extra["lic"] == "lot":
        src += [".SH 拍卖人信息", *_lic_rows(seller)]
        labels += verdict(seller, seller.shown,  # type: ignore[arg-type]
                          "in a 拍卖人信息 block on the lot page")
        party = _party(seller)
        if party is not None:
            src += party[0]
            labels.append(Label("decoy", "licence.mismatch",
                                f"another party's licence beside the seller's "
                                f"({party[1].reg.name})"))
    src += [f".LK {base}guize.html|拍卖规则", f".LK {base}zizhi.html|店铺资质"]
    return Page(f"/pm/{seller.key}/", "home", _html(lot["name"], "\n".join(src)), tuple(labels))


def _rules(seller: Seller) -> Page:
    rules = saids(seller.extra.get("rules"))
    src = [*_head(seller, "拍卖规则"), ".SH 竞拍须知"]
    src += [f".PP\n{roff_text(s.text)}" for s in rules]
    src.append(f".LK {ROOT}/pm/{seller.key}/|返回拍品")
    return Page(f"/pm/{seller.key}/guize.html", "item", _html("拍卖规则", "\n".join(src)),
                tuple(labels_of(rules)))


def _zizhi(seller: Seller) -> Page:
    src = _head(seller, "店铺资质")
    labels: list[Label] = []
    lic = seller.extra["lic"]
    if lic == "zizhi":
        src += [".SH 营业执照信息", *_lic_rows(seller)]
        labels += verdict(seller, seller.shown,  # type: ignore[arg-type]
                          "on the 店铺资质 page linked from the lot")
    elif lic == "lot":
        src += [".SH 营业执照信息", ".PP", "拍卖人信息见拍品页。"]
    else:
        src += [".SH 营业执照信息", ".PP", "资质信息审核中。"]
        labels.append(Label("violation", "licence.missing",
                            "neither the lot page nor the 店铺资质 page shows a licence"))
        labels += permit_labels(seller.category, seller.permit, seller.filing)
    src.append(f".LK {ROOT}/pm/{seller.key}/|返回拍品")
    return Page(f"/pm/{seller.key}/zizhi.html", "licence", _html("店铺资质", "\n".join(src)),
                tuple(labels))


def lot_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A seller's lot page, its 拍卖规则 and its 店铺资质 page."""
    if seller.extra["lic"] != "none" and seller.shown is None:
        raise ValueError(f"paimai/{seller.key}: a licence placement needs a licence")
    return [_lot(seller), _rules(seller), _zizhi(seller)], {}


def build() -> Family:
    """The paimai family: 12 sellers' auction lots in roff-like requests."""
    sellers = load("paimai", DATA)
    pages, assets = collect(sellers, lot_files)
    parties = [p[1] for p in map(_party, sellers) if p is not None]
    return Family(
        name="paimai",
        title="网络竞拍：拍品页（出价记录、竞拍者留言）、拍卖规则与店铺资质",
        generator="demo/families/paimai/roff.py: roff-like request documents (.TH, .SH, .PP, "
                  ".KV, .BID, .QA, .NT, .LK) compiled to HTML; pai: colon classes",
        voice="拍卖法 第十八条/第六十一条 (拍卖人声明不能保证真伪或者品质的，不承担瑕疵担保责任), "
              "京东拍卖 保证金规则 (违约不退保证金), 消法 第二十五条 与 七日无理由退货暂行办法, "
              "REFERENCE.md §7 (一律不退不换, 售出不退); bidders' 留言 and the seller's replies",
        render=False, targets=targets(sellers, "pm", "storefront", "/pm/{key}/"), pages=pages,
        assets=assets, registry=(*(s.filed for s in sellers), *parties))
