"""jindian: 黄金珠宝 shops served as GBK, the charset declared only in the page's <meta>.

Why a new kind: every earlier family is served as UTF-8 with the charset in the HTTP header.
Old 金店 and 银楼 sites are still GBK: these pages are GBK bytes under a bare
`Content-Type: text/html`, and only a <meta> (the http-equiv form, or `<meta charset>`
labelled gbk or gb2312) tells a reader how to decode them; one that assumes UTF-8 reads
mojibake and finds no licence and no wording at all. The trade is new too, with its own
wrinkles: 足金/足银 and 金含量 999‰ are the fineness names GB 11887 prescribes (not absolute
terms) while 最纯/纯度第一 are boasts; 国家 in a testing lab's name (NGTC) is no claim; 砭石 and
jade sold as curing insomnia is a medical claim; engraved made-to-order pieces are a lawful
exception to 七日无理由退货 while 一经售出不退不换 on ordinary gold is not; a franchisee showing
only its franchisor's 授权书 shows no licence of its own. Each shop is judged against the
family's registry extract (registry.csv), which also holds the franchisor and a sister
company whose code one shop shows.
"""

from __future__ import annotations

from demo.families.corpus import Family, Filed, Target, collect
from demo.families.jindian.counters import load
from demo.families.jindian.gbk import counter_files


def build() -> Family:
    """The jindian family: 11 jewellery shops, every page GBK-encoded."""
    book = load()
    pages, assets = collect(book.counters, counter_files)
    targets = tuple(
        Target(f"jd-{i:02d}", c.platform, "storefront", f"/jd/{c.key}/", c.shop_name, c.reg.name,
               c.reg.uscc, c.reg.uscc[2:8], "珠宝首饰", c.note)
        for i, c in enumerate(book.counters, 1))
    return Family(
        name="jindian", title="黄金珠宝网店：GBK 编码页面，字符集只写在 <meta> 里",
        generator="demo/families/jindian/gbk.py: server-rendered pages encoded as GBK, served as "
                  "bare text/html; <meta http-equiv> or <meta charset> gbk/gb2312 per shop",
        voice="GB 11887-2012 第1号修改单 reports (2016, 千足金 dropped), its naming rule, buyers' "
              "complaints on 黄金 不退不换, 消费者权益保护法 §25, NGTC certificates, 砭石 listings",
        render=False, targets=targets, pages=pages, assets=assets,
        registry=(*(c.filed for c in book.counters), *map(Filed, book.others.values())))
