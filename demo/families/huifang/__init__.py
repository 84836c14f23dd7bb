"""huifang: 直播回放 (replay) pages whose host speaks only in the video's WebVTT caption track.

Why a new kind: earlier live families deliver chat over a WebSocket, SSE, JSONP or JSON
polling, into a shadow DOM or a recycled list, and all show the host's words as chat lines.
A replay is a different delivery: what the host side said (主播, 助播, 场控 on the mic, the
platform's spoken notice) exists only as cues of a <track kind="captions"> file, one speaker
per WebVTT voice span, and a custom caption overlay shows each cue only while it is
current; viewers', the shop's and the system's 弹幕 come from a JSON file the page's script
replays over time. The served HTML holds no word of either. Each room links its shop's
店铺资质 page (licence, and the food permit for food sellers), judged against the family's
registry extract (registry.csv). Trades: 化妆品, 服装, 家电, 家居, 鞋靴, 家纺, 厨具, 文具 and
three food sellers (粉丝, 水饺, 零食) on Douyin, Kuaishou, Taobao and Pinduoduo replays.
"""

from __future__ import annotations

from demo.families.corpus import Family, Target, collect
from demo.families.huifang.player import player_asset, room_files
from demo.families.huifang.rooms import load


def build() -> Family:
    """The huifang family: 12 replay rooms, their captions, 弹幕 files and shop pages."""
    rooms = load()
    pages, assets = collect(rooms, room_files, player_asset())
    targets = tuple(
        Target(f"hf-{i:02d}", r.platform, "livestream", f"/hf/{r.key}/", r.shop_name, r.reg.name,
               r.reg.uscc, r.reg.uscc[2:8], r.category, r.note)
        for i, r in enumerate(rooms, 1))
    return Family(
        name="huifang", title="直播回放：主播字幕轨与弹幕文件（WebVTT + JSON）",
        generator="demo/families/huifang/player.py: replay page with <track> WebVTT captions "
                  "(voice spans per speaker role) and a timed 弹幕 JSON, played by player.js",
        voice="SAMR 直播电商典型案例 (2024-2025), 市说新语 普通食品功效 warning (2022), "
              "化妆品功效宣称 cases (国妆特字), platform 七天无理由 rules, buyers' 弹幕 questions",
        render=True, targets=targets, pages=pages, assets=assets,
        registry=tuple(r.filed for r in rooms))
