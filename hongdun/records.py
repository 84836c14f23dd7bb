"""The records that flow through Hongdun: Target → PageCapture/Capture → Finding.

Every record is a frozen dataclass validated in its constructor, so an invalid
record cannot exist (STYLE.md §6). This module imports nothing from the rest of
the project: every stage of the flow may depend on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from hongdun.errors import InvalidRecord

KINDS = ("storefront", "livestream")
PLATFORMS = ("taobao", "tmall", "jd", "pinduoduo", "douyin", "kuaishou", "meituan", "other",
             "eleme", "xiaohongshu", "weidian", "youzan", "channels", "alibaba1688", "suning",
             "vip", "dewu")  # names and domains of each: hongdun/data/platforms.yaml
SEVERITIES = ("low", "medium", "high")
STATUSES = ("new", "confirmed", "dismissed", "closed")
CERTAINTIES = ("certain", "suspected")
SPEAKER_ROLES = ("anchor", "assistant", "viewer", "platform", "unknown")
# Text a page's CSS shows before or after an element (::before / ::after `content`), stamped on
# the element by the crawler (crawlers/generated.py) and read as shown text by rules/text.py.
GENERATED_ATTRS = ("data-hongdun-before", "data-hongdun-after")
_TARGET_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_DISTRICT = re.compile(r"^\d{6}$")


def _require(ok: bool, message: str) -> None:
    if not ok:
        raise InvalidRecord(message)


@dataclass(frozen=True)
class Target:
    """One online seller to watch, as imported from a targets file."""

    target_id: str
    platform: str
    kind: str
    url: str
    shop_name: str
    uscc: str
    district: str
    category: str
    registered_name: str = ""  # 登记名称 from the list; the registry record wins when present
    tags: tuple[tuple[str, str], ...] = ()  # (header, value) of the list's other columns

    def __post_init__(self) -> None:
        # a manifest's JSON gives tags back as lists: hold them as pairs of text
        object.__setattr__(self, "tags", tuple((str(k), str(v)) for k, v in self.tags))
        _require(bool(_TARGET_ID.match(self.target_id)), f"bad target_id {self.target_id!r}")
        _require(self.platform in PLATFORMS, f"unknown platform {self.platform!r}")
        _require(self.kind in KINDS, f"kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        _require(
            self.url.startswith(("http://", "https://")), f"url must be http(s): {self.url!r}"
        )
        _require(bool(self.shop_name.strip()), "shop_name is empty")
        _require(bool(_DISTRICT.match(self.district)),
                 f"district must be 6 digits: {self.district!r}")
        _require(bool(self.category.strip()), "category is empty")


@dataclass(frozen=True)
class Message:
    """One time-stamped line of a livestream chat or similar message log."""

    at_utc: str
    author: str
    text: str
    role: str = "unknown"  # anchor, assistant, viewer, platform or unknown, read from the page
    withdrawn: bool = False  # the page showed the line as withdrawn (撤回)

    def __post_init__(self) -> None:
        _require(self.role in SPEAKER_ROLES,
                 f"speaker role must be one of {', '.join(SPEAKER_ROLES)}, not {self.role!r}")


@dataclass(frozen=True)
class ImageCapture:
    """An image fetched with a page because it may carry licence or contact data."""

    url: str
    body: bytes
    media_type: str
    alt: str  # alt/title/caption text seen next to the image in the DOM
    ocr_text: str | None = None  # filled by evidence.ocr before sealing


@dataclass(frozen=True)
class Incident:
    """Something a page did, or a limit it hit, while the crawler held it: a dialog
    dismissed, a pop-up closed, a navigation elsewhere, a private address refused,
    a screenshot or DOM cut at its limit."""

    kind: str  # "dialog", "popup", "navigated", "blocked", "limit", "renderer", ...
    detail: str
    at_utc: str


@dataclass(frozen=True)
class PageCapture:
    """One page of a visit as fetched or rendered: the raw material for evidence."""

    role: str  # "home", "licence", ...
    requested_url: str
    final_url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes  # rendered DOM (browser) or response body (plain HTTP)
    screenshots: tuple[bytes, ...]  # PNGs; a livestream capture may hold a series
    rendered: bool
    started_utc: str
    finished_utc: str
    server_ip: str | None = None
    error: str | None = None  # reason the page failed; body may then be empty
    messages: tuple[Message, ...] = ()
    images: tuple[ImageCapture, ...] = ()
    raw_body: bytes | None = None  # exact HTTP body when `body` is the DOM rendered from it
    layout: tuple[TextBlock, ...] = ()  # where the browser drew each text-bearing element
    incidents: tuple[Incident, ...] = ()  # dialogs, pop-ups, navigations, refusals, limits
    live_dir: str = ""  # a watched live room: the folder its recorder wrote (sealed as live/)
    # a watched room whose page failed after its watch began (its deadline under load, a
    # renderer crash): the reason, also in session.json; what the watch recorded is judged
    truncated: str = ""

    def __post_init__(self) -> None:
        _require(bool(self.role), "page role is empty")
        _require(self.error is not None or self.status > 0, "a page without error needs a status")

    @property
    def ok(self) -> bool:
        return self.error is None and 200 <= self.status < 400


@dataclass(frozen=True)
class Visit:
    """Everything fetched for one target in one sweep, before sealing."""

    target: Target
    sweep_id: str
    pages: tuple[PageCapture, ...]
    user_agent: str
    browser_version: str | None

    @property
    def failed(self) -> str | None:
        """The reason the visit failed, taken from its home page, or None."""
        home = self.pages[0] if self.pages else None
        if home is None:
            return "no page fetched"
        if home.truncated and home.live_dir:  # the watch is the room's capture: not failed
            return None
        if home.error:
            return home.error
        if not home.ok:
            return f"http {home.status}"
        return None


@dataclass(frozen=True)
class Artefact:
    """One sealed file of a capture, named relative to the capture folder."""

    path: str
    sha256: str
    size: int
    media_type: str


@dataclass(frozen=True)
class Capture:
    """A sealed visit: where its files are and what seals them."""

    capture_id: str
    target: Target
    sweep_id: str
    folder: str  # absolute path of the capture folder
    evidence_id: str  # SHA-256 of the canonical manifest bytes
    captured_at: str  # UTC ISO-8601 of the first page fetch
    artefacts: tuple[Artefact, ...]
    pages: tuple[PageCapture, ...] = field(repr=False, default=())
    failure: str | None = None

    def artefact(self, path: str) -> Artefact:
        for item in self.artefacts:
            if item.path == path:
                return item
        raise KeyError(path)


@dataclass(frozen=True)
class Box:
    """A rectangle on a screenshot, in CSS pixels of the full-page image."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class TextBlock:
    """An element with its own text (or an image) and its box on the full-page screenshot.

    `path` names the element as the rules name it: "body", then "/tag[n]" per level,
    n counting same-tag element siblings from 1.
    """

    path: str
    box: Box


