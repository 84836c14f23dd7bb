"""Who is speaking: chat lines and platform regions read from page structure; seller-only rules."""

from __future__ import annotations

import pytest

from hongdun.errors import InvalidRecord
from hongdun.records import Message
from rules.engine import RuleSet
from rules.examples import build_capture
from rules.speech import shipped_speech
from rules.text import page_text

TEXT_RULES = ("ad.absolute_terms", "ad.medical_claims", "returns.refused",
              "live.offplatform_lure")


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


def regions(html: str) -> list[tuple[str, str, str]]:
    text = page_text(html, speech=shipped_speech())
    return [(text.text[r.start:r.end].strip(), r.role, r.author) for r in text.regions]


def found(rules: RuleSet, html: str, **target: str) -> set[tuple[str, str]]:
    capture = build_capture({"html": html, "target": target})
    return {(f.rule_id, place.matched_text)  # every matched place of every finding
            for f in rules.evaluate(capture, only=TEXT_RULES) for place in f.places}


BADGED = """<div class="x1">
  <div class="r"><i>主播</i><em>果果</em><span>加我微信 gg12345 便宜</span></div>
  <div class="r"><em>小李</em><span>加我微信 li99999 拼单</span></div>
  <div class="r"><i>场控</i><em>阿强</em><span>私聊转账打八折</span></div>
  <div class="r"><em>系统消息</em><span>请勿私下转账</span></div></div>"""


def test_badges_give_roles_and_unlabelled_lines_are_viewers() -> None:
    got = [(role, author) for _, role, author in regions(f"<html><body>{BADGED}</body></html>")]
    assert got == [("anchor", "果果"), ("viewer", "小李"), ("assistant", "阿强"),
                   ("platform", "系统消息")]


def test_author_prefixes_in_any_markup() -> None:
    html = ("<ol><li>主播：全网最低价</li><li>小美：能治好吗？</li>"
            "<li>平台提醒：谨防诈骗，请勿加微信</li><li>阿花：来了</li></ol>")
    assert [r[1] for r in regions(html)] == ["anchor", "viewer", "platform", "viewer"]


def test_the_rooms_own_account_is_the_anchor() -> None:
    html = ("<html><head><title>悦衣女装的直播间</title></head><body><h1>悦衣女装 直播间</h1>"
            "<ul><li><time>20:01</time><b>晴天</b><span>大衣有黑色吗</span></li>"
            "<li><time>20:02</time><b>悦衣女装</b><span>有的，2号链接</span></li>"
            "<li><time>20:03</time><b>晴天</b><span>好</span></li></ul></body></html>")
    assert [(r[1], r[2]) for r in regions(html)] == [("viewer", "晴天"), ("anchor", "悦衣女装"),
                                                      ("viewer", "晴天")]


def test_a_product_list_is_not_a_chat() -> None:
    html = ("<ul><li><a>主播同款连衣裙</a><b>¥99</b></li><li><a>烟台苹果</a><b>¥30</b></li>"
            "<li><a>全网最低价海参</a><b>¥199</b></li></ul>")
    assert regions(html) == []


def test_platform_notices_and_marked_chrome_belong_to_the_platform() -> None:
    html = ('<p>抖音电商提醒：谨防站外交易</p><footer class="platform-bar"><p>温馨提示：请勿加'
            '商家微信私下交易</p></footer><footer><p>本店微信：shop8888</p></footer>')
    got = regions(html)
    assert [r[1] for r in got] == ["platform", "platform"]
    assert got[1][0].startswith("温馨提示")  # the marked footer, with the notice inside it
    assert "本店微信" not in "".join(r[0] for r in got)  # the shop's own footer stays the shop's


def test_seller_rules_judge_only_the_sellers_side(rules: RuleSet) -> None:
    got = found(rules, BADGED)
    assert ("live.offplatform_lure", "加我微信 gg12345") in got  # the anchor
    assert any(m.startswith("私聊转账") for r, m in got)  # the assistant
    assert not any("li99999" in m for _, m in got)  # a viewer's words are not the seller's


