"""Caption tracks (WebVTT): a replay's spoken words read as its lines, each by its speaker.

The host of a replay may speak only in its video's <track> of captions. The crawler
follows the track (role captions), the rules read its cues as chat lines: a voice span's
name is the author, a platform label opening a cue makes it the platform's, and the rest
is the broadcast's own voice. Then a real sweep of a replay room.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from shadow_pages import findings, sweep_one

from crawlers.pages import CAPTIONS, caption_tracks, pages_to_follow
from crawlers.profiles import Profiles
from demo.server import DemoServer
from hongdun.records import Capture, PageCapture
from rules.captions import Cue, read_cues, vtt_as_html
from rules.engine import RuleSet
from rules.examples import build_capture
from rules.speech import shipped_speech
from rules.text import page_text

TRACK = """\ufeffWEBVTT - 回放字幕
Kind: captions

STYLE
::cue(v[voice="小美"]) { color: yellow }

NOTE 这一段不是字幕
时间 --> 不是时间

1
00:00:01.000 --> 00:00:03.500 align:start
<v.host 小美>家人们，这款卫衣是加绒的，
一米六五穿M码。</v>

00:01:04.000 --> 00:01:06.000
<v 场控>想要批发价的加我微信 yt2080，<00:01:05.000>直接转账便宜二十</v><v 小美>别急</v>

00:02:00.000 --> 00:02:02.000
<c.notice>【平台提示】请勿相信私下交易、加微信转账等信息</c>

00:03:00.000 --> 00:03:02.000
Tom &amp; Jerry <i>say</i>
hello
"""


def test_cues_are_read_voice_by_voice_with_their_times() -> None:
    assert read_cues(TRACK.encode()) == [
        Cue("00:00:01.000", "小美", "家人们，这款卫衣是加绒的，一米六五穿M码。"),
        Cue("00:01:04.000", "场控", "想要批发价的加我微信 yt2080，直接转账便宜二十"),
        Cue("00:01:04.000", "小美", "别急"),
        Cue("00:02:00.000", "", "【平台提示】请勿相信私下交易、加微信转账等信息"),
        Cue("00:03:00.000", "", "Tom & Jerry say hello"),
    ]


def test_each_cue_is_its_speakers_line() -> None:
    text = page_text(vtt_as_html(TRACK.encode(), shipped_speech()), speech=shipped_speech())
    roles = [(r.role, r.author) for r in text.regions if r.author]
    assert roles == [("anchor", "小美"), ("assistant", "场控"), ("anchor", "小美"),
                     ("platform", "字幕"), ("anchor", "字幕")]


def _with_captions(track: str) -> Capture:
    home = build_capture({"html": "<h1>回放</h1>"})
    captions = PageCapture(CAPTIONS, "https://shop.example.invalid/cc.vtt",
                           "https://shop.example.invalid/cc.vtt", 200,
                           (("Content-Type", "text/vtt; charset=utf-8"),), track.encode(), (),
                           False, home.pages[0].started_utc, home.pages[0].started_utc)
    return replace(home, pages=(*home.pages, captions))


def test_the_sellers_spoken_lure_is_found_and_the_platforms_warning_is_not() -> None:
    rules = RuleSet.load()
    found = rules.evaluate(_with_captions(TRACK), only=["live.offplatform_lure"])
    [finding] = found
    assert {p.matched_text for p in finding.places} == {"加我微信 yt2080", "直接转账"}
    assert all("平台提示" not in p.context for p in finding.places)
    quiet = TRACK.replace("想要批发价的加我微信 yt2080，<00:01:05.000>直接转账便宜二十",
                          "想要的拍一号链接")
    assert rules.evaluate(_with_captions(quiet), only=["live.offplatform_lure"]) == []


def test_caption_and_subtitle_tracks_are_followed_and_other_tracks_are_not() -> None:
    generic = Profiles.load().generic
    page = "http://shop.example/r/1/"
    html = ("<video><track kind='captions' label='中文' src='cc.vtt'>"
            "<track src='https://cdn.example/sub.vtt' srclang='zh'>"
            "<track kind='chapters' src='ch.vtt'><track kind='metadata' src='m.vtt'>"
            "<track kind='captions' src='javascript:void(0)'></video>")
    tracks = caption_tracks(html, page, generic)
    assert [(t.url, t.name) for t in tracks] == [("http://shop.example/r/1/cc.vtt", "中文"),
                                                 ("https://cdn.example/sub.vtt", "zh")]
    assert tracks[0].note == f"字幕 captions 中文 of {page}"
    assert pages_to_follow(html, page, "home", page, generic)[:2] == [
        ("http://shop.example/r/1/cc.vtt", CAPTIONS), ("https://cdn.example/sub.vtt", CAPTIONS)]


def test_a_sweep_of_a_replay_room_seals_its_captions_and_judges_them(tmp_path: Path) -> None:
    # huifang's hf-02: the 助播 moves buyers to WeChat only in the caption track
    home = tmp_path / "home"
    with DemoServer() as server:
        sweep_one(home, f"hf-02,快手,livestream,{server.base_url}/f/huifang/hf/yishang/,"
                        "衣尚坊女装,92370613MA9TPALB76,370613,服装")
    # the track is sealed as the page's body (its media type, text/vtt, in the manifest)
    [track] = home.glob("evidence/*/*/pages/*-captions/page.html")
    assert track.read_bytes().startswith(b"WEBVTT") and b"ysf2080" in track.read_bytes()
    lure = [f for f in findings(home) if f.rule_id == "live.offplatform_lure"]
    assert lure and any("ysf2080" in p.context for f in lure for p in f.places)
