"""Pages are read in the charset they declare, as a browser reads them (GBK-era 官网)."""

from __future__ import annotations

from rules.parsed import decode_html
from rules.text import page_text

GBK_PAGE = "<html><head><title>公司简介</title></head><body><p>本厂产品全网最低价</p></body></html>"


def test_content_type_charset_decides() -> None:
    body = GBK_PAGE.encode("gbk")
    assert "全网最低价" in decode_html(body, "text/html; charset=GBK")
    assert "全网最低价" in page_text(body, content_type="text/html; charset=gb2312").text


def test_meta_charset_when_the_header_has_none() -> None:
    page = GBK_PAGE.replace("<head>", '<head><meta http-equiv="Content-Type" '
                                      'content="text/html; charset=gb2312">')
    assert "全网最低价" in page_text(page.encode("gb18030"), content_type="text/html").text


def test_utf8_stays_utf8_and_undeclared_gbk_is_detected() -> None:
    assert "全网最低价" in decode_html(GBK_PAGE.encode("utf-8"))
    assert "全网最低价" in decode_html(GBK_PAGE.encode("gb18030"))
