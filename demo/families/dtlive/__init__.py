"""Family `dtlive` (sealed): 点淘/淘宝直播-style rooms whose chat arrives by polling a JSON feed.

The room page ships its first state as JSON (`<script type="application/json">`: host,
购物袋 goods, first feed chunk); `dtroom.js` builds every node with createElement and polls
the feed chunk by chunk (`feed/0.json`, `feed/1.json`..., each naming the next). Speakers:
the 主播, the 副播 (sidekick), viewers, the platform's 系统通知 (福袋, 抽奖, 安全提示), and a
置顶评论. Class names use a `pt-` prefix. The licence is on the 店铺 page (亮照).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import (
    Assets,
    Family,
    Label,
    Page,
    Registered,
    Said,
    Shown,
    Target,
    bad,
    collect,
    decoy,
    labels_of,
    licence_labels,
    permit_labels,
    shown_as,
)

FAMILY = "dtlive"
HERE = Path(__file__).resolve().parent
CHUNK = 4  # lines per feed chunk


@dataclass(frozen=True)
class Msg:
    """One chat line: role (host, side, viewer, notice), kind (line or top), who, words."""

    role: str
    said: Said
    who: str = ""
    kind: str = "line"


def host(s: Said | str) -> Msg:
    return Msg("host", _s(s), "主播")


def side(s: Said | str) -> Msg:
    return Msg("side", _s(s), "小助手阿亮")


def viewer(who: str, s: Said | str) -> Msg:
    return Msg("viewer", _s(s), who)


def notice(s: Said | str) -> Msg:
    return Msg("notice", _s(s))


def top(who: str, s: Said | str) -> Msg:
    return Msg("viewer", _s(s), who, "top")


def _s(s: Said | str) -> Said:
    return s if isinstance(s, Said) else Said(s)


@dataclass(frozen=True)
class Room:
    """One 点淘 room and its 淘宝店铺."""

    tid: str
    slug: str
    shop_name: str
    host: str
    category: str
    reg: Registered
    shown: Shown | None
    msgs: tuple[Msg, ...]
    bag: tuple[tuple[Said, str], ...] = ()
    permit: str = ""
    note: str = ""


def _chunks(r: Room) -> Assets:
    root = f"/diantao/room/{r.slug}/feed/"
    parts = [r.msgs[i:i + CHUNK] for i in range(0, len(r.msgs), CHUNK)] or [()]
    out: Assets = {}
    for i, part in enumerate(parts):
        nxt = f"/f/{FAMILY}{root}{i + 1}.json" if i + 1 < len(parts) else ""
        doc = {"lines": [{"role": m.role, "kind": m.kind, "who": m.who, "text": m.said.text}
                         for m in part], "next": nxt}
        out[f"{root}{i}.json"] = (json.dumps(doc, ensure_ascii=False).encode(),
                                  "application/json; charset=utf-8")
    return out


def _room(r: Room) -> bytes:
    state = {"host": r.host, "feed": f"/f/{FAMILY}/diantao/room/{r.slug}/feed/0.json",
             "bag": [{"text": s.text, "price": p} for s, p in r.bag]}
    blob = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(r.host)} 正在直播 - 点淘</title>
<style>body{{margin:0;background:#1b1b1f;color:#eee;font:14px sans-serif}}
.pt-role{{background:#ff5000;color:#fff;font-style:normal;padding:0 3px;margin-right:3px}}
.pt-msg-notice{{color:#ffd27a}}.pt-top{{background:#33251a;padding:4px}}</style></head>
<body><div class="pt-stage"><div class="pt-bar"><span class="pt-host"></span>
<a class="pt-shoplink" href="dianpu">进店 · 店铺亮照</a></div>
<div class="pt-video" aria-label="直播画面"></div>
<div class="pt-top"><b class="pt-top-tag">置顶评论</b><span class="pt-top-text"></span></div>
<ul class="pt-chat" aria-label="互动"></ul>
<section class="pt-bag"><h3 class="pt-bag-head">购物袋</h3><ol class="pt-bag-list"></ol></section>
</div><script type="application/json" id="pt-state">{blob}</script>
<script src="/f/{FAMILY}/dtroom.js"></script></body></html>""".encode()


