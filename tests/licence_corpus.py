# ruff: noqa: E501  (page markup reads better unbroken)
"""Hand-built licence and permit pages in many shapes, with decoys, and what each must report.

None of these copies the demo's markup: tables, dl, footers, old table-layout
sites, about-us pages, captions, split text, full-width digits, spaced codes,
another party's code, filings, platform chrome, pending notices, 个体户, old
15-digit numbers and masked IDs. Each case names the licence/permit rules a
correct system reports (empty: a decoy or a clean shop).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

OWN = "92370613MA3C5K7BXW"  # the example shop (rules/examples.py), a 个体工商户
NAME = "烟台市芝罘区示例商行"
OTHER = "91370602MA3D4E5F6A"  # valid, someone else's
BRAND = "91370600MA3XY1234E"
PLATFORM = "91330100MA2AB3C4DX"
BAD = OWN[:17] + "1"  # fails its check character
FW = OWN.translate(str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                 "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"))
RULES = ("licence.missing", "licence.uscc_invalid", "licence.mismatch", "permit.food_missing",
         "licence.deregistered")
FOOD = {"category": "食品"}


@dataclass(frozen=True)
class Case:
    """One page set, the rules it must trigger, and whether it is a decoy."""

    name: str
    spec: dict[str, Any]
    expect: frozenset[str]
    decoy: bool = False  # looks like a violation (or another party's data) but is not
    target: dict[str, str] = field(default_factory=dict)


def case(name: str, html: str | list[Any] | dict[str, Any], *expect: str, decoy: bool = False,
         target: dict[str, str] | None = None, registry: list[dict[str, str]] | None = None
         ) -> Case:
    """A case from a home-page snippet, a list of pages or a full example mapping."""
    spec: dict[str, Any] = (dict(html) if isinstance(html, dict) else
                            {"pages": html} if isinstance(html, list) else {"html": html})
    if target:
        spec["target"] = target
    if registry:
        spec["registry"] = registry
    return Case(name, spec, frozenset(expect), decoy, target or {})


LICENCE_TABLE = (f"<table border=1><caption>营业执照信息</caption><tr><th>名称</th><td>{NAME}</td>"
                 f"</tr><tr><th>统一社会信用代码</th><td>{OWN}</td></tr><tr><th>类型</th>"
                 "<td>个体工商户</td></tr><tr><th>经营者</th><td>王某某</td></tr></table>")

CASES: tuple[Case, ...] = (
    # --- the licence shown, in many shapes: nothing to report
    case("table", LICENCE_TABLE),
    case("dl", f"<dl><dt>主体名称</dt><dd>{NAME}</dd><dt>社会信用代码</dt><dd>{OWN}</dd></dl>"),
    case("footer-line", f"<main>海鲜干货</main><footer>{NAME}　统一社会信用代码：{OWN}　"
                        "鲁ICP备2023001234号-1</footer>"),
    case("old-table-layout", "<table width=980><tr><td><font size=2>首页 | 产品中心</font></td>"
         "</tr><tr><td bgcolor=#eeeeee><font size=1>版权所有&copy;" + NAME + "&nbsp;&nbsp;"
         f"营业执照注册号:<b>{OWN}</b>&nbsp;地址：烟台市芝罘区某路1号</font></td></tr></table>"),
    case("split-spans", f"<p><span>统一社会</span><span>信用代码</span>：<b>{OWN[:8]}</b>"
                        f"<b>{OWN[8:]}</b></p>"),
    case("full-width", f"<p>营业执照　统一社会信用代码：{FW}</p>"),
    case("spaced-lower", f"<div>执照信息 信用代码 {' '.join(OWN[i:i + 4] for i in range(0, 18, 4)).lower()}"
                         "</div>"),
    case("caption-image", '<figure><img src="/z/9.jpg"><figcaption>本店营业执照</figcaption></figure>'),
    case("licence-page-ocr", [
        '<a href="/q">商家资质</a>',
        {"html": '<img src="/q/1.jpg" alt="资质1">',
         "images": [{"alt": "资质1", "ocr_text": f"营业执照\n统一社会信用代码\n{OWN}\n名称\n{NAME}"}]}]),
    case("about-page", [
        '<ul><li><a href="/about.html">关于我们</a></li></ul><p>欢迎光临</p>',
        {"role": "about", "html": f"<h2>公司简介</h2><p>{NAME}成立于2019年，位于芝罘区。</p>"
                                  f"<p>统一社会信用代码：{OWN}</p>"}]),
    # a live room's shop link (小黄车·店铺) followed as an item page that holds the licence
    # block: a licence entry by what it holds, whatever its link was called (session 13)
    case("shop-page-by-content", [
        '<p>主播 渔哥</p><a href="/dian.html">小黄车·店铺</a>',
        {"role": "item", "html": f"<h2>店铺资质</h2><dl><dt>主体名称</dt><dd>{NAME}</dd>"
                                 f"<dt>统一社会信用代码</dt><dd>{OWN}</dd><dt>注册地址</dt>"
                                 "<dd>烟台市芝罘区某路1号</dd></dl>"}]),
    case("shop-page-by-content-bad-code", [
        '<a href="/dian.html">小黄车·店铺</a>',
        {"role": "item", "html": f"<h2>店铺资质</h2><dl><dt>主体名称</dt><dd>{NAME}</dd>"
                                 f"<dt>统一社会信用代码</dt><dd>{BAD}</dd><dt>注册地址</dt>"
                                 "<dd>烟台市芝罘区某路1号</dd></dl>"}], "licence.uscc_invalid"),
    # a product page whose only licence fields are its maker's is no licence of the shop's
    case("item-page-makers-block", [
        '<a href="/item/1.html">鱼油软胶囊</a>',
        {"role": "item", "html": f"<p>生产企业：烟台某某生物科技有限公司 统一社会信用代码：{OTHER}"
                                 " 地址：烟台市莱山区某路2号</p>"}], "licence.missing", decoy=True),
    # a 营业执照 badge whose fields are its tooltip (title / aria-label), read on hover
    case("tooltip-badge", f'<header><span role="note" tabindex="0" title="企业名称：{NAME}；统一社会'
                          f'信用代码：{OWN}；类型：个体工商户；住所：烟台市芝罘区某路1号">营业执照</span>'
                          "</header><p>全部宝贝</p>"),
    # a 亮照 popup whose fields are stored form controls: readonly inputs, a textarea, a
    # disabled select whose chosen option is the type (session 13)
    case("readonly-form-fields", f'<form><label>名称<input readonly value="{NAME}"></label>'
                                 f'<label>统一社会信用代码<input readonly value="{OWN}"></label>'
                                 '<label>类型<select disabled><option>有限责任公司</option>'
                                 '<option selected>个体工商户</option></select></label>'
                                 '<label>住所<textarea readonly>烟台市芝罘区某路1号</textarea></label></form>'),
    # an MCN's code beside the shop's licence, its short name in brackets before the colon
    case("mcn-with-short-name", f"<dl><dt>企业名称</dt><dd>{NAME}</dd><dt>统一社会信用代码</dt><dd>{OWN}"
                                "</dd></dl><p>内容合作机构（MCN）：烟台海风文化传媒有限公司，统一社会信用代码 "
                                f"{OTHER}</p>"),
    case("contact-page-fields", [
        '<a href="/lx">联系我们</a>',
        {"role": "about", "html": f"<h3>企业信息</h3><p>名称：{NAME}</p><p>类型：个体工商户</p>"
                                  "<p>经营者：王某某</p><p>经营场所：烟台市芝罘区</p>"}]),
    case("english", f"<p>Business licence — Unified Social Credit Code: {OWN}</p>"),
    case("regno15", "<p>营业执照 注册号：370602600123459</p>", decoy=True),
    case("self-declaration", "<p>个人从事零星小额交易活动，依法不需要办理市场主体登记</p>"),
    case("registry-link", '<a href="https://zzlz.gsxt.gov.cn/businessShow/x"><img src="/i.png" '
                          'alt="电子营业执照"></a>'),
    # --- decoys: other parties, filings, shop names, masked IDs
    case("shop-name-differs", f"<h1>示例百货旗舰店</h1><p>店铺名称：示例百货旗舰店</p>{LICENCE_TABLE}",
         decoy=True, target={"shop_name": "示例百货旗舰店"}),
    case("storefront-name-only", f"<p>店铺名称：阿梅的小店 统一社会信用代码：{OWN}</p>", decoy=True),
    case("individual-operator", f"<p>营业执照：名称：{NAME}；经营者：王某某；统一社会信用代码：{OWN}</p>",
         decoy=True),
    case("masked-id", f"{LICENCE_TABLE}<p>经营者身份证号：370602********1234</p>", decoy=True),
    case("maker-code", f"{LICENCE_TABLE}<h4>产品信息</h4><p>生产商：烟台某某食品有限公司</p>"
                       f"<p>统一社会信用代码：{OTHER}</p>", decoy=True),
    case("brand-owner", f"{LICENCE_TABLE}<p>品牌方：青岛某品牌管理有限公司（统一社会信用代码 {BRAND}）"
                        "</p>", decoy=True),
    case("entrusting-party", f"<p>营业执照 信用代码：{OWN}</p><p>委托方名称：烟台另一家贸易有限公司</p>",
         decoy=True),
    case("tech-support-footer", f"{LICENCE_TABLE}<footer>技术支持：烟台某某网络科技有限公司 "
                                f"统一社会信用代码：{OTHER}</footer>", decoy=True),
    case("icp-and-police", f"{LICENCE_TABLE}<footer>鲁ICP备2021012345号-1 鲁公网安备 "
                           "37060202000123号</footer>", decoy=True),
    case("bracket-width", f"<p>营业执照 名称：烟台市芝罘区示例商行（分店） 信用代码：{OWN}</p>",
         decoy=True, target={"registered_name": "烟台市芝罘区示例商行(分店)"}),
    case("no-registered-name", f"<p>营业执照 名称：烟台随便商贸有限公司 统一社会信用代码：{OWN}</p>",
         decoy=True, target={"registered_name": ""}),
    case("registry-name-wins", f"<p>营业执照 企业名称：烟台芝罘示例商贸有限公司 信用代码：{OWN}</p>",
         decoy=True, registry=[{"uscc": OWN, "name": "烟台芝罘示例商贸有限公司", "status": "存续"}]),
    case("product-name-ocr", {"html": f"<p>营业执照 信用代码：{OWN}</p><p>商品名称：红富士苹果</p>",
                              "images": [{"alt": "img_2231", "ocr_text": "名称\n红富士苹果\n规格 5kg"}]},
         decoy=True),
    # --- missing: nothing of the shop's own, or only other parties' data
    case("nothing", "<h1>示例商行</h1><p>新鲜烟台苹果，产地直发</p>", "licence.missing"),
    case("pending", "<dl><dt>营业执照</dt><dd>执照审核中，暂未公示</dd></dl>", "licence.missing",
         decoy=True),
    case("only-icp", "<footer>鲁ICP备2021012345号-1 鲁公网安备 37060202000123号</footer>",
         "licence.missing", decoy=True),
    case("only-maker", f"<p>生产厂家：烟台某某食品有限公司 统一社会信用代码：{OTHER}</p>",
         "licence.missing", decoy=True),
    case("platform-chrome", f"<header>某某商城</header><p>特价海参</p><footer>平台经营者营业执照信息："
                            f"浙江某某网络有限公司 统一社会信用代码：{PLATFORM}</footer>",
         "licence.missing", decoy=True),
    case("dead-licence-page", ['<a href="/lic">亮照</a>', {"html": "", "status": 404}],
         "licence.missing"),
    case("about-page-without-licence", [
        '<a href="/about">关于我们</a>',
        {"role": "about", "html": "<p>我们是一家专注海鲜的小店，电话 0535-1234567。</p>"}],
         "licence.missing"),
    # --- the shop's code fails its check
    case("bad-check-char", f"<p>营业执照 统一社会信用代码：{BAD}</p>", "licence.uscc_invalid"),
    case("bad-letter-o", f"<p>本店营业执照 统一社会信用代码：{OWN[:16]}O{OWN[17]}</p>",
         "licence.uscc_invalid"),
    case("bad-17-chars", f"<p>营业执照 社会统一信用代码：{OWN[:17]}</p>", "licence.uscc_invalid"),
    case("bad-full-width", f"<p>统一信用代码：{FW[:17]}１</p>", "licence.uscc_invalid"),
    case("bad-bare-on-licence-page", [
        '<a href="/zz">证照信息</a>',
        {"html": f"<table><tr><td>名称</td><td>{NAME}</td></tr><tr><td>代码</td><td>{BAD}</td>"
                 "</tr></table>"}], "licence.uscc_invalid"),
    case("bad-in-table", f"<table><tr><th>企业名称</th><td>{NAME}</td></tr><tr>"
                         f"<th>统一社会信用代码</th><td>{BAD}</td></tr></table>",
         "licence.uscc_invalid"),
    # --- the shop shows someone else's licence
    case("other-code", f"<p>营业执照 名称：{NAME} 统一社会信用代码：{OTHER}</p>", "licence.mismatch"),
    case("other-name-table", f"<table><tr><th>企业名称</th><td>烟台别家商贸有限公司</td></tr>"
                             f"<tr><th>统一社会信用代码</th><td>{OWN}</td></tr></table>",
         "licence.mismatch"),
    case("other-name-registry", f"<p>营业执照 名称：{NAME} 统一社会信用代码：{OWN}</p>",
         "licence.mismatch", target={"registered_name": ""},
         registry=[{"uscc": OWN, "name": "烟台芝罘新名商贸有限公司", "status": "存续"}]),
    case("other-code-about-page", [
        '<a href="/company">公司简介</a>',
        {"role": "about", "html": f"<p>本公司营业执照：统一社会信用代码 {OTHER}</p>"}],
         "licence.mismatch"),
    # --- the shop's licence belongs to an entity that no longer exists
    case("cancelled", LICENCE_TABLE, "licence.deregistered",
         registry=[{"uscc": OWN, "name": NAME, "status": "注销", "status_date": "2025-03-01"}]),
    case("revoked-footer", f"<footer>统一社会信用代码：{OWN}</footer>", "licence.deregistered",
         registry=[{"uscc": OWN, "name": NAME, "status": "吊销，未注销"}]),
    case("active", LICENCE_TABLE, decoy=True,
         registry=[{"uscc": OWN, "name": NAME, "status": "存续（在营、开业、在册）"}]),
    case("maker-cancelled", f"{LICENCE_TABLE}<p>生产厂家：某厂 统一社会信用代码：{OTHER}</p>",
         decoy=True, registry=[{"uscc": OTHER, "status": "注销"}]),
    # a former operator's code told of beside the successor's licence: the page says whose it
    # was (原经营主体, 前任店主) or that its entity has ceased (…已于某年注销): not the shop's
    case("former-operator", f"<p>原经营主体烟台某某花艺工作室（统一社会信用代码 {OTHER}）已于2023年2月注销，"
         f"本店由下列主体经营</p>{LICENCE_TABLE}", decoy=True,
         registry=[{"uscc": OTHER, "status": "注销"}, {"uscc": OWN, "name": NAME, "status": "存续"}]),
    case("ceased-code", f"{LICENCE_TABLE}<p>烟台某某商贸有限公司（统一社会信用代码：{OTHER}），现已注销</p>",
         decoy=True, registry=[{"uscc": OTHER, "status": "注销"}]),
    case("former-operator-only", f"<p>原公司统一社会信用代码 {OTHER} 已于2024年转让，新执照办理中</p>",
         "licence.missing", registry=[{"uscc": OTHER, "status": "注销"}]),
    # --- food sellers
    case("jy-number", f"{LICENCE_TABLE}<p>食品经营许可证：JY13706020012345</p>", target=FOOD),
    case("jy-spaced-label", f"{LICENCE_TABLE}<p>许可证编号 jy 1370 6020 0123 45</p>", target=FOOD),
    case("permit-caption", f"{LICENCE_TABLE}<figure><img src='/p.jpg'><figcaption>食品经营许可证"
                           "</figcaption></figure>", target=FOOD),
    case("permit-ocr", ['<a href="/zz">资质</a>',
                        {"html": '<img src="/2.jpg" alt="资质2">',
                         "images": [{"alt": "资质2", "ocr_text": "食品经营许可证\n经营者名称 "
                                     f"{NAME}\n许可证编号 JY23706020012341"}]}], target=FOOD),
    case("own-production-permit", f"{LICENCE_TABLE}<p>本店为生产企业，食品生产许可证编号："
                                  "SC10637060200123</p>", decoy=True, target=FOOD),
    case("prepackaged-filing", f"{LICENCE_TABLE}<p>仅销售预包装食品，备案编号：YB13706020012345</p>",
         decoy=True, target=FOOD),
    case("food-no-permit", f"{LICENCE_TABLE}<p>烟台海参礼盒</p>", "permit.food_missing",
         target=FOOD),
    case("food-permit-pending", f"{LICENCE_TABLE}<p>食品经营许可证：审核中</p>",
         "permit.food_missing", decoy=True, target={"category": "餐饮"}),
    case("food-maker-sc-only", [f"{LICENCE_TABLE}", {"role": "item", "html":
                                "<p>生产厂家：某食品厂</p><p>生产许可证编号：SC10637060200123</p>"}],
         "permit.food_missing", decoy=True, target=FOOD),
    case("farm-produce", f"{LICENCE_TABLE}<p>栖霞苹果产地直发</p>", decoy=True,
         target={"category": "生鲜水果"}),
)

# A second batch, written after the rules were tuned on the first: other generators'
# habits (licence faces, JSON-ish key/value lists, divs, links to images).
MORE: tuple[Case, ...] = (
    case("licence-face-spaced", f"<div><div>营业执照</div><div>统一社会信用代码 {OWN}</div>"
         f"<div>名　　称　：{NAME}</div><div>类　　型　：个体工商户</div><div>经 营 者：王某某</div></div>"),
    case("licence-face-other-name", f"<div>营业执照</div><div>统一社会信用代码 {OWN}</div>"
         "<div>名　　称：烟台别家商贸有限公司</div><div>类　　型：有限责任公司</div>", "licence.mismatch"),
    case("link-to-licence-jpg", '<footer><a href="/upload/yyzz.jpg" target="_blank">营业执照</a></footer>'),
    case("link-to-pending", '<footer><a href="/upload/none.png">营业执照（审核中）</a></footer>',
         "licence.missing", decoy=True),
    case("self-declaration-variant", "<p>本店为个人网店，依据电子商务法第十条，无需办理市场主体登记。</p>"),
    case("permit-image-plain-label", [f"<a href='/zz'>资质证照</a>{LICENCE_TABLE}",
                                      {"html": "<h3>许可证</h3><img src='/x.jpg' alt='许可证'>"}], target=FOOD),
    case("drug-permit-image-only", [f"<a href='/zz'>资质证照</a>{LICENCE_TABLE}",
                                    {"html": "<img src='/x.jpg' alt='药品经营许可证'>"}],
         "permit.food_missing", decoy=True, target=FOOD),
    case("kv-list", "<ul><li><em>经营主体</em><span>" + NAME + "</span></li><li><em>证照编号</em>"
                    f"<span>{OWN}</span></li></ul>"),
    case("bad-in-kv-list", "<ul><li><em>经营主体</em><span>" + NAME + "</span></li><li><em>证照编号</em>"
                           f"<span>{BAD}</span></li></ul>", "licence.uscc_invalid"),
    case("ocr-spaced-face", ['<a href="/lic">店铺证照</a>', {
        "html": '<img src="/l.png" alt="证照">',
        "images": [{"alt": "证照", "ocr_text": f"营业执照\n统一社会信用代码 {OWN}\n名 称\n烟台别家商贸有限公司"}]}],
        "licence.mismatch"),
    case("ocr-misread-good", ['<a href="/lic">店铺证照</a>', {
        "html": '<img src="/l.png" alt="证照">',
        "images": [{"alt": "证照", "ocr_text": f"营业执照\n统一社会信用代码 {OWN.replace('0', 'O')}\n名称\n烟台市芝罘区示例商衍"}]}],
        decoy=True),
    case("chat-widget-code", f"{LICENCE_TABLE}<aside>客服：亲，我们的统一社会信用代码是{OWN}哦</aside>", decoy=True),
    case("distributor-table", f"{LICENCE_TABLE}<table><tr><th>经销商</th><td>烟台某经销有限公司</td></tr>"
                              f"<tr><th>统一社会信用代码</th><td>{OTHER}</td></tr></table>", decoy=True),
    case("uscc-in-order-no", f"{LICENCE_TABLE}<p>订单号 202611200000123456</p>", decoy=True),
    case("both-differ", f"<p>营业执照：企业名称 烟台另一家贸易有限公司；统一社会信用代码 {OTHER}</p>",
         "licence.mismatch"),
)
TB = {"platform": "taobao"}
CHROME = (f"<div>© 2003-2026 某某商城 版权所有 | 平台服务由某某网络科技有限公司提供 统一社会信用代码 {PLATFORM}"
          " | 增值电信业务经营许可证：浙B2-20000000</div>")
ON_PLATFORMS: tuple[Case, ...] = (
    case("tb-chrome-only", f"<p>海参礼盒 特价</p>{CHROME}", "licence.missing", decoy=True, target=TB),
    case("tb-chrome-and-shop", f"{LICENCE_TABLE}{CHROME}", decoy=True, target=TB),
    case("tb-shop-line", f"<p>店铺资质：统一社会信用代码 {OWN}</p>{CHROME}", decoy=True, target=TB),
    case("tb-other-code", f"<p>本店营业执照 统一社会信用代码：{OTHER}</p>{CHROME}", "licence.mismatch",
         target=TB),
    case("maker-info-same-line", f"{LICENCE_TABLE}<p>生产商信息 公司名称：烟台某某食品有限公司 "
                                 f"统一社会信用代码：{OTHER}</p>", decoy=True),
    case("icp-before-code", f"<footer>Copyright © 2024 {NAME} 鲁ICP备2021012345号-1 统一社会信用代码：{OWN}</footer>"),
    case("police-then-licence", f"<footer>鲁公网安备 37060202000123号 | 营业执照：{OWN}</footer>"),
    case("old-regno-bad-check", "<p>营业执照 注册号：370602600123456</p>", decoy=True),
    case("permit-as-licence", "<p>营业执照：JY13706020012345</p>", "licence.missing", decoy=True),
    case("json-like", f'<div>{{"企业名称": "{NAME}", "统一社会信用代码": "{OWN}"}}</div>'),
    case("json-like-other-name", f'<div>{{"企业名称": "烟台别家有限公司", "统一社会信用代码": "{OWN}"}}</div>',
         "licence.mismatch"),
    case("name-with-type-note", f"<p>营业执照 名称：{NAME}（个体工商户） 统一社会信用代码：{OWN}</p>", decoy=True),
    case("processor", f"{LICENCE_TABLE}<p>委托加工方：某某食品厂（信用代码 {OTHER}）</p>", decoy=True),
)
SHEET = ('<a href="#m" data-target="#m">掌柜</a><div id="m" style="display:none"><p>关于掌柜</p>'
         '<p>主体名称：{name}</p><p>社会信用代码：{code}</p><p>经营地址：烟台市芝罘区某路1号</p>{more}</div>')
# issue 9, storefront structure: licence blocks that no licence word labels or links to
BY_CONTENT: tuple[Case, ...] = (
    case("sheet-by-content", SHEET.format(name=NAME, code=OWN, more="")),
    case("sheet-other-code", SHEET.format(name=NAME, code=OTHER, more=""), "licence.mismatch"),
    case("sheet-bad-check", SHEET.format(name=NAME, code=BAD, more=""), "licence.uscc_invalid"),
    case("sheet-permit", {"html": SHEET.format(name=NAME, code=OWN,
                                               more="<p>食品经营许可证：JY13706020012345</p>"),
                          "target": FOOD}),
    case("sheet-no-permit", {"html": SHEET.format(name=NAME, code=OWN, more=""), "target": FOOD},
         "permit.food_missing"),
    case("hidden-promo-code", '<button>领券</button><div hidden><p>兑换码 ABCD2026EFGH123456</p>'
         '<p>地址：烟台市芝罘区某路1号</p></div>', "licence.missing", decoy=True),
    case("bracket-partner", f"{LICENCE_TABLE}<p>合作方烟台某某物流有限公司（统一社会信用代码 {OTHER}）"
         "负责配送</p>", decoy=True),
    case("bracket-own", f"<p>营业执照 {NAME}（统一社会信用代码 {OWN}）</p>"),
    case("record-page", [{"html": '<div role="tablist"><a role="tab" href="/rec">诚信档案</a></div>'},
                         {"role": "about", "html": f"<h2>诚信档案</h2>{LICENCE_TABLE}"}]),
)
UNLISTED = {"uscc": "", "registered_name": ""}  # a seller the list knows no registration of
# issue 9: who needs no licence (电子商务法 第十条), and English-first sites' licence blocks
WHO_AND_WHOSE: tuple[Case, ...] = (
    case("individual-own-used-goods", [
        {"html": "<h1>小王的闲置</h1><p>只卖自己用过的东西</p><a href='/i/1'>自用相机 九成新</a>"},
        {"role": "item", "html": "<p>个人闲置，毕业出，不包邮</p>"}], decoy=True, target=UNLISTED),
    case("individual-own-produce", "<p>自家果园的苹果，每年就卖这一季</p>", decoy=True,
         target=UNLISTED),
    case("individual-handicraft", "<p>纯手工钩织的围巾，一条一条慢慢织</p>", decoy=True,
         target=UNLISTED),
    case("trader-posing-wholesale", "<p>个人闲置</p><p>全新未拆 现货300个 批发价</p>",
         "licence.missing", target=UNLISTED),
    case("trader-posing-new-stock", "<p>自用闲置出</p><a href='/i/1'>全新 蓝牙耳机</a>"
         "<a href='/i/2'>全新 充电宝</a><a href='/i/3'>全新 数据线</a>", "licence.missing",
         target=UNLISTED),
    case("trader-posing-volume", "<p>个人闲置 · 卖出320件</p>", "licence.missing",
         target=UNLISTED),
    case("trader-posing-studio", "<p>手工编织工作室，长期接单</p>", "licence.missing",
         target=UNLISTED),
    case("not-second-hand", "<p>非二手，非闲置，正品保证</p>", "licence.missing", target=UNLISTED),
    case("registered-seller-with-used-goods", "<p>二手闲置回收后出售</p>", "licence.missing"),
    case("payment-provider-code-only", "<footer>Payments processed by 烟台某某支付有限公司（统一社会信用代码 "
         f"{OTHER}）</footer>", "licence.missing", decoy=True),
    case("web-agency-code-only", f"<footer>烟台某某网络科技有限公司 · 统一社会信用代码 {OTHER} · 技术支持"
         "</footer>", "licence.missing", decoy=True),
    case("site-built-by", f"<footer>Site built by 烟台某某网络科技有限公司 · 统一社会信用代码 {OTHER}</footer>",
         "licence.missing", decoy=True),
    case("imprint-with-providers", f"<h2>Imprint / 企业信息</h2><dl><dt>Company name / 企业名称</dt>"
         f"<dd>{NAME}</dd><dt>Unified Social Credit Code / 统一社会信用代码</dt><dd>{OWN}</dd></dl>"
         f"<footer>Payment services provided by 烟台某某支付有限公司（统一社会信用代码 {OTHER}）</footer>",
         decoy=True),
    case("imprint-other-name", "<h2>Imprint</h2><dl><dt>Company name / 企业名称</dt>"
         f"<dd>烟台另一家贸易有限公司</dd><dt>Unified Social Credit Code</dt><dd>{OWN}</dd></dl>",
         "licence.mismatch"),
    case("english-label-other-name", f"<p>Company name: 烟台另一家贸易有限公司</p><p>Unified Social Credit "
         f"Code: {OWN}</p>", "licence.mismatch"),
    case("english-name-is-a-translation", "<h2>About us</h2><p>Company name: Yantai Example Trading "
         f"Co., Ltd.</p><p>Unified Social Credit Code: {OWN}</p>", decoy=True),
    # a partner's licence beside the seller's: a label opened by a partner word, whatever the
    # partner is, and a clause saying who provides a service (由某某公司提供), name the partner
    case("partner-label", f"{LICENCE_TABLE}<p>合作摄影基地：烟台某某文化传媒有限公司（统一社会信用代码 "
         f"{OTHER}）</p>", decoy=True),
    case("partner-bank-dl", f"{LICENCE_TABLE}<dl><dt>签约银行</dt><dd>某某银行股份有限公司烟台分行</dd>"
         f"<dt>统一社会信用代码</dt><dd>{OTHER}</dd></dl>", decoy=True),
    case("financing-provider-clause", f"<p>分期付款服务由烟台某某小额贷款有限公司提供（统一社会信用代码 {OTHER}）"
         f"</p><footer>{NAME} 统一社会信用代码：{OWN}</footer>", decoy=True),
    case("insurer-clause-after-own-bad-code", f"<footer>{NAME} 统一社会信用代码：{BAD}</footer><p>运费险由"
         f"某某财产保险股份有限公司承保，统一社会信用代码 {OTHER}</p>", "licence.uscc_invalid", decoy=True),
    case("provider-code-only", f"<p>安装服务由烟台某某装饰工程有限公司提供（统一社会信用代码 {OTHER}）</p>",
         "licence.missing", decoy=True),
    case("operated-by-the-seller", f"<footer>本网站由{NAME}运营（统一社会信用代码 {OWN}）</footer>"),
    case("operated-by-another", f"<footer>本网站由烟台另一家贸易有限公司运营（统一社会信用代码 {OTHER}）"
         "</footer>", "licence.mismatch"),
    case("partner-hotline-then-own-code", f"<p>合作热线：0535-6123456</p><p>统一社会信用代码：{OWN}</p>"),
    case("cooperative-seller", f"<p>烟台某某果蔬专业合作社（统一社会信用代码 {OWN}）</p>"),
    case("seller-names-itself-provider", f"<p>售后服务由{NAME}提供（统一社会信用代码 {OWN}）</p>"),
    case("partner-label-with-a-count", f"<p>签约客户：1000家</p><p>统一社会信用代码：{OWN}</p>"),
    case("seller-as-provider-other-code", f"<p>售后服务由{NAME}提供（统一社会信用代码 {OTHER}）</p>",
         "licence.mismatch"),
)
CASES = CASES + MORE + ON_PLATFORMS + BY_CONTENT + WHO_AND_WHOSE
