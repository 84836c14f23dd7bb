"""Licence-entry discovery and image selection work on unseen layouts and wording."""

from __future__ import annotations

from pathlib import Path

from shadow_pages import findings, sweep_one

from crawlers.pages import SeenImage, images_to_keep, licence_entries, links, pages_to_follow
from crawlers.profiles import Profiles
from demo.server import DemoServer
from hongdun.records import Target

PROFILES = Profiles.load()
GENERIC = PROFILES.generic
SHOP = "http://shop.example/s/9/"


def test_follows_licence_words_and_hrefs_within_the_shop() -> None:
    html = """
    <nav><a href="/s/9/about">关于我们</a>
    <a href="/s/9/zz" title="证照信息"><i></i></a>
    <a href="/s/9/p?x=1"><img alt="亮照" src="/i.png"></a>
    <a href="/s/9/shop_licence.htm">more</a>
    <a href="http://other.example/licence">营业执照</a>
    <a href="https://beian.miit.gov.cn/">鲁ICP备12345678号</a></nav>"""
    found = licence_entries(html, SHOP, SHOP, GENERIC)
    assert found == ["http://shop.example/s/9/zz", "http://shop.example/s/9/p?x=1"]


def test_icp_and_police_filings_are_not_licence_entries() -> None:
    html = '<a href="/icp">ICP备案 证照</a><a href="/ga">公安备案 资质</a>'
    assert licence_entries(html, SHOP, SHOP, GENERIC) == []


def test_profile_by_platform_then_domain_then_generic() -> None:
    def target(platform: str, url: str) -> Target:
        return Target("t", platform, "storefront", url, "x", "92370613MA3C5K7BXW", "370602", "c")

    assert PROFILES.for_target(target("tmall", "http://127.0.0.1/")).name == "taobao"
    assert PROFILES.for_target(target("other", "https://mall.jd.com/x")).name == "jd"
    assert PROFILES.for_target(target("other", "http://127.0.0.1/")).name == "generic"
    assert "营业执照" in PROFILES.by_name["jd"].licence_words  # inherited and added


def test_images_kept_by_role_and_words() -> None:
    seen = [
        SeenImage("http://s/a.png", "", "店铺营业执照", 400, 300),
        SeenImage("http://s/b.png", "banner", "新品上市", 800, 200),
        SeenImage("http://s/c.png", "营业执照", "", 20, 20),  # an icon, too small
    ]
    assert [i.src for i in images_to_keep(seen, "home", GENERIC)] == ["http://s/a.png"]
    assert len(images_to_keep(seen, "licence", GENERIC)) == 2
    assert [i.src for i in images_to_keep(seen, "item", GENERIC)] == ["http://s/a.png"]


def test_item_pages_of_the_same_shop_are_followed_in_order() -> None:
    from crawlers.pages import item_entries

    html = """<a href="/s/9/item/1">海参礼盒</a><a href="/s/9/item/1#top">again</a>
    <a href="/s/9/goods.html?id=2">x</a><a href="http://other.example/item/3">off</a>
    <a href="/s/9/about">关于</a><a href="/s/9/detail/4">d</a><a href="/s/9/product/5">p</a>
    <a href="/s/9/sku/6">s</a>"""
    assert item_entries(html, SHOP, SHOP, GENERIC) == [
        "http://shop.example/s/9/item/1", "http://shop.example/s/9/goods.html?id=2",
        "http://shop.example/s/9/detail/4", "http://shop.example/s/9/product/5"]


def test_a_catalogue_entry_with_no_price_leads_to_the_goods_by_what_it_says() -> None:
    from crawlers.pages import item_entries

    html = """<td><a href="/s/9/list.asp?lb=3">产品展示</a></td><td><a href="/s/9/cpzx/">x</a></td>
    <td><a href="/s/9/news.asp">新闻动态</a></td><td><a href="/s/9/gsjj.asp">公司简介</a></td>"""
    assert item_entries(html, SHOP, SHOP, GENERIC) == [
        "http://shop.example/s/9/list.asp?lb=3", "http://shop.example/s/9/cpzx/"]


def test_an_offer_card_showing_a_price_is_an_item_page_whatever_its_url() -> None:
    from crawlers.pages import item_entries

    html = """<a href="/s/9/lot/z1.html">经典款单肩包 ¥12800</a>
    <a href="/s/9/zizhi.html">资质 ￥0</a>
    <a href="/s/9/gift/g1.html"><span>贝壳风铃礼盒</span> <b>25元</b></a><a href="/s/9/">首页 ¥</a>
    <a href="/s/9/news/1">店铺公告</a><a href="/s/9/item/7">海参</a>"""
    assert item_entries(html, SHOP, SHOP, GENERIC) == [
        "http://shop.example/s/9/item/7", "http://shop.example/s/9/lot/z1.html",
        "http://shop.example/s/9/gift/g1.html"]


