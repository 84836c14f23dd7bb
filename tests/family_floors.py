"""The floors of tests/test_families.py: per group of page families, per rule, the
leave-one-family-out (pooled precision, pooled recall) the rules must reach, with the
history of each group's first-contact figures and tuning beside its table.
"""

from __future__ import annotations

from demo.families.corpus import RULES

# Leave-one-family-out floor per rule: (pooled precision, pooled recall) over the first
# tuned families (demo/families: FIRST_TUNED), no OCR, just under what the rules reach, so a
# regression fails. The goal is 0.95 / 0.90 for every rule. These are NOT first-contact figures: the
# rules were tuned on the misses of these families. First-contact figures (rules that had
# never seen them): the first five (2026-12-01): missing 0.62/1.00, uscc_invalid 1.00/0.80,
# mismatch 0.83/1.00, food 1.00/1.00, absolute 1.00/0.86, medical 1.00/0.75, returns
# 0.83/0.83, lure 0.83/0.71. h5shop, cmssite and wxlive, sealed then (pooled over the three,
# 2026-12-01): missing 0.43/1.00 (h5shop 0.25: licence in a pop-up), uscc_invalid 1.00/1.00,
# mismatch 0.75/0.75 (h5shop 1.00/0.50, wxlive 0.50/1.00), food 1.00/1.00, absolute
# 0.80/1.00 (cmssite 0.50), medical 0.80/0.67 (wxlive 0.00/0.00), returns 0.57/1.00 (cmssite,
# wxlive 0.50), lure 1.00/1.00. After the structural tuning (issue 9: hidden licence panels,
# label/value pairs, party words inside names, MCN/机构 blocks) the licence rules reach
# 1.00/1.00 on all nine; after the wording tuning (a serving-tip 最佳, testimonials of cut
# medication, lawful exclusions for opened goods, a host disbelieving a myth) so do the text
# rules (2026-12-01, both merged).
FLOOR: dict[str, tuple[float, float]] = {
    "licence.missing": (0.95, 0.95),  # 1.00 / 1.00
    "licence.uscc_invalid": (0.95, 0.95),  # 1.00 / 1.00
    "licence.mismatch": (0.95, 0.95),  # 1.00 / 1.00
    "permit.food_missing": (0.95, 0.95),  # 1.00 / 1.00
    "ad.absolute_terms": (0.95, 0.95),  # 1.00 / 1.00
    "ad.medical_claims": (0.95, 0.95),  # 1.00 / 1.00
    "returns.refused": (0.95, 0.95),  # 1.00 / 1.00
    # 1.00 / 1.00 since oldsite os-10 (a self-built site's own WeChat for wholesale deals) was
    # relabelled a decoy: with no platform there is nothing to lure buyers off (live.yaml)
    "live.offplatform_lure": (0.95, 0.95),
}

