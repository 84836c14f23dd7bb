"""lanmao: 保健食品 shops whose licence fields sit in a CSS grid that the DOM order does not follow.

Why a new kind: earlier families show the licence as a table, a list, paragraphs, an image,
a dialog or a framed page, and in each the DOM order is the reading order. Here the block
is a CSS grid: every caption (名称, 统一社会信用代码 …) and every value is a cell placed by
`grid-area`, and the cells are written in an order shuffled per shop, so the text read in
DOM order pairs no caption with its value; only the rendered layout does. Two shops put the
grid in the home page's footer instead of a 资质公示 page. The trade is new: 保健食品, with
the 蓝帽子 wrinkle: an approved function stated as registered (有助于增强免疫力, 有助于维持血糖
健康水平) is lawful, 治疗/预防疾病 is not; an ordinary 压片糖果 or 固体饮料 may claim no function
at all; 本品不能代替药物 is a required warning, not a claim; a buyer's review is not the
seller's word. Each shop is judged against the family's registry extract (registry.csv).
"""

from __future__ import annotations

from demo.families.corpus import Family, Target, collect
from demo.families.lanmao.grid import store_files
from demo.families.lanmao.stores import load


def build() -> Family:
    """The lanmao family: 11 保健食品 shops, server-rendered, licence in a shuffled CSS grid."""
    stores = load()
    pages, assets = collect(stores, store_files)
    targets = tuple(
        Target(f"lm-{i:02d}", s.platform, "storefront", f"/lm/{s.key}/", s.shop_name, s.reg.name,
               s.reg.uscc, s.reg.uscc[2:8], "保健食品", s.note)
        for i, s in enumerate(stores, 1))
    return Family(
        name="lanmao", title="保健食品网店：资质字段以 CSS 网格排版，DOM 顺序与视觉顺序不同",
        generator="demo/families/lanmao/grid.py: server-rendered pages; the licence is a CSS grid "
                  "whose caption and value cells are placed by grid-area in a shuffled DOM order",
        voice="允许保健食品声称的保健功能目录 (2023), 广告法 §18, "
              "SAMR/中消协 2022 普通食品功效提示, 上海 2025 老年保健品案件, "
              "中消协 2022 特殊商品退货意见, buyers' reviews",
        render=False, targets=targets, pages=pages, assets=assets,
        registry=tuple(s.filed for s in stores))