def _shop(r: Room) -> bytes:
    if r.shown is None:
        body = '<p class="pt-lic-empty">该店铺暂未亮照</p>'
    else:
        s = r.shown
        body = "".join(f'<li class="pt-lic-row"><span class="pt-lic-k">{k}：</span>'
                       f'<span class="pt-lic-v">{escape(v)}</span></li>' for k, v in (
                           ("企业名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind),
                           ("经营者", s.person), ("住所", s.address), ("成立日期", s.founded)))
        body = f'<ul class="pt-lic">{body}</ul>'
    if r.permit:
        body += f'<p class="pt-lic-permit">食品经营许可证：{r.permit}</p>'
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(r.shop_name)} - 淘宝店铺</title>
</head><body class="pt-shop"><h1 class="pt-shop-name">{escape(r.shop_name)}</h1>
<p class="pt-shop-dsr">宝贝描述 4.8 · 卖家服务 4.8 · 物流服务 4.7</p>
<section class="pt-shop-lic"><h2 class="pt-shop-h">店铺亮照 · 营业执照</h2>{body}</section>
</body></html>""".encode()


def _pages(r: Room) -> tuple[list[Page], Assets]:
    root = f"/diantao/room/{r.slug}/"
    home = labels_of([*(m.said for m in r.msgs), *(s for s, _ in r.bag)])
    lic: list[Label] = licence_labels(r.shown, r.reg, r.shop_name, "on the 店铺亮照 page "
                                      "linked from the room")
    lic += permit_labels(r.category, r.permit)
    if r.shown is None:
        lic.append(Label("violation", "licence.missing", "店铺 page says 暂未亮照: no licence"))
    return ([Page(root, "home", _room(r), tuple(home)),
             Page(root + "dianpu", "licence", _shop(r), tuple(lic))], _chunks(r))


def _reg(seed: str, name: str, division: str, person: str, addr: str, founded: str,
         individual: bool = True) -> Registered:
    kind = "个体工商户" if individual else "有限责任公司"
    return Registered(name, code_for("dtlive/" + seed, division, "2" if individual else "1"),
                      kind, person, addr, founded)


WARN = notice(decoy("live.offplatform_lure", "安全提示：直播间内引导您添加微信、QQ或私下转账的"
                    "均为违规行为，请勿相信，谨防诈骗",
                    "the platform's warning quotes the banned act"))
FUDAI = notice("福袋开奖倒计时 3 分钟，关注主播并发送口令即可参与")
R = (
    _reg("haishen", "烟台芝罘区鲁海参行", "370602", "曲志强", "烟台市芝罘区幸福路18号",
         "2018-05-06"),
    _reg("yuhuo", "烟台莱山区渔火水产商行", "370613", "孔磊", "烟台市莱山区港城东大街6号",
         "2020-10-10"),
    _reg("pingguo", "栖霞市红富士果品专业合作社", "370686", "林永", "栖霞市松山街道", "2014-09-01",
         individual=False),
    _reg("fengmi", "烟台牟平区昆嵛山蜂业经营部", "370612", "于成", "烟台市牟平区昆嵛山路5号",
         "2019-03-03"),
    _reg("fuzhuang", "烟台开发区衣见倾心服装店", "370676", "高雪", "烟台开发区黄河路99号",
         "2022-08-08"),
    _reg("yushi", "莱州市玉石缘工艺品店", "370683", "张宝", "莱州市玉都路2号", "2016-12-12"),
    _reg("chaye", "烟台福山区茗香茶庄", "370611", "郑和平", "烟台市福山区福海路7号", "2017-06-16"),
    _reg("meizhuang", "烟台星美妆化妆品有限公司", "370671", "邹颖", "烟台高新区科技大道3号",
         "2021-04-04", individual=False),
    _reg("changdao", "长岛县海珍品渔家", "370634", "黄海", "烟台市蓬莱区长岛北长山乡",
         "2013-07-07"),
    _reg("jiafang", "海阳市暖居家纺商行", "370687", "吕芳", "海阳市方圆街道", "2019-11-11"),
)
OTHER = code_for("dtlive/other", "370614", "1")

ROOMS = (
    Room("dt-01", "lvhaishen", "鲁海参源头直播", "海参哥老曲", "食品", R[0], shown_as(R[0]),
         (host("家人们，即食海参现场开袋"), viewer("爱吃海鲜", decoy("live.offplatform_lure",
          "主播能加个微信吗，私下买便宜点", "a viewer asks to go off-platform")),
          host(decoy("live.offplatform_lure", "不加微信哈，都在购物袋里拍，平台有保障",
                     "the host refuses to go off-platform")), WARN, FUDAI,
          top("老顾客", "上次买的很新鲜，回购了")),
         bag=((Said("即食海参 500g"), "299"),), permit=food_permit("370602", 12),
         note="Clean: a viewer asks for WeChat, the host refuses, the platform warns."),
    Room("dt-02", "yuhuoshuichan", "渔火海鲜铺", "渔火阿磊", "生鲜", R[1], shown_as(R[1]),
         (host("今天的海虹特别肥"), side(bad("live.offplatform_lure", "想要批发价的扣1，我私信发"
          "你V，加我微信转账再便宜二十",
          "the sidekick lures buyers to WeChat and off-platform pay")),
          viewer("小鱼", "1"), FUDAI),
         bag=((Said("鲜活海虹 5斤"), "39.9"),),
         note="The 副播 invites buyers to WeChat and a private transfer."),
    Room("dt-03", "qixiapingguo", "栖霞红富士果园", "果园小林", "水果", R[2], shown_as(R[2]),
         (host(bad("ad.absolute_terms", "全网最低价！栖霞最好的苹果就在我们家",
                   "the host's own 全网最低价 and 最好")),
          viewer("甜甜", decoy("ad.absolute_terms", "你家苹果是我吃过最甜的",
                               "a viewer's own praise, not the seller's advertising")),
          host(decoy("returns.refused", "生鲜水果不支持七天无理由，坏果拍照包赔",
                     "fresh fruit is a statutory exception; damage still compensated"))),
         bag=((Said("栖霞红富士 10斤"), "49.9"),),
         note="The host's 全网最低价 / 最好; a viewer's 最甜; fresh fruit's exemption."),
    Room("dt-04", "kunyufengmi", "昆嵛山土蜂蜜", "蜂哥老于", "食品", R[3], shown_as(R[3]),
         (host(bad("ad.medical_claims", "咱这蜂蜜能降血糖，老人喝了治咳嗽、治胃病",
                   "claims food lowers blood sugar and cures coughs")), FUDAI,
          viewer("王姨", "糖尿病能喝吗")),
         bag=((Said("昆嵛山土蜂蜜 1kg"), "88"),),
         note="Medical claims for honey; no 食品经营许可证 on the shop page."),
    Room("dt-05", "yijianqingxin", "衣见倾心女装", "小雪穿搭", "服装", R[4], shown_as(R[4]),
         (host(bad("returns.refused", "直播间福利价，一经售出不退不换哦",
                   "clothes sold online are refused any return")),
          notice("抽奖结果已公布，中奖的宝宝请在订单页查看"), viewer("momo", "160能穿M吗")),
         bag=((Said("针织开衫"), "69"),),
         note="不退不换 on ordinary clothing in the host's own words."),
    Room("dt-06", "yushiyuan", "玉石缘翡翠直播", "宝哥说玉", "饰品", R[5], None,
         (host(decoy("live.offplatform_lure",
                     "最近有人冒充我们客服加大家微信，千万别信，只在直播间拍",
                     "an impostor warning, not a lure")), viewer("玉友", "这个手镯多大圈口")),
         bag=((Said("翡翠手镯"), "1280"),),
         note="The 店铺 page says 暂未亮照; the host warns of impostors."),
    Room("dt-07", "mingxiang", "福山茗香茶庄", "茶姐小郑", "食品", R[6],
         shown_as(R[6], uscc=with_wrong_check(R[6].uscc)),
         (host("今年的崂山绿茶，豆香浓"),
          top("茶友", decoy("ad.medical_claims", "喝了能不能治高血压？",
          "a viewer's question, not a claim")),
          host(decoy("ad.medical_claims", "茶就是茶，不能治病，有病还得看医生",
                     "the host denies any cure"))),
         bag=((Said("崂山绿茶 250g"), "128"),), permit=food_permit("370611", 407),
         note="The 亮照 code fails its check; medical words only in a question and a denial."),
    Room("dt-08", "xingmeizhuang", "星美妆官方直播间", "美妆师Yoyo", "化妆品", R[7], shown_as(R[7]),
         (notice(decoy("ad.absolute_terms", "平台提醒：直播中禁止使用“最”“第一”“国家级”等极限用语",
                       "the platform's rule quotes the banned words")),
          host(decoy("ad.medical_claims", "这个面霜不是药，不能祛斑，只做基础保湿",
                     "a negation of the medical effect")), FUDAI),
         bag=((Said("保湿面霜 50ml"), "159"),),
         note="Clean: the platform quotes 极限词, the host denies 祛斑."),
    Room("dt-09", "haizhenpin", "长岛海珍品", "渔家老黄", "生鲜", R[8],
         shown_as(R[8], uscc=OTHER),
         (host(decoy("returns.refused", "鲜活海产不适用七天无理由退货，死货坏货拍照全额退",
                     "live seafood is an exception; losses still refunded")),
          viewer("海边人", "鲍鱼几头的")),
         bag=((Said("鲜活鲍鱼 8头"), "69"),),
         note="The 亮照 code is valid but another enterprise's."),
    Room("dt-10", "nuanju", "暖居家纺旗舰直播", "暖居小吕", "家纺", R[9], shown_as(R[9]),
         (viewer("宝妈", decoy("live.offplatform_lure", "主播有微信吗，我想私下拿一套",
                               "a viewer asks to trade privately")),
          host(decoy("live.offplatform_lure", "宝宝咱们不私下交易，购物袋2号链接直接拍",
                     "the host refuses")),
          host(decoy("returns.refused", "支持七天无理由退货，拆封不影响二次销售都能退",
                     "the host promises the statutory return"))),
         bag=((Said("四件套 1.8m"), "199"),),
         note="Clean: private trade asked and refused; 7-day return promised."),
)


def build() -> Family:
    """The dtlive family: room shells with JSON state, polled feed chunks, 店铺 pages."""
    shared: Assets = {"/dtroom.js": ((HERE / "dtroom.js").read_bytes(),
                                     "application/javascript")}
    pages, assets = collect(ROOMS, _pages, shared)
    targets = tuple(Target(r.tid, "diantao", "livestream", f"/diantao/room/{r.slug}/",
                           r.shop_name, r.reg.name, r.reg.uscc, r.reg.uscc[2:8], r.category,
                           r.note) for r in ROOMS)
    return Family(FAMILY, "点淘式直播间（JSON 分段轮询，createElement 渲染）",
                  "room state as JSON in a <script>; dtroom.js polls feed/N.json chunks and "
                  "builds nodes with createElement; pt- classes",
                  "点淘/淘宝直播 selling: 主播 and 副播, viewers, 系统通知 福袋/抽奖/安全提示, "
                  "置顶评论, 购物袋, 店铺亮照 page",
                  True, targets, pages, assets)