# The second tuned families (demo/families: SECOND_TUNED) were built sealed, by engineers who
# never read the rules or the crawler's page picking, and scored at first contact; their
# misses were published, so they are tuned on from the fourth session of 2026-12-01.
# waimai, wholesale, kslive, first contact with the rules before this session's tuning
# (2026-12-01): missing 0.22/1.00 (wholesale 0.08: its 公司档案 page not followed),
# uscc_invalid 1.00/0.33, mismatch 1.00/0.50, food 0.40/1.00, absolute 0.83/0.83, medical
# 1.00/0.71, returns 0.67/1.00, lure 0.75/0.60 (kslive 0.33).
# All six (with bigshop, notes, groupbuy at first contact), after the structural and wording
# tuning on the nine families above (2026-12-01, no OCR, 77 targets), pooled (worst family):
# missing 0.30/1.00 (wholesale 0.08), uscc_invalid 1.00/0.67 (waimai 0.00 recall), mismatch
# 0.88/0.88 (wholesale), food 0.50/1.00 (wholesale 0.25), absolute 0.70/0.78 (groupbuy),
# medical 1.00/0.64 (notes 0.00 recall), returns 0.82/1.00 (waimai 0.67), lure 0.71/0.62
# (groupbuy). The tuned families reach 1.00 on every rule: the gap is what tuning on known
# pages does not carry to new ones. Floors just under the six-family figures, raised as the
# rules learn from them.
# After the storefront-structure tuning (fourth session of 2026-12-01: entries read by what
# they hold (公司档案, 食品安全档案), pages and hidden panels judged by their content (a shop
# code with a holder field), a party word run into its name with the code in brackets,
# permits read in hidden licence panels), the licence and permit rules reach 1.00/1.00 on the
# six and on dossier, the tuning family written to test those fixes (no OCR; five targets
# show the licence only as an image: displayed, their code and name unread).
# Fourth session (2026-12-01), wording: a review region is the buyers' as a whole (wm-09), a
# 团长 sells for the shop (gb-07), 第一 before a measure word is an ordinal (nt-11, nt-12),
# English superlatives (ws-13), symptoms and cosmetic cures (wm-11, ws-12), a condition said
# to be gone (nt-02), fresh fruit and food cooked to order (ws-05, wm-13): absolute, medical
# and returns reach 1.00/1.00 pooled on the six (no OCR, 77 targets).
SECOND_FLOOR: dict[str, tuple[float, float]] = {
    "licence.missing": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.30 / 1.00)
    "licence.uscc_invalid": (0.95, 0.95),  # 1.00 / 1.00 (first contact 1.00 / 0.67)
    "licence.mismatch": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.88 / 0.88)
    "permit.food_missing": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.50 / 1.00)
    "ad.absolute_terms": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.70 / 0.78)
    "ad.medical_claims": (0.95, 0.95),  # 1.00 / 1.00 (first contact 1.00 / 0.64)
    "returns.refused": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.82 / 1.00)
    # 0.89 / 1.00 after the live tuning (2026-12-01, fourth session): lures by kind (pay me
    # on WeChat, an id handed out privately or in a group, leaving the shop's checkout), an
    # impostor warning is no lure, 团长 is the seller's side. 1.00 / 1.00 once an image
    # badge's alt text names the speaker (kslive kl-01: a fan-badged viewer's request)
    "live.offplatform_lure": (0.95, 0.95),
}


# The third tuned families (demo/families: THIRD_TUNED): pinpin, dylive, xianyu, brandsite
# (50 targets), built blind after the second families were published and scored once at
# first contact with the rules of the end of the fourth session of 2026-12-01 (no OCR), pooled
# (worst family): missing 0.38/0.75 (brandsite: a site showing only third parties' codes
# taken as licensed; xianyu 0.17: individuals selling their own used goods need no licence),
# uscc_invalid 1.00/1.00, mismatch 0.30/0.75 (brandsite 0.00: English-first licence blocks and
# third parties' codes), food 1.00/1.00, absolute 0.56/1.00 (dylive, pinpin, xianyu 0.50),
# medical 1.00/0.83 (brandsite 0.50), returns 0.80/1.00 (xianyu 0.50), lure 1.00/0.75 (xianyu
# 0.00). With the rules of that session's start the same pages gave missing 0.23/0.75,
# mismatch 0.22/0.50, food 0.50/1.00, absolute 0.45/1.00, lure 0.75/0.75 (the rest equal).
# Their misses were published, so from the fifth session on they are tuned on: each floor
# starts at its first-contact figure and is raised to 0.95 / 0.95 as the rules learn.
# Fifth session (2026-12-01), structure: an individual selling own used goods, produce or
# handicrafts needs no licence unless the page shows a trade (xianyu xy-01/03/07/10/12);
# English-first licence blocks (Company name / 企业名称) and third parties' codes (payments
# processed by, website by, a code followed by 技术支持) on 独立站 (brandsite): the licence
# rules reach 1.00 / 1.00 on the four (no OCR). Wording: an individual's own used goods are
# outside the 7-day return duty (not a 经营者, xy-01): returns 1.00 / 1.00.
# Sixth session, wording: a rank on a named chart (pp-03), a pick of the goods' own variant
# (pp-13), a declined claim (dy-07), an ordinal with a classifier (xy-12), a claim of what a
# product dissolves and English claims (bs-12), a titled 留言 thread read line by line (xy-06):
# every rule 1.00 / 1.00 on the four (no OCR).
THIRD_FLOOR: dict[str, tuple[float, float]] = {
    "licence.missing": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.38 / 0.75)
    "licence.uscc_invalid": (0.95, 0.95),
    "licence.mismatch": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.30 / 0.75)
    "permit.food_missing": (0.95, 0.95),
    "ad.absolute_terms": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.56 / 1.00)
    "ad.medical_claims": (0.95, 0.95),  # 1.00 / 1.00 (first contact 1.00 / 0.83)
    "returns.refused": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.80 / 1.00): xy-01
    "live.offplatform_lure": (0.95, 0.95),  # 1.00 / 1.00 (first contact 1.00 / 0.75)
}

