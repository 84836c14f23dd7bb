"""The eleventh batch (huifang, chaguan, lanmao, jindian): its shape, registry extracts,
every page served, and what is new about it: a replay room's host speaking only in a WebVTT
caption track, a pushState SPA whose licence loads only when scrolled into view, a licence
laid out by CSS grid out of DOM order, and pages served as GBK with the charset only in a
<meta>. Its scores are test_families.py's (TENTH_FLOOR): the batch was published after
first contact and is tuned on now.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page

from demo.families import HELD_OUT
from demo.families.corpus import Family
from demo.server import DemoServer
from tests.family_batches import (
    check_links_resolve,
    check_registry_extracts,
    check_served,
    check_shape,
    fetch,
)

BATCH = ("huifang", "chaguan", "lanmao", "jindian")
_CUE_TIMES = re.compile(r"^(\d{2}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2}):(\d{2}):(\d{2})\.(\d{3})$")


@pytest.fixture(scope="module")
def batch(family_build: Callable[[str], Family]) -> dict[str, Family]:
    return {name: family_build(name) for name in BATCH if name in HELD_OUT}



def _seconds(parts: tuple[str, ...]) -> float:
    h, m, s, ms = map(int, parts)
    return h * 3600 + m * 60 + s + ms / 1000


def test_the_batch_is_held_out_shaped_registered_and_served(
        batch: dict[str, Family], family_server: DemoServer, tmp_path: Path) -> None:
    """One live family among four; shape and decoys, fresh registry extracts backing the
    注销/吊销 labels, every page and asset served, every link inside its family."""
    assert set(batch) == set(BATCH)
    assert {t.kind for t in batch["huifang"].targets} == {"livestream"}
    check_shape(batch)
    check_registry_extracts(batch, tmp_path)
    check_links_resolve(batch)
    check_served(batch, family_server.base_url)


def test_a_replay_rooms_caption_track_is_webvtt_with_a_voice_per_cue(
        family_server: DemoServer) -> None:
    base = f"{family_server.base_url}/f/huifang/hf/yishang/"
    page, _ = fetch(base)
    assert b'<track kind="captions"' in page and b"ysf2080" not in page
    body, kind = fetch(base + "cc.vtt")
    assert kind.startswith("text/vtt")
    text = body.decode("utf-8")
    assert text.startswith("WEBVTT")
    blocks = text.strip().split("\n\n")[1:]
    starts = []
    for block in blocks:
        _, timing, payload = block.split("\n", 2)
        times = _CUE_TIMES.match(timing)
        assert times, timing
        start, end = _seconds(times.groups()[:4]), _seconds(times.groups()[4:])
        assert start < end
        starts.append(start)
        assert re.fullmatch(r"<v\.(zb|zhb|ck) [^>]+>[^<]+</v>|<c\.xt>[^<]+</c>", payload), payload
    assert starts == sorted(starts) and len(starts) == 4
    assert "<v.zhb 小鱼>" in text and "ysf2080" in text  # the 助播's lure is in the track only
    danmaku, kind = fetch(base + "dm.json")
    assert kind.startswith("application/json")
    assert {item["r"] for item in json.loads(danmaku)["items"]} == {0, 2}


def test_a_replay_plays_its_captions_and_keeps_its_danmaku(family_server: DemoServer,
                                                           family_page: Page) -> None:
    family_page.goto(f"{family_server.base_url}/f/huifang/hf/yishang/")
    family_page.wait_for_function(
        "document.querySelector('.hf-cap').textContent.includes('ysf2080')", timeout=20_000)
    assert family_page.inner_text(".hf-cap .hf-who") == "助播 小鱼"
    family_page.wait_for_selector("html[data-hf=done]", timeout=20_000)
    assert "ysf2080" not in family_page.inner_text("body")  # the caption is gone at the end
    assert family_page.locator(".hf-log li").count() == 4
    family_page.goto(f"{family_server.base_url}/f/huifang/hf/baowen/")
    family_page.wait_for_selector("html[data-hf=done]", timeout=20_000)
    shop_rows = family_page.locator(".hf-log li[data-r='1']")
    assert shop_rows.count() == 1 and "商家" in shop_rows.inner_text()
    assert "二维码" in shop_rows.inner_text()


def test_an_spa_serves_its_shell_at_every_real_path(batch: dict[str, Family],
                                                   family_server: DemoServer) -> None:
    shop = f"{family_server.base_url}/f/chaguan/cg/kunyu/"
    home, kind = fetch(shop)
    assert kind.startswith("text/html")
    for deep in ("zizhi", "cha/yunwu", "cha/hongcha"):
        assert fetch(shop + deep)[0] == home
    assert "统一社会信用代码".encode() not in home and "北纬".encode() not in home
    licence = json.loads(fetch(shop + "api/zizhi.json")[0])
    assert ["企业名称", "烟台昆嵛云雾茶业有限公司"] in licence["rows"]
    paths = {p.path for p in batch["chaguan"].pages}
    assert "/cg/baozhuang/zizhi" not in paths  # footer-only shops have no 资质 route


def test_an_spa_loads_its_licence_only_when_scrolled_into_view(family_server: DemoServer,
                                                               family_page: Page) -> None:
    family_page.set_viewport_size({"width": 1000, "height": 700})
    family_page.goto(f"{family_server.base_url}/f/chaguan/cg/baozhuang/")
    family_page.wait_for_selector("html[data-cg=ready]", timeout=20_000)
    family_page.wait_for_timeout(500)
    assert family_page.get_attribute("html", "data-cg-zz") is None
    assert "烟台茶小满电子商务有限公司" not in family_page.inner_text("body")
    family_page.locator(".cg-foot").scroll_into_view_if_needed()
    family_page.wait_for_selector("html[data-cg-zz=loaded]", timeout=20_000)
    assert "烟台茶小满电子商务有限公司" in family_page.inner_text(".cg-foot")
    family_page.goto(f"{family_server.base_url}/f/chaguan/cg/kunyu/")
    family_page.wait_for_selector("html[data-cg=ready]", timeout=20_000)
    family_page.evaluate("window.__sameDocument = true")
    family_page.click("nav a[href$='/zizhi']")
    family_page.wait_for_selector("html[data-cg-zz=loaded]", timeout=20_000)
    assert family_page.url.endswith("/f/chaguan/cg/kunyu/zizhi")
    assert family_page.evaluate("window.__sameDocument") is True  # pushState, no reload


def test_a_licence_grid_pairs_captions_and_values_only_in_layout(
        family_server: DemoServer, family_page: Page) -> None:
    url = f"{family_server.base_url}/f/lanmao/lm/danbai/zizhi.html"
    served = fetch(url)[0].decode()
    cells = re.findall(r'class="lm-([kv])" style="grid-area:([kv]\d+)">', served)
    assert sorted(cells) != cells and len(cells) == 14  # DOM order is not the reading order
    family_page.goto(url)
    for area, value in (("0", "烟台康禾健康产品有限公司"), ("1", "91370602")):
        caption = family_page.locator(f".lm-k[style*='grid-area:k{area}']").bounding_box()
        cell = family_page.locator(f".lm-v[style*='grid-area:v{area}']")
        box = cell.bounding_box()
        assert caption and box and abs(caption["y"] - box["y"]) < 2 and caption["x"] < box["x"]
        assert cell.inner_text().startswith(value)


def test_gbk_pages_declare_their_charset_only_in_a_meta(batch: dict[str, Family],
                                                        family_server: DemoServer,
                                                        family_page: Page) -> None:
    metas = set()
    for page in batch["jindian"].pages:
        body, kind = fetch(f"{family_server.base_url}/f/jindian{page.path}")
        assert kind == "text/html"  # no charset parameter
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        head = body[:300].decode("ascii", "replace").lower()
        metas.add(re.search(r"charset=\"?(gbk|gb2312)", head).group(1))  # type: ignore[union-attr]
    assert metas == {"gbk", "gb2312"}
    family_page.goto(f"{family_server.base_url}/f/jindian/jd/zujin/zhizhao.htm")
    assert "招远市金福源珠宝有限公司" in family_page.inner_text("fieldset")