def test_a_viewers_question_and_the_platforms_warning_are_not_findings(rules: RuleSet) -> None:
    html = ('<ul class="danmu"><li><b>主播</b><span>阿美</span><span>这是普通食品哦</span></li>'
            "<li><span>小王</span><span>这个能治好糖尿病吗</span></li>"
            "<li><span>老张</span><span>我吃了能降血糖</span></li>"
            "<li><b>系统消息</b><span>x</span><span>加微信私下转账的都是骗子</span></li></ul>")
    assert found(rules, html, category="食品") == set()


def test_an_anchor_who_refuses_is_complying(rules: RuleSet) -> None:
    html = "<ol><li>小月：能加个微信吗</li><li>主播：不加微信，平台下单</li><li>阿花：好</li></ol>"
    assert found(rules, html) == set()


def test_chat_messages_carry_a_role() -> None:
    assert Message("2026-11-20T02:00:00.000Z", "阿强", "hi", role="assistant").role == "assistant"
    assert Message("2026-11-20T02:00:00.000Z", "x", "hi").role == "unknown"
    with pytest.raises(InvalidRecord, match="speaker role"):
        Message("2026-11-20T02:00:00.000Z", "x", "hi", role="boss")


def test_message_roles_are_honoured(rules: RuleSet) -> None:
    spec = {"html": "<p>直播间</p>", "target": {"kind": "livestream"}, "messages": []}
    capture = build_capture(spec)
    page = capture.pages[0]
    lines = (Message("2026-11-20T02:00:01.000Z", "阿强", "加我微信 ab12345", role="assistant"),
             Message("2026-11-20T02:00:02.000Z", "小王", "加我微信 cd67890", role="viewer"),
             Message("2026-11-20T02:00:03.000Z", "官方", "加微信私聊转账都是诈骗", role="platform"))
    from dataclasses import replace

    capture = replace(capture, pages=(replace(page, messages=lines),))
    got = [(f.matched_text, f.context) for f in rules.evaluate(capture, only=TEXT_RULES)]
    assert [m for m, _ in got] == ["加我微信 ab12345"]
    assert "speaker assistant 阿强" in got[0][1]


def test_warnings_negations_questions_and_reports_quote_without_doing(rules: RuleSet) -> None:
    for text in ("当事人在网店宣称其产品“全网第一”，被责令停止发布广告",
                 "广告不得使用“国家级”“最高级”“最佳”等用语",
                 "有商家称“加微信更便宜”，消费者要警惕",
                 "这个茶能降血压吗？",
                 "法院认为，标注“不支持七天无理由退货”不能排除消费者的权利",
                 "依据《广告法》第十七条，普通食品不得宣称治疗糖尿病"):
        assert found(rules, f"<p>{text}</p>", category="食品") == set(), text


def test_claims_of_effect_on_the_body_without_disease_words(rules: RuleSet) -> None:
    for text in ("每天一杯，宿便毒素统统排出", "坚持喝，血管里的斑块慢慢溶解", "黑肺都被洗干净了"):
        got = found(rules, f"<p>{text}</p>", category="食品")
        assert {r for r, _ in got} == {"ad.medical_claims"}, text


def test_buyers_reviews_are_the_buyers_words(rules: RuleSet) -> None:
    html = ("<h3>买家评价(3)</h3><ul><li><b>t***1</b><p>客服说特价概不退换，差评</p></li>"
            "<li><b>小**</b><p>全网最低价，划算</p></li>"
            "<li><b>掌柜回复</b><p>亲，支持七天无理由退货的</p></li></ul>")
    assert [r[1] for r in regions(html)] == ["viewer", "viewer", "anchor"]
    assert found(rules, html) == set()


