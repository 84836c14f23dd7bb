"""tieba: sellers' threads on local forums, the seller as 楼主 and buyers on the floors below.

Why a new kind: earlier families are shops, rooms, notes, listings or 官网, each page the
seller's own. Here a seller's storefront is a forum thread in a 交易区 whose platform is the
forum (with its own 站内担保交易): the seller opens the thread (1楼, badge 楼主 and, when
verified, 认证商家), buyers and the 版主 reply on numbered floors, the 楼主 answers in 楼中楼
replies nested under their floors, and the thread runs on to a second page behind 下一页. Only
the 楼主's words are the seller's: buyers ask for a WeChat or a cure, the 版主's pinned 版规
quotes the banned acts, buyers quote the seller. The licence is a table in 1楼, on the 楼主's
个人资料 page (商家认证) reached from the nick, or nowhere. Pages are BBCode documents
(`bbcode.py`) compiled to HTML; `bbs_` classes; each seller is judged against the family's
registry extract (registry.csv).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from demo.families.corpus import (
    Assets,
    Family,
    Label,
    Page,
    Said,
    collect,
    labels_of,
    permit_labels,
)
from demo.families.sellerbook import Seller, load, saids, targets, verdict
from demo.families.tieba.bbcode import compile_bbcode, quote_text

ROOT = "/f/tieba"
HERE = Path(__file__).parent
DATA = HERE / "threads.yaml"
BUYERS = ("烟台小吃货", "芝罘老李头", "福山二哥", "牟平小雨", "莱山打工仔", "开发区阿峰",
          "海阳蓝天", "蓬莱阁下", "龙口吃粉丝", "栖霞山里人", "高新区码农", "莱阳梨")
_CSS = ("body{margin:0;font-family:sans-serif;background:#eef1f5;color:#222}.bbs_top{background:"
        "#3b5998;color:#fff;padding:10px 20px}.bbs_forum{font-size:12px;opacity:.8}.bbs_title{"
        "margin:4px 0;font-size:20px}.bbs_floor{background:#fff;margin:8px 20px;padding:10px 14px;"
        "border-radius:4px}.bbs_author{font-size:13px;color:#555;margin-bottom:6px}.bbs_badge{"
        "background:#f57c00;color:#fff;border-radius:2px;padding:0 4px;margin-left:4px;font-size:"
        "11px}.bbs_no{float:right;color:#999}.bbs_lzl{background:#f7f8fa;margin:6px 0 0 24px;"
        "padding:6px 10px;font-size:13px}.bbs_quote{border-left:3px solid #ccc;margin:4px 0;"
        "padding-left:8px;color:#666}.bbs_notice{background:#fff8e1;margin:8px 20px;padding:8px "
        "14px}.bbs_pager{margin:8px 20px}.bbs_lic th{text-align:left;padding-right:10px}")


@dataclass(frozen=True)
class Floor:
    """A floor of the thread: who posted, what, on which page, and its 楼中楼 replies."""

    said: Said
    page: int
    replies: tuple[Said, ...]


def _floors(seller: Seller) -> list[Floor]:
    out = []
    for d in seller.extra.get("floors", []):
        body = {k: v for k, v in d.items() if k in ("text", "rule", "decoy", "note", "who")}
        out.append(Floor(saids([body])[0], int(d.get("page", 1)), saids(d.get("lzl"))))
    return out


def _nick(seller: Seller, who: str, n: int) -> tuple[str, str]:
    """(nick, badges) of a poster."""
    if who == "楼主":
        return str(seller.extra["user"]), "楼主,认证商家" if seller.shown else "楼主"
    if who == "版主":
        return "交易区版主", "版主"
    return BUYERS[(n * 5 + len(seller.key)) % len(BUYERS)], ""


def _lic_rows(seller: Seller) -> str:
    s = seller.shown
    assert s is not None
    rows = [("名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind),
            ("经营者/法定代表人", s.person), ("住所", s.address)]
    if seller.permit:
        rows.append(("食品经营许可证", seller.permit))
    return "[lic]" + "".join(f'[row k="{k}"]{quote_text(v)}[/row]' for k, v in rows) + "[/lic]"


def _post(seller: Seller, who: str, n: int, text: str, floor: int | None) -> tuple[str, str]:
    nick, badges = _nick(seller, who, n)
    home = f' home="{ROOT}/tb/{seller.key}/ziliao.html"' if who == "楼主" else ""
    no = f" n={floor}" if floor is not None else ""
    return (f'user="{nick}" badge="{badges}"{home}{no} time="{seller.extra["date"]}"',
            quote_text(text))


def _thread(seller: Seller, page: int, floors: list[Floor]) -> tuple[str, list[Said]]:
    key = seller.key
    said: list[Said] = []
    parts = [f'[thread title="{seller.extra["title"]}" forum="{seller.extra["forum"]}"]']
    if page == 1:
        notice = saids([seller.extra["notice"]]) if seller.extra.get("notice") else ()
        for s in notice:
            parts.append(f"[notice][b]版规[/b] {quote_text(s.text)}[/notice]")
            said.append(s)
        head, _ = _post(seller, "楼主", 0, "", 1)
        body = "".join(f"[p]{quote_text(s.text)}[/p]" for s in seller.home)
        said += seller.home
        if seller.extra["lic"] == "floor1":
            body += "[p]本店营业执照信息：[/p]" + _lic_rows(seller)
        parts.append(f"[floor {head}]{body}[/floor]")
    number = 1
    for i, f in enumerate(floors):
        number += 1
        if f.page != page:
            continue
        head, text = _post(seller, f.said.who, i, f.said.text, number)
        lzl = "".join(f"[lzl {_post(seller, r.who, i + j + 1, '', None)[0]}]"
                      f"{quote_text(r.text)}[/lzl]" for j, r in enumerate(f.replies))
        parts.append(f"[floor {head}][p]{text}[/p]{lzl}[/floor]")
        said += [f.said, *f.replies]
    base = f"{ROOT}/tb/{key}/"
    if page == 1 and any(f.page == 2 for f in floors):
        parts.append(f"[pager]第1页 [url={base}p2.html]下一页[/url][/pager]")
    elif page == 2:
        parts.append(f"[pager][url={base}]上一页[/url] 第2页[/pager]")
    parts.append("[/thread]")
    return "\n".join(parts), said


def _html(title: str, source: str) -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>'
            f"{title}</title><meta name=\"viewport\" content=\"width=device-width,"
            f"initial-scale=1\"><style>{_CSS}</style></head><body class=\"bbs_body\">"
            f"{compile_bbcode(source)}</body></html>").encode()


def _pages(seller: Seller) -> list[Page]:
    floors = _floors(seller)
    src1, said1 = _thread(seller, 1, floors)
    labels: list[Label] = labels_of(said1)
    if seller.extra["lic"] == "floor1":
        labels += verdict(seller, seller.shown,  # type: ignore[arg-type]
                          "as a table in the 楼主's opening post (1楼)")
    title = str(seller.extra["title"])
    pages = [Page(f"/tb/{seller.key}/", "home", _html(title, src1), tuple(labels))]
    if any(f.page == 2 for f in floors):
        src2, said2 = _thread(seller, 2, floors)
        pages.append(Page(f"/tb/{seller.key}/p2.html", "item", _html(f"{title} 第2页", src2),
                          tuple(labels_of(said2))))
    pages.append(_profile(seller))
    return pages


def _profile(seller: Seller) -> Page:
    nick = seller.extra["user"]
    lic = seller.extra["lic"]
    labels: list[Label] = []
    if lic == "ziliao":
        card = "[card][b]商家认证[/b] 已认证 " + _lic_rows(seller) + "[/card]"
        labels += verdict(seller, seller.shown,  # type: ignore[arg-type]
                          "on the 楼主's 个人资料 page (商家认证), reached from the nick")
    elif lic == "floor1":
        card = "[card][b]商家认证[/b] 已认证，执照信息见帖子1楼[/card]"
    else:
        card = "[card][b]商家认证[/b] 未认证[/card]"
        labels.append(Label("violation", "licence.missing",
                            "neither the thread nor the 楼主's 个人资料 shows a licence"))
        labels += permit_labels(seller.category, seller.permit, seller.filing)
    src = (f'[thread title="{nick} 的个人资料" forum="{seller.extra["forum"]}"]'
           f"[p]发帖 {seller.extra.get('posts', 36)} · 吧龄 {seller.extra.get('age', '5年')}[/p]"
           f"{card}[p][url={ROOT}/tb/{seller.key}/]回到帖子[/url][/p][/thread]")
    return Page(f"/tb/{seller.key}/ziliao.html", "licence", _html(f"{nick} 的个人资料", src),
                tuple(labels))


def thread_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A thread's pages (1, maybe 2) and the 楼主's 个人资料."""
    if seller.extra["lic"] != "none" and seller.shown is None:
        raise ValueError(f"tieba/{seller.key}: a licence placement needs a licence")
    return _pages(seller), {}


def build() -> Family:
    """The tieba family: 11 sellers' forum threads in BBCode."""
    sellers = load("tieba", DATA)
    pages, assets = collect(sellers, thread_files)
    extra: list[Any] = []
    return Family(
        name="tieba",
        title="论坛/贴吧交易帖：卖家是楼主，楼层与楼中楼里是买家、版主和楼主的回复",
        generator="demo/families/tieba/bbcode.py: pages are BBCode documents ([thread], "
                  "[floor], [lzl], [quote], [lic][row], [notice], [pager]) compiled to HTML; "
                  "bbs_ classes",
        voice="论坛交易区版规 (不得附加其他网站的交易链接和各种形式的微信和QQ二维码; "
              "每人只占一楼), "
              "SAMR 2025-12-19 私域直播虚假宣传典型案例 (引流至微信, 脱离平台监管), 新华网 "
              "2025-04-18 (普通食品 虚假用户评价), 广告法 第九条/第十七条, 消法 第二十五条; "
              "buyers' questions and 楼主 replies",
        render=False, targets=targets(sellers, "tb", "storefront", "/tb/{key}/"), pages=pages,
        assets=assets, registry=(*(s.filed for s in sellers), *extra))
