"""Shadow roots in the capture, the live recorder and the rules, in a real Chromium.

A local HTTP server serves pages whose text lives in shadow roots (open, closed, nested,
attached after load, a chat fed into one, a hostile page with very many or very deep
roots). The crawler's init scripts go in before any page script (watch_settle, the live
recorder); cap_dom seals the roots as declarative shadow DOM; page.content() is what
scrapy-playwright hands the crawler to seal as page.html; the rules read it.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

import pytest
from conftest import run_hongdun
from live_capture import chat_lines, sweep_room
from playwright.async_api import Page, async_playwright

from crawlers.browser import cap_dom, read_page, watch_settle
from crawlers.live.recorder import LiveRecorder, WatchOptions
from crawlers.shadow import LIMITS
from hongdun.records import Capture, Finding, PageCapture, Target
from rules.engine import RuleSet
from rules.live import without_recorded_chat
from rules.speech import shipped_speech
from rules.text import page_text
from search.store import FindingsStore

T = TypeVar("T")
AT = "2026-12-03T02:00:00.000Z"


def _doc(body: str, script: str = "") -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>店铺</title></head>"
            f"<body>{body}<script>{script}</script></body></html>")


PAGES = {
    "/shop": _doc("<h1>烟台市芝罘区示例商行</h1><p>营业执照 统一社会信用代码 92370613MA3C5K7BXW "
                  "烟台市芝罘区示例商行</p><shop-ad id=h></shop-ad>", """
      document.getElementById('h').attachShadow({mode: 'closed'}).innerHTML =
        '<p>这款面膜销量第一，全网最低价</p>';"""),
    "/open": _doc("<div id=h><span slot=s>插槽里的字</span></div>", """
      const r = document.getElementById('h').attachShadow({mode: 'open'});
      r.innerHTML = '<p>开放根里的字</p><slot name=s></slot><p hidden>藏起来的字</p>';"""),
    "/closed": _doc("<section id=h></section>", """
      const r = document.getElementById('h').attachShadow({mode: 'closed'});
      r.innerHTML = '<p>这款面膜销量第一，全网最低价</p><img alt="营业执照" src="/lic.png">';
      window.leak = r.host === document.getElementById('h') && !r.host.shadowRoot;"""),
    "/nested": _doc("<div id=h></div>", """
      const a = document.getElementById('h').attachShadow({mode: 'open'});
      a.innerHTML = '<p>第一层</p><x-b></x-b>';
      const b = a.querySelector('x-b').attachShadow({mode: 'closed'});
      b.innerHTML = '<p>第二层</p><x-c></x-c>';
      b.querySelector('x-c').attachShadow({mode: 'open'}).innerHTML = '<p>第三层</p>';"""),
    "/late": _doc("<p>先到的字</p><div id=h></div>", """
      addEventListener('load', () => setTimeout(() => {
        document.getElementById('h').attachShadow({mode: 'closed'}).innerHTML =
          '<p>后挂上的字</p>';
      }, 300));"""),
    "/template": _doc("<p>店内正文</p><template><p>模板里全网第一</p></template>"
                      "<div id=inert></div>", """
      const t = document.createElement('template');
      t.setAttribute('shadowrootmode', 'open');
      t.innerHTML = '<p>脚本造的惰性模板销量第一</p>';
      document.getElementById('inert').appendChild(t);"""),
    "/many": _doc("<div id=box></div>", """
      const box = document.getElementById('box');
      for (let i = 0; i < 30000; i++) {
        const d = document.createElement('span');
        d.attachShadow({mode: i % 2 ? 'open' : 'closed'}).textContent = 'r' + i;
        box.appendChild(d);
      }"""),
    "/deep": _doc("<p>深处</p>", """
      let host = document.createElement('div');
      document.body.appendChild(host);
      for (let i = 0; i < 400; i++) {
        const root = host.attachShadow({mode: 'open'});
        host = document.createElement('div');
        root.appendChild(host);
      }"""),
    # a room whose chat is a list in a closed root attached after load, and whose danmu
    # rows are appended straight into an open root (found by structure)
    # rows drawn by a web component (its root rendered a microtask after insertion, with
    # its own CSS), in a labelled list and in a list found by structure
    "/components": _doc("<ol aria-label='评论'></ol><div class=feed></div>", """
      customElements.define('chat-msg', class extends HTMLElement {
        connectedCallback() {
          if (this.shadowRoot) return;
          const root = this.attachShadow({mode: 'closed'});
          Promise.resolve().then(() => {
            root.innerHTML = '<style>.n{color:#c00}</style>' +
              (this.dataset.badge ? '<span class="badge">' + this.dataset.badge + '</span>' : '') +
              '<span class="nick">' + this.dataset.nick + '</span><span>' + this.dataset.said +
              '</span>';
          });
        }
      });
      addEventListener('load', () => {
        const lines = [['主播', '小美', '今天全网最低价'], ['', '顾客甲', '多少钱'],
                       ['', '顾客乙', '发货快吗']];
        let i = 0;
        const tick = setInterval(() => {
          if (i >= lines.length) { clearInterval(tick); return; }
          const [badge, nick, said] = lines[i++];
          for (const list of document.querySelectorAll('ol, .feed')) {
            const m = document.createElement('chat-msg');
            const mark = list.tagName === 'OL' ? '' : '!';
            Object.assign(m.dataset, {badge, nick, said: said + mark});
            list.appendChild(m);
          }
        }, 250);
      });"""),
    "/room": _doc("<div class=stage><video></video></div><live-chat id=c></live-chat>"
                  "<dan-mu id=d></dan-mu>", """
      addEventListener('load', () => {
        const root = document.getElementById('c').attachShadow({mode: 'closed'});
        root.innerHTML = '<ul role="log"></ul>';
        const list = root.querySelector('ul');
        const dm = document.getElementById('d').attachShadow({mode: 'open'});
        const lines = [['主播', '小美', '今天全网最低价'], ['', '顾客甲', '多少钱'],
                       ['场控', '阿亮', '加微信领券'], ['', '顾客乙', '发货快吗']];
        let i = 0;
        const tick = setInterval(() => {
          if (i >= lines.length) { clearInterval(tick); return; }
          const [badge, nick, text] = lines[i++];
          const li = document.createElement('li');
          li.innerHTML = (badge ? '<span class="badge">' + badge + '</span>' : '') +
            '<span class="nick">' + nick + '</span><span class="content">' + text + '</span>';
          list.appendChild(li);
          const row = document.createElement('div');
          row.innerHTML = '<b>观众' + i + '</b><span>弹幕第' + i + '条来了</span>';
          dm.appendChild(row);
        }, 250);
      });"""),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = PAGES.get(self.path.split("?")[0])
        data = (body or "not found").encode("utf-8")
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _in_browser(work: Callable[[Page], Awaitable[T]]) -> T:
    async def run() -> T:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path="/usr/bin/chromium",
                                               args=["--no-sandbox"])
            try:
                page = await browser.new_page()
                return await work(page)
            finally:
                await browser.close()
    return asyncio.run(run())


def _sealed(url: str, wait_for: str = "", max_chars: int = 2_000_000
            ) -> tuple[str, str | None, dict[str, Any]]:
    """The page as the crawler seals it: init scripts first, settled, shadow roots
    written (cap_dom), then page.content(); with cap_dom's note and the page's layout."""
    async def work(page: Page) -> tuple[str, str | None, dict[str, Any]]:
        await watch_settle(page)
        await page.goto(url)
        if wait_for:
            await page.wait_for_function(wait_for, timeout=10_000)
        _, images, blocks = await read_page(page, 200, 5000)
        note = await cap_dom(page, max_chars)
        return await page.content(), note, {"blocks": blocks, "images": images,
                                            "leak": await page.evaluate("window.leak")}
    return _in_browser(work)


def test_open_root_is_sealed_with_its_slotted_light_dom_in_place(base: str) -> None:
    html, note, _ = _sealed(base + "/open")
    assert note is None
    assert ('<div id="h"><template shadowrootmode="open"><p>开放根里的字</p>'
            '<slot name="s"></slot><p hidden="">藏起来的字</p></template>'
            '<span slot="s">插槽里的字</span></div>') in html
    text = page_text(html).text
    assert "开放根里的字" in text and "插槽里的字" in text
    assert "藏起来的字" not in text  # hidden inside a root stays hidden


def test_closed_root_is_kept_without_changing_what_the_page_gets(base: str) -> None:
    html, _, seen = _sealed(base + "/closed")
    assert seen["leak"] is True  # the page got a closed root: host.shadowRoot stays null
    assert ('<section id="h"><template shadowrootmode="closed"><p>这款面膜销量第一，全网最低价</p>'
            in html)
    pt = page_text(html)
    seg = pt.segment_at(pt.text.index("这款面膜销量第一，全网最低价"))
    assert seg is not None and seg.path == "body/section[1]/template[1]/p[1]"
    # the layout names the element as the sealed DOM does: a finding there gets its box
    assert any(b.path == seg.path for b in seen["blocks"])
    # an image inside the root is seen (a licence image there is fetched and read)
    assert [i.alt for i in seen["images"] if i.src.endswith("/lic.png")] == ["营业执照"]


def test_nested_roots_are_sealed_in_order(base: str) -> None:
    html, note, _ = _sealed(base + "/nested")
    assert note is None
    assert ('<template shadowrootmode="open"><p>第一层</p><x-b><template shadowrootmode="closed">'
            '<p>第二层</p><x-c><template shadowrootmode="open"><p>第三层</p>') in html
    text = page_text(html).text
    assert text.index("第一层") < text.index("第二层") < text.index("第三层")


def test_root_attached_after_load_is_sealed(base: str) -> None:
    html, _, _ = _sealed(base + "/late", wait_for="performance.now() > 1500")
    assert "后挂上的字" in page_text(html).text


def test_ordinary_and_inert_templates_stay_unread(base: str) -> None:
    html, _, _ = _sealed(base + "/template")
    text = page_text(html).text
    assert "店内正文" in text
    assert "模板里全网第一" not in text and "惰性模板销量第一" not in text
    # the page's own inert template is renamed, so no browser attaches it on reopening
    assert 'data-hongdun-inert-shadowrootmode="open"' in html


def test_hostile_page_is_bounded_and_says_what_it_dropped(base: str) -> None:
    started = time.monotonic()
    html, note, _ = _sealed(base + "/many")
    took = time.monotonic() - started
    assert note == (f"shadow roots not sealed: {30000 - LIMITS.max_roots} over the limit of "
                    f"{LIMITS.max_roots} roots ({LIMITS.max_roots} roots sealed as declarative "
                    "shadow DOM)")
    assert html.count("<template shadowrootmode") == LIMITS.max_roots
    html, note, _ = _sealed(base + "/deep")
    assert note is not None and f"1 nested deeper than {LIMITS.max_depth}" in note
    assert html.count("<template shadowrootmode") == LIMITS.max_depth
    assert time.monotonic() - started < 60, took


def test_roots_over_the_dom_size_limit_are_counted(base: str) -> None:
    _, note, _ = _sealed(base + "/nested", max_chars=20)
    assert note is not None and "3 over the DOM size limit" in note


def test_rules_find_a_banned_claim_inside_a_closed_root_of_the_sealed_page(base: str) -> None:
    html, _, _ = _sealed(base + "/closed")
    target = Target("t-1", "taobao", "storefront", base + "/closed", "烟台市芝罘区示例商行",
                    "92370613MA3C5K7BXW", "370602", "日用百货")
    page = PageCapture("home", target.url, target.url, 200,
                       (("Content-Type", "text/html; charset=utf-8"),), html.encode("utf-8"),
                       (b"png",), True, AT, AT)
    found = RuleSet.load().evaluate(Capture("c-1", target, "s-1", "/tmp/c-1", "e" * 64, AT, (),
                                            (page,), None))
    claims = [f for f in found if f.rule_id == "ad.absolute_terms"]
    assert claims and claims[0].matched_text in "这款面膜销量第一，全网最低价"


def test_live_recorder_reads_chat_inside_shadow_roots(base: str, tmp_path: Path) -> None:
    out = tmp_path / "live"

    async def work(page: Page) -> str:
        recorder = await LiveRecorder.prepare(page, out, WatchOptions(seconds=3.0))
        await page.goto(base + "/room")
        summary = await recorder.watch()
        assert summary.chat_lists == ("body[1]/dan-mu[1]/template[1]",)
        await cap_dom(page, 2_000_000)
        return await page.content()

    html = _in_browser(work)
    lines = chat_lines(out / "chat.jsonl")
    by_text = {line.text: line for line in lines}
    assert by_text["今天全网最低价"].speaker == "小美"
    assert [b["text"] for b in by_text["今天全网最低价"].hints["badges"]] == ["主播"]
    assert by_text["今天全网最低价"].role == "anchor"
    assert by_text["加微信领券"].speaker == "阿亮"
    assert by_text["多少钱"].speaker == "顾客甲"
    assert {f"弹幕第{i}条来了" for i in range(1, 5)} <= set(by_text)
    # the list found by structure is emptied in the sealed page (read once, from chat.jsonl)
    page = PageCapture("home", base + "/room", base + "/room", 200,
                       (("Content-Type", "text/html; charset=utf-8"),), html.encode(), (),
                       True, AT, AT)
    (out / "session.json").write_text(json.dumps({"chat_lists": [
        "body[1]/dan-mu[1]/template[1]"]}), encoding="utf-8")
    shown = page_text(without_recorded_chat(page, str(tmp_path)).body).text
    assert "弹幕第1条来了" in page_text(html).text and "弹幕第1条来了" not in shown
    assert "今天全网最低价" in shown  # the role=log list in the closed root is page text


def test_speaker_regions_are_read_inside_a_declarative_root() -> None:
    chat = ("<chat-box><template shadowrootmode=\"closed\"><style>i{color:red}</style><ul>"
            "<li><i>主播</i><em>果果</em><span>加我微信 gg12345 便宜</span></li>"
            "<li><em>小李</em><span>加我微信 li99999 拼单</span></li>"
            "<li><i>场控</i><em>阿强</em><span>私聊转账打八折</span></li>"
            "<li hidden><em>阿强</em><span>藏着的话</span></li>"
            "</ul></template></chat-box>")
    text = page_text(f"<html><body><h1>果果的店</h1>{chat}</body></html>",
                     speech=shipped_speech())
    said = {text.text[r.start:r.end].strip(): (r.role, r.author) for r in text.regions}
    assert said["主播果果加我微信 gg12345 便宜"] == ("anchor", "果果")
    assert said["小李加我微信 li99999 拼单"] == ("viewer", "小李")
    assert said["场控阿强私聊转账打八折"][0] == "assistant"
    assert "藏着的话" not in text.text
    # the same chat in an ordinary template is not shown, so not read
    inert = chat.replace(' shadowrootmode="closed"', "")
    assert "加我微信" not in page_text(f"<html><body>{inert}</body></html>",
                                   speech=shipped_speech()).text


def _findings(home: Path) -> list[Finding]:
    """Every finding a sweep wrote into home's database."""
    conn = sqlite3.connect(home / "hongdun.db")
    conn.row_factory = sqlite3.Row
    store = FindingsStore(conn)
    found = [f for (fid,) in conn.execute("SELECT finding_id FROM findings")
             if (f := store.get(fid)) is not None]
    conn.close()
    return found