def test_blocks_under_a_review_heading_are_the_buyers_up_to_the_next_heading(
        rules: RuleSet) -> None:
    # reviews as a section of the product's own page (no list, no block of their own): the
    # run of alike blocks after a 买家评价 heading is the buyers', a seller's reply in it the
    # seller's; the shop's text after the run, or after the next heading, is the shop's again
    html = ("<div><h1>苦荞茶</h1><p>精选苦荞，麦香浓郁。</p><h2>买家评价</h2>"
            "<div class='rv'><cite>王**</cite>喝了三个月血糖稳定了</div>"
            "<div class='rv'><cite>李**</cite>客服说概不退换</div>"
            "<div class='rv'><cite>掌柜回复：</cite>亲，支持七天无理由退货</div>"
            "<p>本店承诺：本茶可降血糖</p><h2>店铺说明</h2><div class='rv'>全网最低价</div></div>")
    got = [(text[:6], role) for text, role, _ in regions(html)]
    assert got == [("王**喝了三", "viewer"), ("李**客服说", "viewer"), ("掌柜回复：亲", "anchor")]
    assert {rule for rule, _ in found(rules, html)} == {"ad.medical_claims", "ad.absolute_terms"}
    assert ("ad.medical_claims", "降血糖") in found(rules, html)


def test_one_review_is_a_buyers_and_a_short_chat_keeps_its_badges() -> None:
    html = ("<h3>买家评价</h3><ul><li><span>m***2</span>客服没让加微信，平台上就退了</li></ul>"
            "<div class='live-chat'><div><b>场控</b><span>阿强：</span><span>拍下备注</span></div>"
            "<div><span>小周：</span><span>几号链接</span></div></div>")
    # a short chat that labels the seller's side (场控) leaves its unlabelled lines to viewers,
    # as a long one does
    assert [(r[1], r[2]) for r in regions(html)] == [("viewer", ""), ("assistant", "阿强："),
                                                      ("viewer", "小周：")]


def test_a_thread_under_its_own_title_is_read_line_by_line() -> None:
    # a 留言 thread of two under its own heading (xianyu xy-06): the seller's reply is
    # labelled (卖家, is-seller), the buyer's line is a viewer's, not the shop's page text
    html = ("<section aria-label='留言'><h3>留言 · 2</h3><div><span>盒子控</span>"
            "<p>还有隐藏款吗</p></div><div class='is-seller'><span>潮玩社</span>"
            "<span>卖家</span><p>看我简介加V</p></div></section>")
    assert [r[1] for r in regions(html)] == ["viewer", "anchor"]


def test_page_blocks_holding_lists_are_layout_not_a_chat() -> None:
    html = ("<body><div><span>海边小铺</span><span>直播中</span></div>"
            "<div><p>今晚海参特价</p></div><div><a href='/i'>海参</a><span>¥99</span></div>"
            "<div class='room-log'><div><i>粉丝团</i><span>阿花：</span><span>来了</span></div>"
            "<div><span>老王：</span><span>我吃了说失眠治好了</span></div>"
            "<div><span>系统消息：</span><span>谨防诈骗</span></div></div></body>")
    got = [(r[1], r[2]) for r in regions(html)]
    assert ("viewer", "老王：") in got  # a chat that badges its speakers: unbadged is a viewer
    assert not any(author == "海边小铺" for _, author in got)  # the header is no chat line


def test_a_licence_image_is_labelled_by_the_short_text_in_its_block() -> None:
    text = page_text("<table><tr><td><p><img src='/y.png'><br><font>营业执照副本</font></p>"
                     "</td></tr></table><div><img src='/b.png'><p>" + "长" * 40 + "</p></div>")
    assert [i.caption for i in text.images] == ["营业执照副本", ""]


def test_a_chat_line_with_a_header_row_is_still_a_chat_line() -> None:
    html = "<ul class='comments'>" + "".join(
        f"<li><div><span>{who}</span><time>20:0{n}</time></div><p>{said}</p></li>"
        for n, (who, said) in enumerate([("主播", "加我微信 mm8899 便宜"), ("小王", "好的"),
                                          ("阿花", "来了")])) + "</ul>"
    assert [r[1] for r in regions(html)][:1] == ["anchor"]


