"""A page's frames are part of the page: a frameset's and an iframe's same-site documents are
captured (each noted as a frame of its page) and judged; cross-site, hidden and nav-only
frames do not stand in for the shop's licence; a PDF linked as the licence is read."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image

from crawlers.pages import FRAME, frames, pages_to_follow, role_limits
from crawlers.profiles import Profiles
from hongdun.records import Capture, PageCapture, Target
from rules.licence import read_licence
from rules.pdf import is_pdf, pdf_as_html
from rules.view import CaptureView
from tests.conftest import Hongdun, main_in_process

GENERIC = Profiles.load().generic
OWN = "91370602MA3C4R2T7L"  # 烟台市芝罘区海岸礼品有限公司's code, shown in a frame
OTHER = "91110105MA01ABCD2X"  # another firm's, in a cross-site widget


def _pdf_text(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds `lines` (a CID font mapped by ToUnicode)."""
    chars = sorted({c for line in lines for c in line})
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def "
            "1 begincodespacerange <0000> <FFFF> endcodespacerange "
            f"{len(chars)} beginbfchar "
            + " ".join(f"<{ord(c):04X}> <{ord(c):04X}>" for c in chars)
            + " endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    shown = "".join(f"<{''.join(f'{ord(c):04X}' for c in line)}> Tj 0 -20 Td "
                    for line in lines)
    content = f"BT /F1 12 Tf 50 780 Td {shown}ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong /Encoding /Identity-H "
        "/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STSong /CIDSystemInfo "
        "<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        f"<< /Length {len(cmap)} >>\nstream\n{cmap}\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return out


def _pdf_scan() -> bytes:
    """An image-only PDF (a scanned licence): no text layer."""
    out = io.BytesIO()
    Image.new("RGB", (400, 280), (230, 200, 120)).save(out, "PDF", resolution=72)
    return out.getvalue()


LICENCE_LINES = ["营业执照（副本）", "名称：烟台市芝罘区海岸礼品有限公司",
                 f"统一社会信用代码：{OWN}", "住所：山东省烟台市芝罘区滨海路9号"]
# A block of the shop's licence in plain <dl> markup (neither kuangjia's tables nor fonts).
LICENCE_DL = ("<dl><dt>企业名称</dt><dd>烟台市芝罘区海岸礼品有限公司</dd>"
              f"<dt>统一社会信用代码</dt><dd>{OWN}</dd>"
              "<dt>住所</dt><dd>山东省烟台市芝罘区滨海路9号</dd></dl>")
WIDGET = "http://localhost:{port}/widget/licence.html"  # another host: cross-site