def test_a_sweep_seals_a_closed_root_and_the_rules_find_its_claim(base: str,
                                                                  tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "targets.csv").write_text(
        "target_id,platform,kind,url,shop_name,uscc,district,category\n"
        f"t-1,taobao,storefront,{base}/shop,烟台市芝罘区示例商行,92370613MA3C5K7BXW,370602,日用百货\n",
        encoding="utf-8")
    done = run_hongdun(home, "sweep", "--targets", str(tmp_path / "targets.csv"))
    assert done.returncode == 0, done.stderr + done.stdout
    (sealed,) = home.glob("evidence/*/*/pages/01-home/page.html")
    assert ('<shop-ad id="h"><template shadowrootmode="closed"><p>这款面膜销量第一，全网最低价</p>'
            '</template></shop-ad>') in sealed.read_text(encoding="utf-8")
    claims = [f for f in _findings(home) if f.rule_id == "ad.absolute_terms"]
    assert claims and claims[0].places[0].box is not None  # marked on the screenshot too


def test_live_recorder_on_a_page_with_very_many_roots_stays_bounded(base: str,
                                                                    tmp_path: Path) -> None:
    async def work(page: Page) -> float:
        recorder = await LiveRecorder.prepare(page, tmp_path / "live", WatchOptions(seconds=2.0))
        started = time.monotonic()
        await page.goto(base + "/many")
        summary = await recorder.watch()
        assert not [e for e in summary.errors if "drain" in e]
        return time.monotonic() - started

    assert _in_browser(work) < 30


