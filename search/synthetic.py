"""Synthetic, deterministic findings for the search contract tests and benchmarks.

The same seed always gives the same findings: Chinese shop names, rule titles,
matched text and page context, spread over Yantai districts, platforms, rules,
severities, statuses and 60 days, with repeated time stamps so that ties are
broken by finding_id. `with_phrase` puts a phrase into exactly the first
`count` findings' context so a test knows how many a query must match.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from hongdun.clock import iso_utc
from hongdun.records import PLATFORMS, SEVERITIES, STATUSES, Box, Finding

DISTRICTS = ("370602", "370611", "370612", "370613", "370614", "370681", "370682",
             "370683", "370685", "370686", "370687", "370671")
RULES = (
    ("L1", "未在首页公示营业执照", "Business licence not shown", "电子商务法 第十五条"),
    ("L4", "公示信息与登记不符", "Displayed data mismatch", "网络交易监督管理办法 第十二条"),
    ("AD-ABSOLUTE", "使用绝对化用语", "Absolute terms in ads", "广告法 第九条"),
    ("AD-MEDICAL", "普通食品宣称疗效", "Medical claims for food", "广告法 第十七条"),
    ("P-FOOD", "未公示食品经营许可证", "Food permit not shown", "食品安全法 第三十五条"),
)
_SHOPS = ("芝罘海鲜", "福山大樱桃", "莱阳梨", "蓬莱葡萄酒", "烟台苹果", "龙口粉丝", "海阳手工",
          "牟平养生", "栖霞果园", "招远黄金", "莱州玉石", "长岛海参")
_SUFFIX = ("旗舰店", "专卖店", "小店", "直营店", "工厂店")
_MATCHES = ("最佳", "国家级", "第一品牌", "根治", "无副作用", "资质缺失",
            "最低价", "包治", "百分百")
_FILLER = ("本店商品均为产地直发", "欢迎选购", "支持七天无理由退货", "客服在线时间为早九点至晚九点",
           "发货地山东烟台", "品质保证", "新鲜到家")


def findings(count: int, seed: int = 7, phrase: str = "证照信息",
             with_phrase: int = 0, start: str = "2026-09-01T00:00:00+00:00",
             prefix: str = "F") -> Iterator[Finding]:
    """`count` findings; the first `with_phrase` of them carry `phrase` in their context."""
    rng = random.Random(seed)
    origin = datetime.fromisoformat(start).astimezone(UTC)
    for i in range(count):
        rule_id, title_zh, title_en, basis = RULES[rng.randrange(len(RULES))]
        shop = rng.choice(_SHOPS) + rng.choice(_SUFFIX)
        # minute resolution over 60 days, with a coarse grid so time stamps repeat
        moment = origin + timedelta(minutes=rng.randrange(60 * 24 * 60) // 7 * 7)
        match = rng.choice(_MATCHES)
        words = rng.sample(_FILLER, 3)
        if i < with_phrase:
            words.insert(1, f"本店{phrase}见下图")
        context = "，".join(words) + f"。{match}！编号JY{rng.randrange(10**13):013d}"
        yield Finding(
            finding_id=f"{prefix}{i:07d}",
            capture_id=f"C{i // 3:07d}",
            evidence_id=f"{rng.getrandbits(256):064x}",
            target_id=f"T{rng.randrange(5000):05d}",
            platform=PLATFORMS[rng.randrange(len(PLATFORMS))],
            district=DISTRICTS[rng.randrange(len(DISTRICTS))],
            shop_name=shop,
            rule_id=rule_id,
            title_zh=title_zh,
            title_en=title_en,
            legal_basis=basis,
            severity=SEVERITIES[rng.randrange(len(SEVERITIES))],
            certainty="certain" if rng.random() < 0.7 else "suspected",
            matched_text=match,
            context=context,
            url=f"https://shop{rng.randrange(5000)}.example.cn/item/{i}",
            page_role="home" if rng.random() < 0.8 else "licence",
            captured_at=iso_utc(moment),
            status=STATUSES[rng.randrange(len(STATUSES))],
            screenshot="pages/01-home/screenshot-1.png",
            box=Box(10.0, 20.0, 300.0, 40.0) if rng.random() < 0.5 else None,
        )
