"""Family `lianmai` (sealed, sixth batch): 小红书/京东-style live rooms fed over a WebSocket.

The room page is an empty stage whose body names its feed (`data-feed`); `lmroom.js`
opens a WebSocket and folds JSON frames into the page with insertAdjacentHTML: 弹幕 lines
with role badges (主播, 助播, 场控, 连麦嘉宾, 平台消息, viewers' 灯牌), the 讲解中 card,
连麦 seats, the platform's 风控 banner, gifts. The feed is a scripted asset played by
demo/families/wsfeed.py. The licence sits on the 商家信息 page linked from the room
header (sometimes beside the room's 直播服务机构). Class names: `lm-` with `_` modifiers.
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
    Filed,
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
from demo.families.wsfeed import WS_SCRIPT

FAMILY = "lianmai"
HERE = Path(__file__).resolve().parent
GAP_MS = 350  # between frames: a room's whole script plays in a few seconds


@dataclass(frozen=True)
class Frame:
    """One feed frame: kind (say, explain, mic, risk, gift), its fields and its wording."""

    kind: str
    said: Said
    role: str = ""
    nick: str = ""
    extra: tuple[tuple[str, object], ...] = ()

    def data(self) -> dict[str, object]:
        out: dict[str, object] = {"k": self.kind, "text": self.said.text, **dict(self.extra)}
        if self.role:
            out["role"] = self.role
        if self.nick:
            out["nick"] = self.nick
        return out


def _w(s: Said | str) -> Said:
    return s if isinstance(s, Said) else Said(s)


def host(nick: str, s: Said | str) -> Frame:
    return Frame("say", _w(s), "host", nick)


def assist(nick: str, s: Said | str) -> Frame:
    return Frame("say", _w(s), "assist", nick)


def control(nick: str, s: Said | str) -> Frame:
    return Frame("say", _w(s), "control", nick)


def guest(nick: str, s: Said | str) -> Frame:
    return Frame("say", _w(s), "guest", nick)


def fan(nick: str, s: Said | str, level: str = "") -> Frame:
    return Frame("say", _w(s), "viewer", nick, (("fans", level),) if level else ())


def system(s: Said | str) -> Frame:
    return Frame("say", _w(s), "sys", "系统")


def risk(s: Said | str) -> Frame:
    return Frame("risk", _w(s))


def explain(title: str, price: str, s: Said | str) -> Frame:
    return Frame("explain", _w(s), extra=(("title", title), ("price", price)))


def seat(nick: str, on: bool = True) -> Frame:
    return Frame("mic", Said(""), nick=nick, extra=(("on", on),))


def gift(nick: str, what: str) -> Frame:
    return Frame("gift", Said(""), nick=nick, extra=(("gift", what),))


@dataclass(frozen=True)
class Agency:
    """The room's 直播服务机构 (MCN) as the 商家信息 page names it: a third party's licence."""

    name: str
    uscc: str


@dataclass(frozen=True)
class Room:
    """One room, its seller and what its 商家信息 page shows."""

    tid: str
    platform: str
    slug: str
    shop_name: str
    anchor: str
    category: str
    reg: Registered
    shown: Shown | None
    frames: tuple[Frame, ...]
    note: str
    permit: str = ""
    agency: Agency | None = None
    pending: bool = False  # 资质审核中 instead of a licence
    status: str = "存续"  # the seller's 登记状态 in the registry
    status_date: str = ""

    @property
    def root(self) -> str:
        return f"/{'xhs' if self.platform == '小红书' else 'jdzb'}/{self.slug}/"


def _room_page(r: Room) -> bytes:
    feed = f"/f/{FAMILY}{r.root}feed.ws"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(r.anchor)}的直播间 · {
escape(r.platform)}</title>
<style>body{{margin:0;background:#101014;color:#f2f2f2;font:14px sans-serif}}
.lm-tag{{font-style:normal;font-size:11px;padding:0 4px;margin-right:4px;border-radius:3px;
background:#555}}.lm-tag_host{{background:#ff2442}}.lm-tag_assist{{background:#7a5cff}}
.lm-tag_control{{background:#00a37a}}.lm-tag_guest{{background:#e0a000}}
.lm-line_sys{{color:#9fd3ff}}.lm-fans{{font-style:normal;color:#ffb3c0;margin-right:4px}}
.lm-risk{{background:#3b1e00;color:#ffcf8a}}.lm-card{{background:#222;padding:6px}}</style>
</head><body data-feed="{feed}"><header class="lm-head"><b class="lm-anchor">{escape(r.anchor)}
</b><span class="lm-watch">在线观看</span><a class="lm-merchant" href="merchant">商家信息</a>
</header><div class="lm-screen" aria-label="直播画面"></div><ul class="lm-seats"></ul>
<div class="lm-risk" role="status"></div><div class="lm-card"></div>
<ol class="lm-danmu" aria-label="弹幕"></ol>
<script src="/f/{FAMILY}/lmroom.js" defer></script></body></html>""".encode()