IMAGE_BADGED = """<div class="feed">
  <div><span>平台官方</span><span>欢迎来到直播间，请理性消费</span></div>
  <div><img src="/b/f.png" alt="粉丝团6级"><b>海边的风</b><b>：</b><b>主播加个微信呗</b></div>
  <div><img src="/b/a.png" alt="主播"><b>阿美</b><b>：</b><span>不加微信，平台下单</span></div>
  <div><i title="场控"></i><b>阿强</b><b>：</b><span>批发的加我微信 aq8899</span></div>
  <div><span>老王</span><span> 来了</span></div></div>"""


def test_an_image_badges_alt_text_names_the_speaker(rules: RuleSet) -> None:
    html = f"<html><body>{IMAGE_BADGED}</body></html>"
    got = [(role, author) for _, role, author in regions(html)]
    assert got == [("platform", "平台官方"), ("viewer", "海边的风"), ("anchor", "阿美"),
                   ("assistant", "阿强"), ("viewer", "老王")]  # "：" is no author
    assert {m for _, m in found(rules, IMAGE_BADGED)} == {"加我微信 aq8899"}


def test_a_badge_keeps_its_role_with_a_level_after_it() -> None:
    from rules.speakers import label_role

    speech = shipped_speech()
    for badge in ("粉丝团6级", "粉丝团 Lv.12", "会员V3", "铁粉 12"):
        assert label_role(badge, speech, exact=True) == "viewer", badge
    assert label_role("主播2", speech, exact=True) == "anchor"
    assert label_role("Lv.6", speech, exact=True) is None


def test_a_platform_the_import_did_not_know_is_no_self_built_site() -> None:
    # 闲鱼 / 点淘 rows import as platform "other" with the name kept (平台原文): still a
    # marketplace, as is any live room, so luring off it is judged; a self-built site is not
    rules = RuleSet.load()
    lure = "<p>隐藏款不方便挂，看我个人简介加V，微信转账便宜50。</p>"

    def judged(target: dict[str, object]) -> bool:
        capture = build_capture({"html": lure, "target": target})
        return any(f.rule_id == "live.offplatform_lure"
                   for f in rules.evaluate(capture, only=TEXT_RULES))

    assert judged({"platform": "other", "tags": [["平台原文", "闲鱼"]]})
    assert judged({"platform": "other", "kind": "livestream"})
    assert not judged({"platform": "other"})


def test_a_merchant_badge_and_the_shops_own_accounts_speak_for_the_seller() -> None:
    # a 弹幕 list whose shop lines carry a 商家 badge, and accounts named for the shop with a
    # role after the name (恒温家居·场控): the seller's side; a fan named for the shop is not
    html = ("<ol class='dm'><li><em>商家</em><b>某某号</b>：<span>扫码进群</span></li>"
            "<li><b>恒温家居·场控</b>：<span>拍一号链接</span></li>"
            "<li><b>恒温家居</b>：<span>欢迎</span></li>"
            "<li><b>恒温家居老粉</b>：<span>来了</span></li></ol>")
    text = page_text(html, speech=shipped_speech(), owners=("恒温家居",))
    assert [(r.role, r.author) for r in text.regions] == [
        ("seller", "某某号"), ("assistant", "恒温家居·场控"), ("anchor", "恒温家居"),
        ("viewer", "恒温家居老粉")]