def test_a_hosts_light_children_are_read_only_through_a_slot() -> None:
    def shown(root: str, light: str) -> str:
        return page_text(f"<html><body><div><template shadowrootmode=\"open\">{root}"
                         f"</template>{light}</div><p>页尾</p></body></html>").text

    light = "默认的字<span slot=s>具名的字</span><b slot=t>无槽的字</b>"
    assert shown("<p>根</p>", light).split() == ["根", "页尾"]  # no slot: nothing shown
    both = shown("<slot name=s></slot><slot></slot>", light)
    assert "默认的字" in both and "具名的字" in both and "无槽的字" not in both
    named = shown("<slot name=s></slot><x-n><template shadowrootmode=open><slot></slot>"
                  "</template></x-n>", light)
    assert "具名的字" in named and "默认的字" not in named  # a nested root's slot is its own


def test_chat_rows_drawn_by_components_with_their_own_css_keep_their_speakers() -> None:
    def row(badge: str, nick: str, said: str) -> str:
        return ("<li><chat-msg><template shadowrootmode=\"open\"><style>.n{color:red}</style>"
                f"{badge}<em class=n>{nick}</em><span>{said}</span></template></chat-msg></li>")

    rows = (row("<i>主播</i>", "果果", "加我微信 gg12345 便宜"),
            row("", "小李", "加我微信 li99999 拼单"), row("<i>场控</i>", "阿强", "私聊转账打八折"))
    html = f"<html><body><h1>果果的店</h1><ul>{''.join(rows)}</ul></body></html>"
    text = page_text(html, speech=shipped_speech())
    assert [(r.role, r.author) for r in text.regions] == [
        ("anchor", "果果"), ("viewer", "小李"), ("assistant", "阿强")]
    assert "color" not in text.text


