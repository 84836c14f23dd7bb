"""chaguan: 茶叶 shops as a pushState SPA on real paths, the licence loaded only when seen.

Why a new kind: earlier SPAs route on the hash (#/qualification) or boot from an
__INITIAL_STATE__ blob, and their licence sits in the first render, a dialog or a fetch()
tab. Here every route is a real path (/cg/<shop>/zizhi, /cg/<shop>/cha/<slug>) that the
server answers with the same wordless shell; the script renders the route from a JSON API
and follows links with history.pushState. The licence block is fetched only when the home
route's footer scrolls into view (IntersectionObserver): a crawler that renders without
scrolling sees no licence at all. Some shops add a 资质 route; three show the licence only
in the lazy footer. The trade is new too: 茶叶 and 代用茶, with tea's own wrinkles
(降三高 claims on ordinary tea, bulk tea needing a permit where prepackaged-only sellers file
a 备案, brewing tips using 最佳/第一泡, opened tea excluded from returns only with the buyer's
confirmation). Each shop is judged against the family's registry extract (registry.csv).
"""

from __future__ import annotations

from demo.families.chaguan.shell import app_asset, shop_files
from demo.families.chaguan.shops import load
from demo.families.corpus import Family, Target, collect


def build() -> Family:
    """The chaguan family: 11 tea shops, each route a shell, data in two JSON files."""
    shops = load()
    pages, assets = collect(shops, shop_files, app_asset())
    targets = tuple(
        Target(f"cg-{i:02d}", "other", "storefront", f"/cg/{s.key}/", s.shop_name, s.reg.name,
               s.reg.uscc, s.reg.uscc[2:8], "食品", s.note)
        for i, s in enumerate(shops, 1))
    return Family(
        name="chaguan", title="茶叶独立站：pushState 单页应用，资质随滚动加载",
        generator="demo/families/chaguan/shell.py: one shell at every real path; app.js renders "
                  "routes from api/shop.json and lazy-loads api/zizhi.json by IntersectionObserver",
        voice="房县茶馆功效宣传处罚 (楚天都市报), 重庆 神农茶 广告监测公告, 北京商报 2025 降糖茶, "
              "宁夏 银杏茶, SAMR 2023 绝对化用语指南, 食品经营许可和备案管理办法 (2023), "
              "七日无理由退货暂行办法",
        render=True, targets=targets, pages=pages, assets=assets,
        registry=tuple(s.filed for s in shops))