def test_a_link_labelled_as_the_services_or_the_goods_details_is_an_item_page() -> None:
    # a 到店 or 医美 shop sells 项目 (its 热门项目 at a pinyin URL), a shop its goods' 详情: the
    # label says what the page holds, as a catalogue (全部商品) does; the news is no item page
    from crawlers.pages import item_entries

    html = """<nav><a href="/s/9/">首页</a><a href="/s/9/fuwu.html">服务项目</a>
    <a href="/s/9/p/3.html">商品详情</a><a href="/s/9/all.html">全部商品</a>
    <a href="/s/9/news/1">店铺公告</a><a href="/s/9/zizhi.html">机构资质</a></nav>"""
    assert item_entries(html, SHOP, SHOP, GENERIC) == [
        "http://shop.example/s/9/fuwu.html", "http://shop.example/s/9/p/3.html",
        "http://shop.example/s/9/all.html"]
    assert "项目" in PROFILES.by_name["meituan"].item_words  # inherited by every profile


def test_a_home_naming_its_goods_by_name_alone_has_its_other_pages_followed() -> None:
    # a tea shop's nav names its teas (no goods word, no goods URL, no price): its other
    # same-shop pages are its goods, all but the site's own controls and the home itself;
    # a home with a goods link keeps to it
    from crawlers.pages import item_entries

    html = """<nav><a href="/s/9/">首页</a><a href="/s/9/longjing">明前龙井</a>
    <a href="/s/9/login">登录</a><a href="/s/9/tieguanyin">安溪铁观音</a>
    <a href="/s/9/cart">购物车</a><a href="/s/9/about">关于我们</a><a href="/s/9/x"></a>
    <a href="http://other.example/puer">普洱</a></nav>"""
    assert item_entries(html, SHOP, SHOP, GENERIC) == [
        "http://shop.example/s/9/longjing", "http://shop.example/s/9/tieguanyin"]
    html += '<a href="/s/9/item/1">白茶</a>'
    assert item_entries(html, SHOP, SHOP, GENERIC) == ["http://shop.example/s/9/item/1"]


def test_about_and_contact_pages_follow_the_licence_entries() -> None:
    from crawlers.pages import about_entries

    html = """<table><tr><td><a href="/s/9/gsjj.asp">公司简介</a></td>
    <td><a href="/s/9/contact.html">Contact</a></td><td><a href="/s/9/zz">营业执照</a></td>
    <td><a href="http://other.example/about">关于我们</a></td></tr></table>
    <footer><a href="/s/9/qyxx">企业信息</a> <a href="https://beian.miit.gov.cn/">鲁ICP备1号</a>
    </footer>"""
    assert licence_entries(html, SHOP, SHOP, GENERIC) == ["http://shop.example/s/9/zz"]
    assert about_entries(html, SHOP, SHOP, GENERIC) == [
        "http://shop.example/s/9/gsjj.asp", "http://shop.example/s/9/contact.html",
        "http://shop.example/s/9/qyxx"]  # the third (企业信息) is read too: small sites have 3-4
    assert GENERIC.max_about_pages == 4
    assert "关于我们" in PROFILES.by_name["jd"].about_words  # inherited by every profile


def test_a_link_saying_only_view_is_judged_by_its_parent() -> None:
    html = """<p>营业执照信息：<a href="/s/9/lic.html">点击查看</a></p>
    <p>热销商品 <a href="/s/9/hot.html">查看</a></p>"""
    assert licence_entries(html, SHOP, SHOP, GENERIC) == ["http://shop.example/s/9/lic.html"]


def test_a_licence_image_in_a_hidden_panel_is_kept_though_not_laid_out() -> None:
    seen = [SeenImage("http://s/yyzz.png", "营业执照", "", 0, 0),  # in a sheet shown on tap
            SeenImage("http://s/logo.png", "logo", "", 0, 0)]
    assert [i.src for i in images_to_keep(seen, "home", GENERIC)] == ["http://s/yyzz.png"]


def test_entries_that_hold_the_sellers_records_are_followed_as_about_pages() -> None:
    # issue 9: unprofiled platforms (1688, 饿了么, 微店) name the licence page by what it
    # holds (公司档案, 食品安全档案, 店铺信息), not by a licence word
    from crawlers.pages import about_entries, pages_to_follow

    html = """<ul class="x"><li><a href="./">首页</a></li><li><a href="#offers">供应产品</a></li>
    <li><a href="archive">公司档案</a></li></ul><nav><a href="shangjia">食品安全档案</a>
    <a href="/s/9/shop-info" aria-label="店铺信息"><i></i></a>
    <a href="http://other.example/dangan">企业档案</a></nav>"""
    found = about_entries(html, SHOP, SHOP, GENERIC)
    assert found == ["http://shop.example/s/9/archive", "http://shop.example/s/9/shangjia",
                     "http://shop.example/s/9/shop-info"]
    follow = pages_to_follow(html, SHOP, "home", SHOP, GENERIC)
    assert [role for _, role in follow] == ["about"] * 3
    many = "".join(f'<a href="/s/9/d{i}">档案{i}</a>' for i in range(9))
    assert len(about_entries(many, SHOP, SHOP, GENERIC)) == GENERIC.max_about_pages