# The fourth tuned families (demo/families: FOURTH_TUNED): daodian (大众点评-style 到店 shops),
# dtlive (点淘-style rooms, chat polled as JSON), liuzi (家装/二手车 lead-generation pages), 30
# targets, built blind and scored once at first contact by the lead on the fully merged rules
# of the fifth session of 2026-12-01 (no OCR), pooled: every rule 1.00 / 1.00 except
# licence.mismatch 0.60 / 1.00 (false on dd-09 and lz-06) and live.offplatform_lure - / 0.00
# (dtlive dt-02: a lure spoken by the 副播, the host's sidekick, missed). Their figures were
# published, so from the sixth session on they are tuned on: each floor starts at its
# first-contact figure and is raised to 0.95 / 0.95 as the rules learn.
# Sixth session, structure: a partner's licence beside the seller's, named by a label that a
# partner word opens (合作外景基地：, dd-09) or by a clause saying who provides a service
# (分期服务由某某融资租赁有限公司提供（…）, lz-06): licence.mismatch 1.00 / 1.00.
# licence.deregistered, measured on families from the sixth session: daodian and liuzi carry
# a registry extract (registry.csv) with a 吊销 and a 注销 licence displayed (dd-11, lz-11), a
# franchisor's cancelled code beside the seller's (dd-12), a page telling of a former
# entity's 注销 (lz-12) and 存续 records under names other than the shop's: 1.00 / 1.00 at
# first run (2 violations, 22 honest targets). Sixth session, speakers: a target on a
# platform the import does not know (点淘) is on a platform, and a 副播/助播 badge is the
# seller's side: live.offplatform_lure 1.00 / 1.00 (dt-02).
FOURTH_FLOOR: dict[str, tuple[float, float]] = {
    **{rule: (0.95, 0.95) for rule in RULES},
    "licence.mismatch": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.60 / 1.00)
    "live.offplatform_lure": (0.95, 0.95),  # 1.00 / 1.00 (- / 0.00 at first contact, dt-02)
}

# The fifth tuned families (demo/families: FIFTH_TUNED): lianmai (小红书/京东-style rooms fed over a
# WebSocket, with 连麦 guests, 助播 and 场控), yzmall (有赞/微盟 SaaS malls), yaofang (即时零售
# pharmacies), 38 targets, built blind and sealed in the sixth session and scored once at first
# contact on 2026-12-02 with the merged rules of that session (no OCR, one DOM per room), pooled:
# every rule 1.00 / 1.00 but licence.mismatch and licence.deregistered 0.75 / 1.00 (a false
# pair on ym-05), absolute 1.00 / 0.67, medical 1.00 / 0.75, returns 1.00 / 0.33, lure
# 1.00 / 0.50 (lianmai's chat arrives over a WebSocket after the first DOM; watched 20 s as a
# sweep watches: absolute 1.00 / 1.00, returns 0.67, lure 0.75, medical 0.75). Their figures
# were published, so from the seventh session on they are tuned on: each floor starts at its
# first-contact figure and is raised to 0.95 / 0.95 as the rules learn.
# Seventh session, structure: a former operator's code told of beside its successor's
# licence (原经营主体某某工作室（代码）已于…注销, ym-05) is not the shop's: licence.mismatch and
# licence.deregistered 1.00 / 1.00. Capture: a WebSocket chat is awaited by the page settle while
# it talks (lm-02, lm-04's 讲解中 card, lm-07 were judged before their chat arrived): absolute
# 1.00 / 1.00, returns 1.00 / 0.67 (yf-04 left: a pharmacy's wording), lure 1.00 / 0.75
# (lm-03 left: the 助播's QR-code group, read as the seller's, is a wording miss). Speakers: a
# 连麦嘉宾 badge is the seller's side (lm-04: the guest's claim is the seller's; its wording,
# 补血 and a disease named before its verb, 痛风也能缓解, is still missed: medical 1.00 / 0.75).
FIFTH_FLOOR: dict[str, tuple[float, float]] = {
    **{rule: (0.95, 0.95) for rule in RULES},
    "licence.mismatch": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.75 / 1.00)
    "licence.deregistered": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.75 / 1.00)
    "ad.absolute_terms": (0.95, 0.95),  # 1.00 / 1.00 (first contact 1.00 / 0.67)
    "ad.medical_claims": (0.95, 0.70),  # 1.00 / 0.75 (lm-04)
    "returns.refused": (0.95, 0.95),  # 1.00 / 1.00 (first contact 1.00 / 0.33)
    "live.offplatform_lure": (0.95, 0.70),  # 1.00 / 0.75 (first contact 1.00 / 0.50; lm-03)
}

