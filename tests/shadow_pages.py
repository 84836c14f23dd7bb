"""Pages whose text lives in shadow roots, served on loopback, for the shadow-DOM tests.

`serve()` runs a local HTTP server for PAGES (open, closed, nested and late roots, an
ordinary and an inert template, hostile pages with very many or very deep roots, chat fed
into roots, rows drawn by web components); `in_browser` runs one coroutine on a fresh
page of a real Chromium; `findings` reads what a sweep wrote.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import threading
from collections.abc import Awaitable, Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

from playwright.async_api import Page, async_playwright

from hongdun.records import Finding
from search.store import FindingsStore

T = TypeVar("T")


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
    # a page that replaces DOM methods the sealing uses (the walker is kept from before it)
    "/broken": _doc("<div id=h></div><p>正文</p>", """
      document.getElementById('h').attachShadow({mode: 'open'}).innerHTML = '<p>根</p>';
      document.createTreeWalker = () => { throw new Error('no walking here'); };
      Node.prototype.insertBefore = () => { throw new Error('no inserting here'); };"""),
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


@contextlib.contextmanager
def serve() -> Iterator[str]:
    """PAGES on a free loopback port, for the block's duration; its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


def in_browser(work: Callable[[Page], Awaitable[T]]) -> T:
    """Run work on a fresh page of a real Chromium; its result."""
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


def findings(home: Path) -> list[Finding]:
    """Every finding a sweep wrote into home's database."""
    conn = sqlite3.connect(home / "hongdun.db")
    conn.row_factory = sqlite3.Row
    store = FindingsStore(conn)
    found = [f for (fid,) in conn.execute("SELECT finding_id FROM findings")
             if (f := store.get(fid)) is not None]
    conn.close()
    return found


TARGETS_HEADER = "target_id,platform,kind,url,shop_name,uscc,district,category\n"


def sweep_one(home: Path, row: str) -> None:
    """`hongdun sweep` of one targets row (the columns of TARGETS_HEADER) into home."""
    from conftest import run_hongdun

    home.mkdir(parents=True, exist_ok=True)
    targets = home / "targets.csv"
    targets.write_text(TARGETS_HEADER + row + "\n", encoding="utf-8")
    done = run_hongdun(home, "sweep", "--targets", str(targets))
    assert done.returncode == 0, done.stderr + done.stdout
