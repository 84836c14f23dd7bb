"""CSS generated content: licence captions shown only by a style sheet's ::before, in Chromium.

An anti-copy 官网 writes each licence caption as `.k-uscc::before { content: "…" }` in an
external sheet, the DOM holding bare values. read_page stamps what the browser shows on
each element (hongdun.records.GENERATED_ATTRS) and the rules read the stamps as text: the
licence is displayed, its code labelled. Icon-font glyphs, counters and empty strings are
not words.
"""

from __future__ import annotations

import asyncio

from playwright.async_api import Route, async_playwright

from crawlers import browser
from hongdun.records import GENERATED_ATTRS
from rules.engine import RuleSet
from rules.examples import build_capture
from rules.text import page_text

CHROMIUM = "/usr/bin/chromium"
SITE = "http://css-captions.test/"
SHEET = (r'.k-name::before{content:"\540D \79F0 \FF1A "}'
         r'.k-uscc::before{content:"\7EDF \4E00 \793E \4F1A \4FE1 \7528 \4EE3 \7801 \FF1A "}'
         '.ico::before{content:"\\e601"} .clear::after{content:""} '
         'ol li::before{content:counter(item)} .k-uscc::after{content:"（已核验）"}')
PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>示例商行</title>"
        "<link rel='stylesheet' href='/lic.css'></head><body><h1>营业执照</h1><dl>"
        "<dd class='k-name'>烟台市芝罘区示例商行</dd><dd class='k-uscc'>92370613MA3C5K7BXW</dd>"
        "</dl><i class='ico'></i><div class='clear'></div><ol><li>一</li></ol></body></html>")


async def _serve(route: Route) -> None:
    if route.request.url.endswith("/lic.css"):
        await route.fulfill(status=200, content_type="text/css", body=SHEET)
    else:
        await route.fulfill(status=200, content_type="text/html; charset=utf-8", body=PAGE)


async def _rendered() -> str:
    async with async_playwright() as pw:
        chromium = await pw.chromium.launch(executable_path=CHROMIUM, args=browser.LAUNCH_ARGS)
        try:
            page = await chromium.new_page()
            await page.route(SITE + "**", _serve)
            await browser.watch_settle(page)
            await page.goto(SITE, wait_until="load")
            await browser.read_page(page, 100, 5000)
            return await page.content()
        finally:
            await chromium.close()


def test_captions_shown_by_the_style_sheet_are_stamped_and_read() -> None:
    html = asyncio.run(_rendered())
    before, after = GENERATED_ATTRS
    assert f'{before}="统一社会信用代码："' in html and f'{after}="（已核验）"' in html
    assert html.count(before) == 2 and html.count(after) == 1  # no glyph, counter or ""
    lines = [" ".join(line.split()) for line in page_text(html).text.splitlines()]
    assert "统一社会信用代码：92370613MA3C5K7BXW（已核验）" in lines
    found = {f.rule_id for f in RuleSet.load().evaluate(build_capture({"html": html}))}
    assert "licence.missing" not in found and "licence.uscc_invalid" not in found


def test_without_the_stamps_the_values_stand_unlabelled() -> None:
    bare = page_text(PAGE).text
    assert "统一社会信用代码" not in bare and "92370613MA3C5K7BXW" in bare