# The sixth tuned families (demo/families: SIXTH_TUNED): haichan (Yantai's 海参, seafood,
# wineries' 官网, fruit), bzlive (视频号/B站-style rooms whose chat lives in a shadow DOM),
# jianding (二手奢侈品鉴定 and 跨境 shops, bilingual), minsu (民宿 listings on OTAs), 46 targets,
# built blind and sealed in the seventh session and scored once at first contact on the merged
# rules of that session (pooled leave-one-family-out, no OCR): missing 0.80 / 1.00 (hc-12),
# mismatch 0.21 / 1.00 (jianding: 10 honest shops; ms-08), absolute 0.67 / 1.00 (hc-06,
# ms-09), medical 0.75 / 0.50 (bz-03, bz-10, jd-02; bz-06), returns 1.00 / 0.50 (jd-01,
# ms-09), lure 1.00 / 0.80 (bz-01); every other rule 1.00 / 1.00. Their misses were
# published, so from the ninth session on they are tuned on: each floor starts at its
# first-contact figure and is raised as the rules learn.
# Ninth session, kinds of mistake: whose licence (a provider named by 由+entity+verb, 托管保洁,
# or serving the shop after its code, （代码）负责本店清关; labs, brokers, franchisors), whose
# name (a party word ending the holder's own name on the line after its label, 主体名称 /
# 某某加工厂, hc-12; a bilingual label, 名称 Name; an English name no contradiction): missing,
# mismatch 1.00 / 1.00. Page picking: an offer card showing a price is an item page whatever
# its URL (jd-01, jd-02, ms-09 were never fetched). Wording: 第一 in a place's name, a bottom
# price promised to one buyer, a claim others make told not to be believed (bz-06), near-expiry
# goods confirmed at sale: absolute, returns 1.00 / 1.00, medical 1.00 / 0.67 and lure
# 1.00 / 0.80 (bz-01, bz-03, bz-10: captions after the settle and chat in a shadow root, not
# captured: a capture gap, not the rules').
SIXTH_FLOOR: dict[str, tuple[float, float]] = {
    **{rule: (0.95, 0.95) for rule in RULES},
    "licence.missing": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.80 / 1.00, hc-12)
    "licence.mismatch": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.21 / 1.00)
    "ad.absolute_terms": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.67 / 1.00)
    "ad.medical_claims": (0.95, 0.60),  # 1.00 / 0.67 (first contact 0.75 / 0.50; bz-03, bz-10)
    "returns.refused": (0.95, 0.95),  # 1.00 / 1.00 (first contact 1.00 / 0.50)
    "live.offplatform_lure": (0.95, 0.75),  # 1.00 / 0.80 (first contact 1.00 / 0.80; bz-01)
}