@dataclass(frozen=True)
class Place:
    """One place where a rule matched in a capture: what, in which words, on which page, where."""

    matched_text: str
    context: str
    page_role: str
    url: str
    box: Box | None = None
    certainty: str = "suspected"
    # Where in a live-room session the match is (issue 10). A storefront page leaves the
    # defaults. source: page, chat, timeline or frame_ocr; at_s: seconds from the start of
    # the watch; ref: "chat:<seq>", "timeline:<n>" or the frame's artefact path; frame: the
    # artefact path of the frame nearest that moment (box, if any, is on that frame).
    source: str = "page"
    at_s: float | None = None
    ref: str = ""
    frame: str = ""

    @classmethod
    def of(cls, raw: dict[str, object]) -> Place:
        """Rebuild a Place from its JSON form (as dataclasses.asdict wrote it)."""
        box = raw.get("box")
        at_s = raw.get("at_s")
        return cls(str(raw["matched_text"]), str(raw["context"]), str(raw["page_role"]),
                   str(raw["url"]), Box(**box) if isinstance(box, dict) else None,
                   str(raw.get("certainty", "suspected")), str(raw.get("source", "page")),
                   float(at_s) if isinstance(at_s, int | float) else None,
                   str(raw.get("ref", "")), str(raw.get("frame", "")))


@dataclass(frozen=True)
class Finding:
    """One rule's verdict on one capture, with what it matched and why it matters.

    All matches of one rule in one capture are one finding; `places` holds every
    matched place, and matched_text/context/url/page_role/box repeat the first.
    """

    finding_id: str
    capture_id: str
    evidence_id: str
    target_id: str
    platform: str
    district: str
    shop_name: str
    rule_id: str
    title_zh: str
    title_en: str
    legal_basis: str
    severity: str
    certainty: str
    matched_text: str
    context: str
    url: str
    page_role: str
    captured_at: str
    status: str = "new"
    screenshot: str | None = None  # artefact path of the original screenshot
    annotated: str | None = None  # path (relative to capture folder) of the marked copy
    box: Box | None = None
    places: tuple[Place, ...] = ()

    def __post_init__(self) -> None:
        _require(self.severity in SEVERITIES, f"bad severity {self.severity!r}")
        _require(self.certainty in CERTAINTIES, f"bad certainty {self.certainty!r}")
        _require(self.status in STATUSES, f"bad status {self.status!r}")
        datetime.fromisoformat(self.captured_at)


REGISTRY_STATUS_KINDS = ("active", "cancelled", "revoked", "moved", "closed", "unknown")
DEFUNCT_STATUS_KINDS = ("cancelled", "revoked")  # 注销, 吊销: the entity no longer trades


@dataclass(frozen=True)
class RegistryRecord:
    """One 市场主体登记 record as the regulator's registry extract gives it."""

    uscc: str  # 统一社会信用代码 (or an old 15-digit 注册号), upper case, no spaces
    name: str  # 登记名称
    entity_type: str  # 类型, e.g. 有限责任公司, 个体工商户
    status: str  # 登记状态 as written: 存续, 在业, 注销, 吊销，未注销, 迁出 ...
    status_kind: str  # one of REGISTRY_STATUS_KINDS, read from status
    address: str = ""  # 住所 / 经营场所
    legal_rep: str = ""  # 法定代表人 / 经营者
    authority: str = ""  # 登记机关
    status_date: str = ""  # date of the status (注销日期 ...), as written

    def __post_init__(self) -> None:
        _require(bool(self.uscc), "registry record without uscc")
        _require(self.status_kind in REGISTRY_STATUS_KINDS,
                 f"bad status kind {self.status_kind!r}")

    @property
    def defunct(self) -> bool:
        """True when the entity is 注销 or 吊销."""
        return self.status_kind in DEFUNCT_STATUS_KINDS


@dataclass(frozen=True)
class Unjudged:
    """A rule in force and in scope that gave no verdict on a capture, and why: a licence
    page that did not load or was not followed, a watch cut short. Leads read it so that
    'not found' on such a capture is never taken for 'not seen again'."""

    rule_id: str
    reason: str