SITES: dict[str, tuple[str, bytes | str]] = {
    # a frameset in lower-case XHTML-ish markup: a nav frame of links only, a body frame
    # whose text carries the licence and an absolute claim
    "/fs/": ("text/html; charset=utf-8",
             '<html><head><title>海岸礼品</title></head><frameset cols="22%,78%">'
             '<frame name="navi" src="navi.htm" /><frame name="body" src="welcome.htm" />'
             "</frameset></html>"),
    "/fs/navi.htm": ("text/html; charset=utf-8",
                     '<html><body><ul><li><a href="welcome.htm" target="body">首页</a></li>'
                     '<li><a href="goods.htm" target="body">礼品目录</a></li></ul></body></html>'),
    "/fs/welcome.htm": ("text/html; charset=utf-8",
                        "<html><body><h1>欢迎光临海岸礼品</h1><p>本店贝雕礼品全国最低价。</p>"
                        f"{LICENCE_DL}</body></html>"),
    # a div-layout page: a same-site iframe whose nav links the licence page, and a
    # cross-site widget holding another company's licence
    "/if/": ("text/html; charset=utf-8",
             '<!doctype html><html><body><div id="app"><header>海岸礼品</header>'
             '<section><iframe id="content" src="/if/panel/home.php" style="width:100%">'
             '</iframe></section><aside><iframe src="{widget}" width="300" height="200">'
             '</iframe><iframe src="/if/stat.php" width="0" height="0"></iframe></aside>'
             "</div></body></html>"),
    "/if/panel/home.php": ("text/html; charset=utf-8",
                           '<html><body><nav><a href="/if/panel/zz.php">证照公示</a></nav>'
                           "<p>海岸礼品主营贝雕、海草画。</p></body></html>"),
    "/if/panel/zz.php": ("text/html; charset=utf-8", f"<html><body>{LICENCE_DL}</body></html>"),
    "/if/stat.php": ("text/html; charset=utf-8", "<html><body>统计</body></html>"),
    # only a cross-site widget shows a licence (another company's): the shop shows none
    "/xs/": ("text/html; charset=utf-8",
             '<html><body><p>海岸礼品</p><iframe src="{widget}" width="300" height="200">'
             "</iframe></body></html>"),
    "/widget/licence.html": ("text/html; charset=utf-8",
                             f"<html><body>统一社会信用代码：{OTHER} 名称：北京某平台科技有限公司"
                             "</body></html>"),
    # the licence is a PDF with a text layer; another shop's is a scan in a PDF
    "/pdf/": ("text/html; charset=utf-8",
              '<html><body><p>海岸礼品</p><footer><a href="yyzz.pdf">营业执照（PDF）</a>'
              "</footer></body></html>"),
    "/pdf/yyzz.pdf": ("application/pdf", _pdf_text(LICENCE_LINES)),
    "/scan/": ("text/html; charset=utf-8",
               '<html><body><p>海岸礼品</p><a href="zhizhao.pdf">营业执照</a></body></html>'),
    "/scan/zhizhao.pdf": ("application/pdf", _pdf_scan()),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        ctype, body = SITES.get(self.path.split("?")[0], ("text/html", "not found"))
        data = body.replace("{widget}", WIDGET.format(port=self.server.server_address[1])) \
            if isinstance(body, str) else body
        raw = data.encode() if isinstance(data, str) else data
        self.send_response(200 if self.path.split("?")[0] in SITES else 404)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _html(path: str, port: int = 1) -> str:
    body = SITES[path][1]
    assert isinstance(body, str)
    return body.replace("{widget}", WIDGET.format(port=port))


def test_a_framesets_frames_are_followed_first_with_the_pages_role() -> None:
    shop = "http://127.0.0.1:1/fs/"
    follow = pages_to_follow(_html("/fs/"), shop, "home", shop, GENERIC)
    assert follow[:2] == [(shop + "navi.htm", "home"), (shop + "welcome.htm", "home")]
    [nav, body] = frames(_html("/fs/"), shop, shop, GENERIC)
    assert (nav.name, body.name) == ("navi", "body")
    assert body.note == f"框架 frame body of {shop}"
    # a frame of a licence page is a licence page; of a product page, a product page
    assert pages_to_follow(_html("/fs/"), shop, "item", shop, GENERIC)[0][1] == "item"
    assert role_limits(GENERIC)[FRAME] == GENERIC.max_frames > 0


def test_cross_site_hidden_and_zero_size_frames_are_not_the_shops() -> None:
    shop = "http://127.0.0.1:1/if/"
    assert [f.url for f in frames(_html("/if/"), shop, shop, GENERIC)] == [
        "http://127.0.0.1:1/if/panel/home.php"]  # not localhost's widget, not the 0×0 counter
    hidden = '<iframe src="a.html" style="DISPLAY: none"></iframe><iframe src="b.html"></iframe>'
    assert [f.name for f in frames(hidden, shop, shop, GENERIC)] == ["#2"]
    assert frames(_html("/xs/"), "http://127.0.0.1:1/xs/", "http://127.0.0.1:1/xs/",
                  GENERIC) == []


def test_an_embedded_pdf_viewer_is_a_frame_and_a_plug_ins_movie_is_not() -> None:
    page = "http://127.0.0.1:1/zz/"
    html = ('<embed src="flash/banner.swf" width="600" height="90">'
            '<object data="docs/licence.pdf" type="application/pdf" width="800" height="900">'
            '</object><embed src="scan.PDF?v=2" width="800" height="900">')
    assert [f.url for f in frames(html, page, page, GENERIC)] == [
        page + "docs/licence.pdf", page + "scan.PDF?v=2"]


def test_a_file_named_for_the_licence_is_a_licence_entry_whatever_its_label() -> None:
    page = "http://127.0.0.1:1/"
    html = ('<a href="/files/%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf">下载</a>'
            '<a href="/doc/yyzz2024.pdf">附件</a><a href="/doc/price.pdf">附件</a>')
    assert pages_to_follow(html, page, "home", page, GENERIC) == [
        (page + "files/%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf", "licence"),
        (page + "doc/yyzz2024.pdf", "licence")]


def test_a_nav_frames_licence_entry_is_followed_like_any_other() -> None:
    page = "http://127.0.0.1:1/if/panel/home.php"
    follow = pages_to_follow(_html("/if/panel/home.php"), page, "home", "http://127.0.0.1:1/if/",
                             GENERIC)
    assert ("http://127.0.0.1:1/if/panel/zz.php", "licence") in follow


def test_a_pdfs_text_layer_is_read_and_a_scan_is_an_image() -> None:
    url = "http://127.0.0.1:1/pdf/yyzz.pdf"
    text = pdf_as_html(_pdf_text(LICENCE_LINES), url)
    assert OWN in text and "烟台市芝罘区海岸礼品有限公司" in text and "<img" not in text
    scan = pdf_as_html(_pdf_scan(), "http://127.0.0.1:1/scan/%E8%90%A5%E4%B8%9A.pdf")
    assert '<img src="http://127.0.0.1:1/scan/%E8%90%A5%E4%B8%9A.pdf#page=1"' in scan
    assert "营业.pdf 第1页图像" in scan
    assert is_pdf(_pdf_scan()) and not is_pdf(b"<html>%PDF-</html>")
    assert pdf_as_html(b"%PDF-1.4\nbroken", url) == ""


def _licence_of(pages: list[tuple[str, str, bytes, str]]) -> tuple[tuple[str, ...], bool]:
    target = Target("T1", "other", "storefront", "http://127.0.0.1:1/", "海岸礼品", "", "370602",
                    "礼品")
    at = "2026-12-03T00:00:00Z"
    captured = tuple(PageCapture(role, url, url, 200, (("Content-Type", ctype),), body, (),
                                 False, at, at) for role, url, body, ctype in pages)
    reading = read_licence(CaptureView(Capture("c", target, "s", "/nonexistent", "0" * 64, at,
                                               (), captured)))
    return reading.displays, any(c.code == OWN and c.shop for c in reading.codes)


def test_a_licence_pdf_counts_as_displayed_read_or_scanned() -> None:
    home = ("home", "http://127.0.0.1:1/", b"<html><body>hi</body></html>", "text/html")
    displays, read = _licence_of([home, ("licence", "http://127.0.0.1:1/yyzz.pdf",
                                         _pdf_text(LICENCE_LINES), "application/pdf")])
    assert read and any(OWN in d for d in displays)
    # served as a download, not as application/pdf: its own header says what it is
    displays, read = _licence_of([home, ("licence", "http://127.0.0.1:1/zhizhao.pdf",
                                         _pdf_scan(), "application/octet-stream")])
    assert not read and any(d.startswith("执照图片") for d in displays)


def test_a_sweep_captures_frames_as_pages_of_their_page(site: str, hongdun: Hongdun,
                                                        tmp_path: Path) -> None:
    rows = ["网店名称,所属平台,网址,主营类目,企业名称,统一社会信用代码"]
    for shop in ("fs", "if", "xs", "pdf", "scan"):
        code = "" if shop in ("xs", "scan") else OWN
        rows.append(f"{shop}礼品,官网,{site}/{shop}/,工艺品,烟台市芝罘区海岸礼品有限公司,{code}")
    (tmp_path / "t.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert hongdun("targets", "import", str(tmp_path / "t.csv")).returncode == 0
    swept = hongdun("sweep", "--no-browser", env={"HONGDUN_PAGE_TIMEOUT": "5"})
    assert swept.returncode == 0, swept.stderr
    found = main_in_process(tmp_path / "home", "findings", "--json")
    by_shop: dict[str, set[str]] = {}
    for f in (json.loads(line) for line in found.stdout.splitlines() if line.strip()):
        by_shop.setdefault(f["shop_name"], set()).add(f["rule_id"])
    assert by_shop.get("fs礼品") == {"ad.absolute_terms"}  # the body frame's text is judged
    assert "licence.missing" not in by_shop.get("if礼品", set())
    assert by_shop.get("xs礼品") == {"licence.missing"}  # a widget's licence is not the shop's
    assert not by_shop.get("pdf礼品") and not by_shop.get("scan礼品")
    visits = {json.loads(p.read_text())["target"]["url"]: json.loads(p.read_text())
              for p in (tmp_path / "home").glob("evidence/*/*/visit.json")}
    fs = visits[f"{site}/fs/"]["pages"]
    [body] = [p for p in fs if p["requested_url"] == f"{site}/fs/welcome.htm"]
    assert body["role"] == "home"
    assert {"kind": FRAME, "detail": f"框架 frame body of {site}/fs/"}.items() <= \
        body["incidents"][0].items()
    urls = [p["requested_url"] for v in visits.values() for p in v["pages"]]
    assert not any("localhost" in u or "stat.php" in u for u in urls)
    assert main_in_process(tmp_path / "home", "ledger", "verify").returncode == 0