# The seventh tuned families (demo/families: SEVENTH_TUNED): ddlive (多多直播/美团直播 rooms with
# a recycled chat list, the licence on the shop's page), liangzhao (small firms' 官网, the
# licence in a dialog, a <details> fold, a QR-linked page or a fetch() tab), mengchong (宠物用品
# shops), shiguang (眼镜/视光 shops), built blind and sealed in the ninth session and scored
# once at first contact by the lead (pooled leave-one-family-out, no OCR): missing 0.19 / 0.75
# (ddlive: 11 of 12 rooms false; lz-06, lz-10 false, lz-11 missed), uscc_invalid 1.00 / 0.75
# (dd-10), mismatch 1.00 / 0.67 (lz-06), food 0.38 / 1.00 (dd-02/05/09/12, mc-01 false),
# absolute 1.00 / 0.60 (dd-08, sg-05), medical 1.00 / 0.71 (dd-11, sg-01), returns 1.00 / 0.60
# (dd-04, sg-04), lure 1.00 / 0.25 (dd-03, dd-11, sg-10), deregistered 1.00 / 0.50 (dd-08,
# lz-09). Published in the same session, so tuned on from then: each floor starts at its
# first-contact figure and is raised as the rules learn.
# Ninth session (tune8), kinds of mistake: a live room's licence on its shop's page (the
# room's 进店/橱窗/小店 entry followed first, profile shop_words: ddlive's 11 false missing,
# 4 false food, dd-10, dd-08); a licence tab filled by fetch() followed by the URL it loads,
# its JSON read as the panel it fills (lz-06, lz-10); a holder label glued to its value
# (名称某某加工厂, lz-09); a badge's icon no licence image (lz-11); pet food is feed, not food
# (mc-01). Wording: 未拆封也不退 (sg-04), a letters-only WeChat id (sg-10), a condition said to
# reverse (近视度数降下来, sg-01). Left: dd-03, dd-04, dd-08, dd-11 (lines the room plays
# from its feed into a recycled chat list and the 口播 strip, likely after the settle of an
# unwatched render: not yet diagnosed), sg-05 (最好的手段 said of the goods, exempt as "a way").
SEVENTH_FLOOR: dict[str, tuple[float, float]] = {
    **{rule: (0.95, 0.95) for rule in RULES},
    "licence.missing": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.19 / 0.75)
    "licence.uscc_invalid": (0.95, 0.95),  # 1.00 / 1.00 (first contact 1.00 / 0.75)
    "licence.mismatch": (0.95, 0.95),  # 1.00 / 1.00 (first contact 1.00 / 0.67)
    "permit.food_missing": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.38 / 1.00)
    "ad.absolute_terms": (0.95, 0.55),  # 1.00 / 0.60 (first contact 1.00 / 0.60; dd-08, sg-05)
    # 1.00 / 0.86 on one DOM (first contact 1.00 / 0.71; dd-11); 0.88 / 1.00 with the rooms
    # watched as a sweep watches them (session 10, live10): dd-11 caught, and dd-09's 口播 strip
    # (葡萄酒不是保健品，有人说能软化血管，那是瞎说, a host denying a myth, shown after a one-DOM
    # settle) is read and falsely flagged: a wording miss the watched measure exposes
    "ad.medical_claims": (0.85, 0.80),
    "returns.refused": (0.95, 0.75),  # 1.00 / 0.80 (first contact 1.00 / 0.60; dd-04)
    "live.offplatform_lure": (0.95, 0.45),  # 1.00 / 0.50 (first contact 1.00 / 0.25; dd-03, dd-11)
    "licence.deregistered": (0.95, 0.95),  # 1.00 / 1.00 (first contact 1.00 / 0.50)
}