MERCHANT = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>商家信息 - {shop}</title></head>
<body class="lm-biz"><h1 class="lm-biz__shop">{shop}</h1>
<p class="lm-biz__score">店铺体验分 4.8 · 商品 4.9 · 物流 4.7 · 售后 4.8</p>
<section class="lm-biz__cert"><h2 class="lm-biz__h">营业执照</h2>{licence}</section>
{permit}{agency}<p class="lm-biz__foot">以上信息由商家自行提供，平台已对营业执照进行核验</p>
</body></html>"""


def _fields(pairs: tuple[tuple[str, str], ...], cls: str) -> str:
    rows = "".join(f"<dt>{k}</dt><dd>{escape(v)}</dd>" for k, v in pairs)
    return f'<dl class="{cls}">{rows}</dl>'


def _merchant(r: Room) -> bytes:
    if r.pending or r.shown is None:
        licence = '<p class="lm-biz__wait">商家资质审核中，暂未公示</p>'
    else:
        s = r.shown
        licence = _fields((("企业名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind),
                           ("法定代表人（经营者）", s.person), ("住所", s.address),
                           ("成立日期", s.founded)), "lm-biz__rows")
    permit = (f'<section class="lm-biz__food"><h2 class="lm-biz__h">食品经营许可证</h2>'
              f'<p>许可证编号：{r.permit}</p></section>') if r.permit else ""
    agency = ""
    if r.agency:
        agency = ('<section class="lm-biz__mcn"><h2 class="lm-biz__h">直播服务机构</h2>'
                  + _fields((("机构名称", r.agency.name), ("统一社会信用代码", r.agency.uscc)),
                            "lm-biz__rows") + "<p>该机构为本场直播提供运营服务，不是本店经营者</p>"
                  "</section>")
    return MERCHANT.format(shop=escape(r.shop_name), licence=licence, permit=permit,
                           agency=agency).encode()


def _feed(r: Room) -> bytes:
    steps = [{"after_ms": GAP_MS, "data": f.data()} for f in r.frames]
    steps.append({"after_ms": GAP_MS, "data": {"k": "idle"}})
    return json.dumps(steps, ensure_ascii=False).encode()


def _pages(r: Room) -> tuple[list[Page], Assets]:
    home = labels_of(f.said for f in r.frames)
    lic: list[Label] = []
    if r.pending or r.shown is None:
        lic.append(Label("violation", "licence.missing",
                         "商家信息 says 资质审核中，暂未公示: a pending notice is no licence"))
    else:
        lic += licence_labels(r.shown, r.reg, r.shop_name, "on the 商家信息 page linked from "
                              "the room header")
        if r.status != "存续" and r.shown.uscc == r.reg.uscc:
            lic.append(Label("violation", "licence.deregistered",
                             f"the displayed code's registry record is {r.status} "
                             f"({r.status_date}): the licence of an entity that no longer "
                             "exists"))
    lic += permit_labels(r.category, r.permit)
    if r.agency:
        lic.append(Label("decoy", "licence.mismatch", f"the 直播服务机构 {r.agency.name}'s "
                         "own code is a third party's licence, not the seller's"))
    return ([Page(r.root, "home", _room_page(r), tuple(home)),
             Page(r.root + "merchant", "licence", _merchant(r), tuple(lic))],
            {r.root + "feed.ws": (_feed(r), WS_SCRIPT)})


def _reg(seed: str, name: str, division: str, person: str, address: str, founded: str,
         kind: str = "个体工商户") -> Registered:
    category = {"个体工商户": "2", "农民专业合作社": "3"}.get(kind, "1")
    return Registered(name, code_for("lianmai/" + seed, division, category), kind, person,
                      address, founded)


COMPANY = "有限责任公司（自然人投资或控股）"
R = {
    "haixian": _reg("haixian", "烟台市芝罘区阿强海产品经营部", "370602", "王强",
                    "山东省烟台市芝罘区环海路21号", "2019-04-12"),
    "nvzhuang": _reg("nvzhuang", "烟台莱山区衣念服饰店", "370613", "刘晓", "山东省烟台市莱山区"
                     "观海路88号", "2021-03-08"),
    "jiaju": _reg("jiaju", "烟台福山区安家日用品商行", "370611", "孙建", "山东省烟台市福山区"
                  "永达街150号", "2020-09-19"),
    "yingtao": _reg("yingtao", "烟台市福山区张格庄大樱桃专业合作社", "370611", "张福田",
                    "山东省烟台市福山区张格庄镇", "2015-05-20", "农民专业合作社"),
    "haishen": _reg("haishen", "烟台蓝海参生物科技有限公司", "370671", "李海波",
                    "山东省烟台市高新区蓝海路9号", "2018-11-02", COMPANY),
    "bingan": _reg("bingan", "蓬莱区麦香坊烘焙店", "370614", "陈梅", "山东省烟台市蓬莱区"
                   "钟楼北路6号", "2022-06-30"),
    "xiezi": _reg("xiezi", "烟台开发区步步鞋业商行", "370676", "赵鹏", "山东省烟台经济技术开发区"
                  "长江路210号", "2017-08-15"),
    "shipin": _reg("shipin", "莱州市金玉轩饰品店", "370683", "周玉", "山东省莱州市文昌路18号",
                   "2020-01-06"),
    "anmo": _reg("anmo", "龙口市舒心家电经营部", "370681", "吴亮", "山东省龙口市港城大道55号",
                 "2019-10-10"),
    "pingguo": _reg("pingguo", "栖霞市山里红果品商行", "370686", "郑山", "山东省栖霞市庄园路3号",
                    "2016-09-09"),
    "chaye": _reg("chaye", "烟台市牟平区昆嵛茶舍", "370612", "冯静", "山东省烟台市牟平区"
                  "正阳路12号", "2018-03-27"),
    "putao": _reg("putao", "烟台葡香酒业有限公司", "370687", "何军", "山东省海阳市海滨路99号",
                  "2014-04-04", COMPANY),
    "gaoli": _reg("gaoli", "招远市丝路布艺工作室", "370685", "钱红", "山东省招远市温泉路20号",
                  "2021-12-01"),
}
OTHER_FIRM = code_for("lianmai/elsewhere", "370602", "1")  # valid, another enterprise's
MCN = Agency("烟台星潮文化传媒有限公司", code_for("lianmai/mcn", "370613", "1"))

WARN_PRIVATE = risk(decoy("live.offplatform_lure", "风控提醒：直播间禁止引导站外交易。如有人私信"
                          "让您加微信、扫码转账，请勿相信并点击举报",
                          "the platform's 风控 notice quotes the banned act to forbid it"))
BLOCKED = system(decoy("live.offplatform_lure", "系统检测到评论区出现疑似站外联系方式，已自动"
                       "屏蔽，请在平台内完成交易", "the platform reports a contact it blocked"))
NO_ABSOLUTE = system(decoy("ad.absolute_terms", "平台提醒：讲解中不得使用“全网最低”“第一”“顶级”"
                           "等绝对化用语", "the platform's rule quotes banned words"))
SEVEN_DAYS = system(decoy("returns.refused", "本场商品支持7天无理由退货（生鲜、定制等特殊商品"
                          "除外）", "the platform states the statutory return and its exceptions"))

ROOMS = (
    Room("lm-01", "小红书", "aqianghaichan", "阿强海鲜码头", "阿强", "生鲜", R["haixian"],
         shown_as(R["haixian"]),
         (host("阿强", "刚下船的海肠和海虹，家人们看看这个鲜度"), gift("小满", "小心心"),
          fan("海边长大", decoy("live.offplatform_lure", "主播加个v私聊呗，量大能不能便宜",
                                "a viewer asks to go private"), "7"),
          host("阿强", decoy("live.offplatform_lure", "不加V不私聊哈，要量大的直接拍三号链接，"
                             "售后都走平台", "the host refuses to go off-platform")),
          WARN_PRIVATE,
          host("阿强", decoy("returns.refused", "活海鲜不支持七天无理由退货，到手死了拍照给"
                             "客服，全额退", "live seafood is a lawful exception; losses "
                             "still refunded")),
          explain("鲜活海肠 500g", "59", "芝罘码头直发，顺丰冷链")),
         "Clean: a viewer asks for WeChat and the host refuses; the platform's 风控 warning; "
         "live seafood's lawful return exception."),
    Room("lm-02", "小红书", "yinianfushi", "衣念小姐姐穿搭", "晓晓", "服装", R["nvzhuang"],
         shown_as(R["nvzhuang"]),
         (host("晓晓", "这件羊毛开衫今天福利价，小个子也能穿"),
          fan("奶糖", "158穿什么码"),
          control("衣念-小助理", bad("live.offplatform_lure", "想要内部价的宝子看我头像，"
                                    "扣个1我拉你进群，群里比直播间还便宜二十",
                                    "the seller's 场控 sends buyers to a private group via its "
                                    "avatar (a cryptic lure)")),
          fan("奶糖", "1"), NO_ABSOLUTE),
         "The 场控 lures buyers into a private group (看我头像, 拉你进群)."),
    Room("lm-03", "小红书", "anjiariyong", "安家好物分享", "建哥", "日用品", R["jiaju"],
         shown_as(R["jiaju"]),
         (seat("小鹿的家居店"),
          guest("小鹿的家居店", decoy("live.offplatform_lure", "我家粉丝也常问能不能私下买，"
                                      "我都说不行，平台下单才有保障",
                                      "a 连麦 guest warns against private deals")),
          assist("安家-阿梅", bad("live.offplatform_lure", "福利款链接挂不上，想要的扫屏幕左下角"
                                  "二维码进粉丝群，群里接龙下单",
                                  "the 助播 sends buyers to a QR-code group to order "
                                  "off-platform")),
          seat("小鹿的家居店", on=False), BLOCKED,
          explain("加厚收纳箱 3只装", "39.9", "PP材质，可叠放")),
         "The 助播 moves orders to a QR-code group; a 连麦 guest and the platform warn against "
         "it."),
    Room("lm-04", "京东", "zhanggezhuang", "张格庄樱桃官方直播", "樱桃姐", "水果", R["yingtao"],
         shown_as(R["yingtao"]),
         (explain("福山大樱桃 美早 2斤", "128",
                  bad("ad.absolute_terms", "全网销量第一，烟台最好的美早就在张格庄",
                      "the seller's 讲解中 card: 销量第一 and 最好 as facts")),
          seat("营养师小林"),
          guest("营养师小林", bad("ad.medical_claims", "樱桃铁含量高，贫血的人每天吃一斤，"
                                  "比吃药补血还快，痛风也能缓解",
                                  "a 连麦 guest in the seller's room claims food treats anaemia "
                                  "and gout; the room's operator answers for it")),
          fan("吃货一号", decoy("ad.absolute_terms", "去年买的是我吃过最甜的樱桃",
                                "a viewer's own praise, not the seller's advertising")),
          fan("王阿姨", decoy("ad.medical_claims", "痛风的人能吃樱桃吗？",
                              "a viewer's question, not a claim"), "3")),
         "The 讲解中 card says 全网销量第一/最好; a 连麦 nutritionist claims cherries treat "
         "anaemia and gout. Fresh fruit: no food permit due."),
    Room("lm-05", "小红书", "lanhaishen", "蓝海参健康馆", "海波", "保健食品", R["haishen"],
         shown_as(R["haishen"]),
         (explain("海参肽 保健食品 60粒", "298",
                  decoy("ad.medical_claims", "国食健注G20190417 蓝帽子保健食品，保健功能：增强"
                        "免疫力。本品不能代替药物",
                        "the registered health function with the mandatory 不能代替药物")),
          fan("老李", decoy("ad.medical_claims", "我爸高血压，吃这个能把降压药停了吗",
                            "a viewer's question")),
          host("海波", decoy("ad.medical_claims", "不能停药！保健食品不是药，不能治病，"
                             "降压药一定听医生的", "the host denies any cure")),
          WARN_PRIVATE),
         "Clean: a 蓝帽子 health food with its registered function and 不能代替药物; a viewer "
         "asks about stopping medicine and the host says no.",
         permit=food_permit("370671", 2231)),
    Room("lm-06", "小红书", "maixiangfang", "麦香坊手作烘焙", "陈老板", "食品", R["bingan"],
         shown_as(R["bingan"]),
         (host("陈老板", "今天现烤的海盐曲奇和蔓越莓饼干，无添加"),
          host("陈老板", decoy("ad.absolute_terms", "手作没防腐剂，最佳赏味期三天，收到尽快吃",
                               "最佳赏味期 is a usage tip, not an absolute claim")),
          fan("甜甜圈", "能寄到莱阳吗"), SEVEN_DAYS),
         "A home bakery selling its own baked goods shows a licence but no 食品经营许可证."),
    Room("lm-07", "京东", "bubuxieye", "步步鞋业工厂店", "鹏哥", "鞋服", R["xiezi"],
         shown_as(R["xiezi"]),
         (host("鹏哥", "工厂直发的加绒雪地靴，三十九一双"),
          host("鹏哥", bad("returns.refused", "直播间秒杀款不退不换，介意的宝宝别拍",
                          "the host refuses any return on ordinary shoes sold online")),
          fan("雪球", decoy("returns.refused", "上次买的大了，客服给退了，点赞",
                            "a buyer reports a return granted")), SEVEN_DAYS),
         "秒杀款不退不换 on ordinary footwear in the host's own words."),
    Room("lm-08", "小红书", "jinyuxuan", "金玉轩饰品", "玉儿", "饰品", R["shipin"], None,
         (host("玉儿", "今天的925银耳钉和珍珠项链，都有证书"),
          host("玉儿", "店铺资质都在商家信息里，大家可以去看"),
          fan("珍珠控", "这个是淡水珠吗")),
         "商家信息 says 资质审核中，暂未公示: no licence shown.", pending=True),
    Room("lm-09", "京东", "shuxinjiadian", "舒心家电直播间", "亮哥", "家电", R["anmo"],
         shown_as(R["anmo"], uscc=with_wrong_check(R["anmo"].uscc, 5)),
         (explain("颈肩按摩仪", "199", "热敷+揉捏，办公室放松"),
          host("亮哥", decoy("ad.medical_claims", "这不是医疗器械，不能治颈椎病，就是放松一下"
                             "肩颈", "a negation of any medical effect")),
          fan("上班族", decoy("ad.medical_claims", "颈椎病能用吗", "a viewer's question")),
          NO_ABSOLUTE),
         "The 商家信息 code fails its GB 32100-2015 check; medical words only in a denial and "
         "a question."),
    Room("lm-10", "小红书", "shanlihong", "山里红苹果园", "山哥", "水果", R["pingguo"],
         shown_as(R["pingguo"], uscc=OTHER_FIRM),
         (host("山哥", "栖霞的红富士，脆甜多汁"), gift("果果", "棒棒糖"),
          fan("小苹果", "有没有小果")),
         "The 商家信息 code is valid but another enterprise's."),
    Room("lm-11", "小红书", "kunyuchashe", "昆嵛山茶舍直播", "静姐", "食品", R["chaye"],
         shown_as(R["chaye"]),
         (host("静姐", "昆嵛山的炒青绿茶，栗香明显"),
          fan("茶友老赵", decoy("ad.absolute_terms", "去年在你家买的是我喝过最香的绿茶",
                                "a buyer's own praise in the chat")),
          BLOCKED,
          host("静姐", decoy("ad.medical_claims", "茶就是日常饮品，不能降三高，别信那些神奇功效",
                             "the host denies a health myth"))),
         "Clean: an MCN's licence on the 商家信息 page beside the seller's own; the shop name "
         "differs from the registered name; a buyer's 最香.",
         permit=food_permit("370612", 518), agency=MCN),
    Room("lm-12", "京东", "puxiangjiuye", "葡香酒庄", "何总", "酒水", R["putao"],
         shown_as(R["putao"]),
         (host("何总", "海阳产区的干红，橡木桶陈酿"),
          fan("红酒迷", decoy("live.offplatform_lure", "主播能私聊吗，想订年会用酒",
                              "a viewer asks to go private")),
          host("何总", decoy("live.offplatform_lure", "团购点左下角京东客服，开票也在平台里开",
                             "the host keeps the order on the platform"))),
         "The licence shown is that of an enterprise the registry lists as 注销.",
         permit=food_permit("370687", 77), status="注销", status_date="2025-06-30"),
    Room("lm-13", "小红书", "silubuyi", "丝路布艺手作", "红姐", "家纺", R["gaoli"],
         shown_as(R["gaoli"], uscc=" ".join(R["gaoli"].uscc[i:i + 4]
                                            for i in range(0, 18, 4))),
         (host("红姐", decoy("live.offplatform_lure", "最近有人冒充我们加粉丝微信收定金，"
                             "我们从不私下收款，认准直播间链接",
                             "an impostor warning, not a lure")),
          host("红姐", decoy("returns.refused", "成品窗帘支持七天无理由，按尺寸定制的不退，"
                             "下单前客服会跟您确认", "定制 goods are a lawful exception; "
                             "ready-made goods keep the 7-day return")),
          fan("布艺控", decoy("ad.absolute_terms", "红姐家的刺绣是我见过最精致的",
                              "a viewer's praise"))),
         "Clean: an impostor warning; 定制 curtains lawfully excluded from the 7-day return; "
         "the code shown in groups of four is valid."),
)


def registry() -> tuple[Filed, ...]:
    """The family's registry extract: every seller (one 注销), the MCN, the other firm."""
    entries: list[Filed] = [Filed(r.reg, r.status, r.status_date) for r in ROOMS]
    entries.append(Filed(Registered(MCN.name, MCN.uscc, COMPANY, "潘星", "山东省烟台市莱山区"
                                    "迎春大街160号", "2020-07-07")))
    entries.append(Filed(Registered("烟台港湾贸易有限公司", OTHER_FIRM, COMPANY, "宋涛",
                                    "山东省烟台市芝罘区北马路1号", "2012-02-02")))
    return tuple(entries)


def build() -> Family:
    """The lianmai family: room stages fed over a WebSocket, 商家信息 pages."""
    shared: Assets = {"/lmroom.js": ((HERE / "lmroom.js").read_bytes(),
                                     "application/javascript")}
    pages, assets = collect(ROOMS, _pages, shared)
    targets = tuple(Target(r.tid, r.platform, "livestream", r.root, r.shop_name, r.reg.name,
                           r.reg.uscc, r.reg.uscc[2:8], r.category, r.note) for r in ROOMS)
    return Family(FAMILY, "小红书/京东式直播间（WebSocket 推送，连麦、助播、场控）",
                  "empty stage; lmroom.js opens a WebSocket to a scripted feed and folds JSON "
                  "frames in with insertAdjacentHTML over escaped template literals; lm- classes "
                  "with _ modifiers",
                  "小红书/京东 live selling: 主播, 助播, 场控, 连麦嘉宾, viewers with 灯牌, "
                  "平台消息 and 风控 banners, the 讲解中 card, 连麦 seats, a 商家信息 page with "
                  "an MCN",
                  True, targets, pages, assets, registry())