def test_a_live_rooms_shop_entry_is_followed_first_and_its_licence_entry_after() -> None:
    # a room shows no licence itself: its 进店/橱窗/小店 entry leads to the shop's page, and
    # the shop's 资质 entry to the licence; both are followed before "not shown" is decided
    from crawlers.pages import pages_to_follow

    room = SHOP + "room/7/"
    html = f"""<header><h1>直播间</h1><a class="x" href="{room}store.html">进店看看</a></header>
    <footer><a href="/s/9/about">关于我们</a></footer>
    <a href="http://other.example/store">进入店铺</a>"""
    follow = pages_to_follow(html, room, "home", room, GENERIC)
    assert follow[0] == (room + "store.html", "about")  # the shop first, same host only
    assert [u for u, _ in follow].count("http://other.example/store") == 0
    shop = f"""<h1>店铺</h1><a href="{room}papers">店铺资质</a>"""
    assert pages_to_follow(shop, room + "store.html", "about", room, GENERIC) == [
        (room + "papers", "licence")]
    assert "进店" in PROFILES.by_name["pinduoduo"].shop_words  # inherited by every profile


def test_a_licence_tab_filled_on_tap_is_followed_by_the_url_it_would_fetch() -> None:
    # a 资质证照 tab whose panel is filled by fetch() on click: the data-* URL it names is
    # the licence entry; a tab of another subject, or a data-* value that is no URL, is not
    html = """<div role="tablist"><button role="tab" data-pane="p1">公司简介</button>
    <button role="tab" data-pane="p2" data-src="/s/9/zz.json">资质证照</button>
    <button data-load="/s/9/news.json">新闻动态</button>
    <span role="tab" data-x-url="cert/panel.html" aria-label="营业执照"></span></div>"""
    assert licence_entries(html, SHOP, SHOP, GENERIC) == [
        "http://shop.example/s/9/zz.json", "http://shop.example/s/9/cert/panel.html"]


def test_a_licence_badge_that_opens_a_popup_is_followed_by_the_page_it_opens() -> None:
    # a 建站 SaaS's 亮照 badge has no address of its own (javascript:void(0), a bare <a>, an
    # onclick): the page its data-* attribute or its window.open() names is the licence entry
    html = """<footer><a href="javascript:void(0)" data-cert="/s/9/zz.html">电子亮照</a>
    <a onclick="window.open('/s/9/yyzz.html','cert','width=560')">营业执照</a>
    <a href="javascript:;" onclick="location.href='/s/9/news.html'">新闻动态</a></footer>"""
    assert licence_entries(html, SHOP, SHOP, GENERIC) == [
        "http://shop.example/s/9/zz.html", "http://shop.example/s/9/yyzz.html"]


def test_hash_routes_of_a_script_rendered_shell_are_pages_and_anchors_are_not() -> None:
    # a 小程序 H5 shell draws #/qualification and #/goods/<id> client-side: each route is a
    # page of its own for a browser visit; #top and #section stay the page itself
    shell = """<script src="app.js"></script><nav><a href="#/">首页</a>
    <a href="#/qualification">商家资质</a><a href="#top">回到顶部</a></nav>
    <ul><li><a href="#/goods/g1">全麦欧包</a></li><li><a href="#!/goods/g2">法棍</a></li></ul>
    <a href="#section-2">更多</a>"""
    follow = pages_to_follow(shell, SHOP, "home", SHOP, GENERIC)
    assert follow == [(SHOP + "#/qualification", "licence"), (SHOP + "#/goods/g1", "item"),
                      (SHOP + "#!/goods/g2", "item")]
    # on a route page, links to other routes resolve against the shell
    route = SHOP + "#/goods/g1"
    assert licence_entries(shell, route, SHOP, GENERIC) == [SHOP + "#/qualification"]
    # the same hrefs on a page without scripts are in-page anchors: nothing to follow
    static = shell.replace('<script src="app.js"></script>', "")
    assert pages_to_follow(static, SHOP, "home", SHOP, GENERIC) == []
    assert [link.url for link in links(static + '<a href="/s/9/item/1#spec">x</a>', SHOP)] \
        == [SHOP + "item/1"]


def test_a_sweep_captures_a_mini_programs_routes_as_pages_of_their_own(tmp_path: Path) -> None:
    # the spider follows the shell's #/qualification and #/goods/g1 routes, the browser is
    # shown each at its route, and each is sealed as its own page with the route's content
    home = tmp_path / "home"
    with DemoServer() as server:
        sweep_one(home, f"xc-01,微信小程序,storefront,{server.base_url}/f/xcxmall/wx/maixiang/,"
                        "麦香坊,92370602MAWF6U9271,370602,食品")
    pages = {p.parent.name: p.read_text(encoding="utf-8")
             for p in home.glob("evidence/*/*/pages/*/page.html")}
    [licence] = [html for name, html in pages.items() if "licence" in name]
    assert "烟台市芝罘区麦香坊烘焙店" in licence and "data-mp-route=\"/qualification\"" in licence
    [item] = [html for name, html in pages.items() if "item" in name]
    assert "全麦欧包" in item and "data-mp-route=\"/goods/g1\"" in item
    assert {f.rule_id for f in findings(home)} == set()