# The eighth tuned families (demo/families: EIGHTH_TUNED): sselive, xcxmall, nongzi, jiaopei.
# The ninth batch (40 targets), built blind in the ninth session and scored once at first
# contact on that session's final rules (pooled leave-one-family-out, no OCR, one DOM per
# room): missing 0.25 / 1.00 (xcxmall: its licence is on a hash route, #/qualification),
# uscc_invalid 1.00 / 1.00, mismatch 1.00 / 0.50, food 0.50 / 1.00, absolute 0.67 / 1.00,
# medical 0.50 / 0.50, returns 1.00 / 0.75, lure 1.00 / 1.00 (sselive's chat over Server-Sent
# Events: its floor allows one line late under load), deregistered 1.00 / 1.00.
# Published in the same session, so tuned on from then: each floor starts at its
# first-contact figure and is raised as the rules learn.
# Ninth session (tune9), kinds of mistake: a 小程序 shell's hash routes (#/qualification,
# #/goods/<id>) are pages of their own, followed by their labels and shown to the browser at
# the route (xcxmall's 9 false missing, 3 false food, xc-06, xc-10); a veterinary drug's or a
# pesticide's own class and approval (兽药/农药 goods, 杀菌剂, 兽药字, 登记作物) no medical claim
# (nz-09, nz-10). Wording: 不说最好 / 不宣传“第一” (xc-03, jp-01), a disorder named as such
# (治疗多动症, jp-10).
EIGHTH_FLOOR: dict[str, tuple[float, float]] = {
    **{rule: (0.95, 0.95) for rule in RULES},
    "licence.missing": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.25 / 1.00)
    "licence.mismatch": (0.95, 0.95),  # 1.00 / 1.00 (first contact 1.00 / 0.50)
    "permit.food_missing": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.50 / 1.00)
    "ad.absolute_terms": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.67 / 1.00)
    "ad.medical_claims": (0.95, 0.95),  # 1.00 / 1.00 (first contact 0.50 / 0.50)
    "returns.refused": (0.95, 0.95),  # 1.00 / 1.00 (first contact 1.00 / 0.75)
    "live.offplatform_lure": (0.95, 0.60),  # 1.00 / 1.00 (sselive: one line may be late)
}

# The ninth tuned families (demo/families: NINTH_TUNED): jplive, kuangjia, yimei, muying.
# The tenth batch (43 targets), built blind in the ninth session and scored once at first
# contact on that session's final rules (pooled leave-one-family-out, no OCR, one DOM per
# room): missing 0.50 / 1.00 (kuangjia: licences in a framed 企业资质 page), uscc_invalid
# 1.00 / 1.00, mismatch 1.00 / 1.00, food 0.75 / 1.00, absolute 0.75 / 0.75, medical
# 1.00 / 0.40, returns 1.00 / 0.50, lure 1.00 / 0.67 (yimei: the clinic's answers in its
# 咨询问答), deregistered 1.00 / 0.75. jplive's chat is polled as JSONP chunks: the recall
# floors allow one of its lines late under load. Published in the tenth session, so tuned on
# from then: each floor starts at its first-contact figure and is raised as the rules learn.
# Tenth session (tune10), kinds of mistake: a link labelled as the services a shop sells
# (热门项目) or its goods' 详情 is an item page whatever its URL says (yimei's 项目 page was never
# read: Y-02, Y-04, Y-05); a Q&A thread's speakers read from its badges and role attributes
# (机构答, 医生回复, 官方回复 the seller's; 用户问 a viewer's; 平台答 the platform's). Wording: 没有
# right before a superlative denies it (JP-06, Y-01); cure guarantees and efficacy rates
# (永不复发, 有效率99%). jplive, yimei and muying reach 1.00 / 1.00 on every rule (also watched
# 20 s); what is left is kuangjia's (helper frames10: its framed 企业资质 pages and 官网 text,
# K-01/02/03/05/07/09/10). jplive's one violation per text rule is a chat line polled as JSONP:
# each text rule's recall floor allows it late under load.
NINTH_FLOOR: dict[str, tuple[float, float]] = {
    "licence.missing": (0.45, 0.95),  # 0.50 / 1.00 (first contact 0.50 / 1.00; kuangjia)
    "licence.uscc_invalid": (0.95, 0.95),  # 1.00 / 1.00 (first contact 1.00 / 1.00)
    "licence.mismatch": (0.95, 0.95),  # 1.00 / 1.00 (first contact 1.00 / 1.00)
    "permit.food_missing": (0.70, 0.95),  # 0.75 / 1.00 (first contact 0.75 / 1.00; K-09)
    "ad.absolute_terms": (0.95, 0.45),  # 1.00 / 0.75 (first contact 0.75 / 0.75; K-02)
    "ad.medical_claims": (0.95, 0.35),  # 1.00 / 0.60 (first contact 1.00 / 0.40; K-03, K-05)
    "returns.refused": (0.95, 0.45),  # 1.00 / 0.75 (first contact 1.00 / 0.50; K-10)
    "live.offplatform_lure": (0.95, 0.60),  # 1.00 / 1.00 (first contact 1.00 / 0.67)
    "licence.deregistered": (0.95, 0.70),  # 1.00 / 0.75 (first contact 1.00 / 0.75; K-07)
}