def test_a_comment_holding_its_replies_is_a_thread_of_lines() -> None:
    # a post's comments where a comment holds the reply under it (a thread): each reply is its
    # author's line, the shop's reply (its account's name, then its 作者 badge) the seller's, and
    # the other comments the buyers'; a layout block holding lists stays no chat
    html = ("<div class='comments'><h3>共 2 条评论</h3>"
            "<div class='c'><div class='a'><span>Lily</span></div><p>能加v便宜点吗</p>"
            "<div class='r'><div class='a'><span>海岸酒庄</span><span>作者</span></div>"
            "<p>不加微信哦，店铺下单有售后</p></div></div>"
            "<div class='c'><div class='a'><span>海边的猫</span></div>"
            "<p>这是我喝过最好的干白！</p></div></div>")
    text = page_text(html, speech=shipped_speech(), owners=("海岸酒庄",))
    got = [(r.role, r.author, text.text[r.start:r.end].split()[-1]) for r in text.regions]
    assert ("anchor", "海岸酒庄", "不加微信哦，店铺下单有售后") in got
    assert ("viewer", "Lily", "不加微信哦，店铺下单有售后") in got  # (the reply's own is inner)
    assert ("viewer", "海边的猫", "这是我喝过最好的干白！") in got
    layout = html.replace("class='comments'", "class='main'").replace("共 2 条评论", "新品")
    assert page_text(layout, speech=shipped_speech(), owners=("海岸酒庄",)).regions == ()


def test_a_forum_thread_is_read_post_by_post_from_each_header_row() -> None:
    # a seller's thread on a forum: each floor opens with its poster's header row (name,
    # badges, floor number, date); the 楼主's posts and 楼中楼 replies are the seller's, the
    # other floors the buyers', however long the 1楼 is; floors without header rows are no thread
    offer = "自家合作社的美早，树上熟，当天摘当天发。" * 12
    html = ("<div><h1>【福山大樱桃】美早 现摘现发</h1>"
            "<section><div><a href='/u'>樱桃沟老沟</a><span>楼主</span><span>1楼</span>"
            f"<time>2026-05-28</time></div><p>{offer}</p></section>"
            "<section><div><span>蓬莱阁下</span><span>2楼</span></div>"
            "<p>老板加个微信吧，以后直接微信转你</p>"
            "<div><div><a href='/u'>樱桃沟老沟</a><span>楼主</span><time>2026-05-28</time></div>"
            "不加微信哈，按版规走论坛担保交易。</div></section>"
            "<section><div><span>烟台小吃货</span><span>3楼</span></div>"
            "<p>这是全烟台最甜的樱桃吧</p></section></div>")
    text = page_text(html, speech=shipped_speech())
    # (role, poster, the post's first line after its header row)
    got = {(r.role, r.author, text.text[r.start:r.end].split("\n")[1]) for r in text.regions}
    assert ("viewer", "蓬莱阁下", "老板加个微信吧，以后直接微信转你") in got
    assert ("anchor", "樱桃沟老沟", "不加微信哈，按版规走论坛担保交易。") in got
    assert ("viewer", "烟台小吃货", "这是全烟台最甜的樱桃吧") in got
    assert text.speaker_at(text.text.index("自家合作社")).role == "anchor"
    plain = html.replace("<span>1楼</span>", "").replace("<span>2楼</span>", "").replace(
        "<span>3楼</span>", "").replace("<time>2026-05-28</time>", "")
    regions = page_text(plain, speech=shipped_speech()).regions
    assert not any(r.author == "蓬莱阁下" for r in regions)


def test_dated_reviews_stay_the_buyers_when_no_post_is_the_sellers() -> None:
    # reviews that open with a header row (name, date) are no forum thread of the seller's:
    # no post is labelled the seller's, so the review reading keeps them the buyers'
    long = "喝了三个月，血压降下来了，药都停了，真的好用。" * 14
    html = ("<section><h2>买家评价</h2>"
            f"<div><div><span>王**</span><time>2026-05-01</time></div><p>{long}</p></div>"
            f"<div><div><span>李**</span><time>2026-05-02</time></div><p>{long}</p></div>"
            "</section>")
    text = page_text(html, speech=shipped_speech())
    assert text.speaker_at(text.text.index("喝了三个月")).role == "viewer"
