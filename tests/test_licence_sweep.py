"""End to end, as a user runs it: a messy GB18030 list, a registry extract, a sweep of small
self-built sites whose licence is on 关于我们 pages or in a footer, and the findings."""

from __future__ import annotations

import csv
import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import Hongdun, main_in_process

OWN = "92370613MA3C5K7BXW"
GONE = "91370602MA3D4E5F6A"
NAV = '<table><tr><td><a href="index.html">首页</a></td><td><a href="gsjj.html">公司简介</a></td>' \
      '<td><a href="lxwm.html">联系我们</a></td></tr></table>'
SITES = {
    # licence on the about page only
    "/a/": f"<html><body>{NAV}<p>莱山海岸特产，欢迎选购</p></body></html>",
    "/a/gsjj.html": "<html><body><h2>公司简介</h2><p>烟台市芝罘区示例商行创立于2019年。</p>"
                    f"<p>统一社会信用代码：{OWN}</p></body></html>",
    "/a/lxwm.html": "<html><body><p>电话：0535-1234567</p></body></html>",
    # about and contact pages, no licence anywhere
    "/b/": f"<html><body>{NAV}<p>手工草编</p></body></html>",
    "/b/gsjj.html": "<html><body><p>我们专注草编二十年。</p></body></html>",
    "/b/lxwm.html": "<html><body><p>地址：莱州市某村</p></body></html>",
    # the footer shows the licence of an entity the registry shows as 注销
    "/c/": f"<html><body><p>葡萄酒</p><footer>烟台旧日贸易有限公司 统一社会信用代码：{GONE}"
           "</footer></body></html>",
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        path = self.path.split("?")[0].replace("index.html", "")
        body = SITES.get(path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write((body or "not found").encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _gb18030(tmp_path: Path, name: str, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path = tmp_path / name
    path.write_bytes(out.getvalue().encode("gb18030"))
    return path


def test_about_pages_footer_and_registry_end_to_end(site: str, hongdun: Hongdun,
                                                     tmp_path: Path) -> None:
    targets = _gb18030(tmp_path, "名单.csv", [
        ["序号", "网店名称", "所属平台", "网址", "统一社会信用代码", "辖区", "主营类目",
         "企业名称"],
        ["1", "海岸特产官网", "官网", f"{site}/a/", OWN, "莱山区", "日用百货",
         "烟台市芝罘区示例商行"],
        ["2", "草编小站", "独立站", f"{site}/b/", "", "莱州市", "工艺品", ""],
        ["3", "旧日酒庄", "自建网站", f"{site}/c/", GONE, "芝罘区", "日用百货",
         "烟台旧日贸易有限公司"],
    ])
    registry = _gb18030(tmp_path, "登记.csv", [
        ["统一社会信用代码", "企业名称", "类型", "登记状态", "住所", "法定代表人"],
        [OWN, "烟台市芝罘区示例商行", "个体工商户", "存续", "烟台市芝罘区", "王某某"],
        [GONE, "烟台旧日贸易有限公司", "有限责任公司", "注销", "烟台市芝罘区", "李某"],
    ])
    imported = hongdun("targets", "import", str(targets))
    assert imported.returncode == 0, imported.stderr
    assert "imported 3 targets" in imported.stdout
    assert main_in_process(tmp_path / "home", "registry", "import", str(registry)).returncode == 0
    swept = hongdun("sweep", "--no-browser", env={"HONGDUN_PAGE_TIMEOUT": "5"})
    assert swept.returncode == 0, swept.stderr
    found = main_in_process(tmp_path / "home", "findings", "--json")
    findings = [json.loads(line) for line in found.stdout.splitlines() if line.strip()]
    by_shop: dict[str, set[str]] = {}
    for f in findings:
        by_shop.setdefault(f["shop_name"], set()).add(f["rule_id"])
    assert by_shop.get("海岸特产官网", set()) == set()
    assert by_shop["草编小站"] == {"licence.missing"}
    assert by_shop["旧日酒庄"] == {"licence.deregistered"}
    [missing] = [f for f in findings if f["rule_id"] == "licence.missing"]
    assert "/b/gsjj.html" in missing["context"] and "/b/lxwm.html" in missing["context"]
    [gone] = [f for f in findings if f["rule_id"] == "licence.deregistered"]
    assert "注销" in gone["context"]