# The tenth tuned families (demo/families: TENTH_TUNED): the eleventh batch (huifang, chaguan,
# lanmao, jindian; 45 targets), built blind in the tenth session and scored once at first
# contact on that session's merged rules (pooled leave-one-family-out, no OCR, live rooms
# watched 15 s as a sweep's minimum): missing 0.20 / 1.00 (lanmao 0.00: a licence laid out in a
# CSS grid whose DOM order pairs nothing), uscc_invalid 1.00 / 0.67, mismatch 1.00 / 1.00, food
# 0.38 / 1.00 (chaguan 0.20), absolute 1.00 / 0.75, medical 1.00 / 0.20, returns 1.00 / 0.75,
# lure - / 0.00 (huifang: the host speaks only in a WebVTT caption track), deregistered
# 1.00 / 0.67. Published in the twelfth session and tuned on from then on.
TENTH_FLOOR: dict[str, tuple[float, float]] = {
    "licence.missing": (0.15, 0.95),
    "licence.uscc_invalid": (0.95, 0.60),
    "licence.mismatch": (0.95, 0.95),
    "permit.food_missing": (0.30, 0.95),
    "ad.absolute_terms": (0.95, 0.70),
    "ad.medical_claims": (0.95, 0.15),
    "returns.refused": (0.95, 0.70),
    "live.offplatform_lure": (0.95, 0.00),
    "licence.deregistered": (0.95, 0.60),
}

# The eleventh tuned families (demo/families: ELEVENTH_TUNED): the twelfth batch (fanti,
# guangbo, fanpa, jiazai; 46 targets), built blind in the twelfth
# session by an engineer who never read the rules, scored once at first contact on the
# rules of 048ff74 (pooled leave-one-family-out, no OCR, live rooms watched 15 s): missing
# 0.25 / 1.00 (fanpa 0.08: licence captions only in CSS ::before content, an inline SVG or a
# <template> modal), uscc_invalid 1.00 / 0.67, mismatch 1.00 / 0.33 (fanti: a traditional-
# script licence; fanpa), food 0.67 / 1.00, absolute 0.57 / 1.00, medical 0.71 / 0.83 (jiazai:
# goods loaded only by 加载更多 or on page 2), returns 1.00 / 0.75, lure 0.75 / 0.75 (fanti:
# WhatsApp and 轉數快), deregistered 1.00 / 0.75. Published in the same session and tuned on.
ELEVENTH_FLOOR: dict[str, tuple[float, float]] = {
    "licence.missing": (0.20, 0.95),
    "licence.uscc_invalid": (0.95, 0.60),
    "licence.mismatch": (0.95, 0.30),
    "permit.food_missing": (0.60, 0.95),
    "ad.absolute_terms": (0.50, 0.95),
    "ad.medical_claims": (0.65, 0.75),
    "returns.refused": (0.95, 0.70),
    "live.offplatform_lure": (0.65, 0.65),
    "licence.deregistered": (0.95, 0.70),
}