def test_live_recorder_reads_rows_drawn_by_web_components(base: str, tmp_path: Path) -> None:
    out = tmp_path / "live"

    async def work(page: Page) -> tuple[str, ...]:
        recorder = await LiveRecorder.prepare(page, out, WatchOptions(seconds=3.0))
        await page.goto(base + "/components")
        return (await recorder.watch()).chat_lists

    lists = _in_browser(work)
    by_text = {line.text: line for line in chat_lines(out / "chat.jsonl")}
    for said in ("今天全网最低价", "今天全网最低价!"):  # the labelled list, the one found
        assert by_text[said].speaker == "小美"
        assert [b["text"] for b in by_text[said].hints["badges"]] == ["主播"]
        assert by_text[said].role == "anchor"
    assert by_text["多少钱"].speaker == by_text["多少钱!"].speaker == "顾客甲"
    assert "color" not in " ".join(by_text)
    assert lists == ("body[1]/div[1]",)


def test_a_swept_room_seals_its_shadow_chat_and_judges_it(base: str, tmp_path: Path) -> None:
    target = Target("t-room", "douyin", "livestream", base + "/room", "烟台市芝罘区示例商行",
                    "92370613MA3C5K7BXW", "370602", "日用百货")
    capture, _ = sweep_room(tmp_path / "home", target)
    lines = chat_lines(Path(capture.folder) / "live" / "chat.jsonl")
    assert {"今天全网最低价", "加微信领券", "弹幕第1条来了"} <= {line.text for line in lines}
    said = {(f.rule_id, p.matched_text) for f in _findings(tmp_path / "home")
            for p in f.places if p.source == "chat"}
    assert ("live.offplatform_lure", "加微信") in said  # the 场控's lure in a closed root