# The twelfth tuned families (demo/families: TWELFTH_TUNED): the thirteenth batch (vdlive, shouqi,
# tuwen, xieyin; 44 targets), built blind in the twelfth session after the twelfth was published,
# scored once at first contact on the rules of 6e28557 (pooled leave-one-family-out, no OCR, live
# rooms watched 15 s): missing 0.14 / 1.00 (vdlive and tuwen 0.00), uscc_invalid 1.00 / 0.50,
# mismatch 1.00 / 1.00, food 1.00 / 1.00, absolute 1.00 / 0.75 (tuwen 0.00), medical 0.75 / 1.00
# (shouqi 0.50), returns 1.00 / 1.00, lure 0.80 / 0.67 (tuwen 0.00), deregistered 1.00 / 0.67. The
# floors of what vdlive's chat carries (absolute, medical, returns, lure) allow its one line per
# rule late under load. Published in session 13 (2026-12-06) and tuned on.
TWELFTH_FLOOR: dict[str, tuple[float, float]] = {
    "licence.missing": (0.10, 0.95),
    "licence.uscc_invalid": (0.95, 0.45),
    "licence.mismatch": (0.95, 0.95),
    "permit.food_missing": (0.95, 0.65),
    "ad.absolute_terms": (0.95, 0.45),
    "ad.medical_claims": (0.65, 0.65),
    "returns.refused": (0.95, 0.65),
    "live.offplatform_lure": (0.65, 0.45),
    "licence.deregistered": (0.95, 0.60),
}

# The thirteenth tuned families (demo/families: THIRTEENTH_TUNED): the fourteenth batch (hxlive,
# chuangkou, tieba, duanshi; 42 targets), built blind in the
# thirteenth session after the thirteenth was published, scored once at first contact on the
# rules of ce479fc (pooled leave-one-family-out, no OCR, live rooms watched 15 s): missing
# 0.38 / 1.00 (chuangkou 0.17: its licence opens in a window.open popup of readonly form
# fields), uscc_invalid 1.00 / 1.00, mismatch 0.50 / 0.50 (chuangkou 0.00), food 0.67 / 1.00
# (chuangkou 0.33), absolute 0.80 / 1.00 (duanshi 0.50), medical 0.67 / 0.80 (duanshi 0.00),
# returns 1.00 / 1.00, lure 0.50 / 0.67 (hxlive 0.00), deregistered 1.00 / 0.67 (chuangkou
# 0.00). The floors of what hxlive's chat carries (absolute, medical, returns) allow its one
# line per rule late under load. Published in the same session and tuned on.
THIRTEENTH_FLOOR: dict[str, tuple[float, float]] = {
    "licence.missing": (0.35, 0.95),
    "licence.uscc_invalid": (0.95, 0.95),
    "licence.mismatch": (0.45, 0.45),
    "permit.food_missing": (0.60, 0.95),
    "ad.absolute_terms": (0.70, 0.70),
    "ad.medical_claims": (0.50, 0.55),
    "returns.refused": (0.95, 0.65),
    "live.offplatform_lure": (0.45, 0.60),
    "licence.deregistered": (0.95, 0.60),
}

# The sealed batch (demo/families: SEALED): families built blind by engineers who never read
# the rules or the crawler's page picking, scored once at first contact, never tuned on. A new
# batch is registered after each round of tuning, with floors set at its first-contact
# figures, just under what the rules reach, and never raised by tuning on it (the goal,
# 0.95 / 0.90, until they are set).
# The fifteenth batch (paimai, danmu, xuanka, yushou; 45 targets), built blind in the thirteenth
# session after the fourteenth was published, scored once at first contact on the rules of
# 6f8a69d (pooled leave-one-family-out, no OCR, live rooms watched 15 s): every
# rule 1.00 / 1.00 but absolute 0.67 / 1.00 and lure 0.60 / 1.00 (danmu 0.33 each: its 弹幕
# are pixels on a canvas, the only text an aria-live log of the last few rows). The recall
# floors of what danmu's chat carries allow its one line per rule late under load.
SEALED_FLOOR: dict[str, tuple[float, float]] = {
    "licence.missing": (0.95, 0.95),
    "licence.uscc_invalid": (0.95, 0.95),
    "licence.mismatch": (0.95, 0.95),
    "permit.food_missing": (0.95, 0.95),
    "ad.absolute_terms": (0.60, 0.70),
    "ad.medical_claims": (0.95, 0.70),
    "returns.refused": (0.95, 0.70),
    "live.offplatform_lure": (0.55, 0.70),
    "licence.deregistered": (0.95, 0.95),
}
