"""Rule-engine throughput: page text scanned per second with every pack loaded, vs a bare scan.

What it measures, in one run over the same text:
1. bare: an Aho-Corasick automaton of every term of the loaded packs (terms only,
   as a plain keyword scanner would hold them: pyahocorasick) iterated over the text as
   it is (no normalisation, no regexes, no exemptions, no findings); and the same bare
   scan with the engine's own automaton library (ahocorasick-rs, overlapping matches),
   so the part of the ratio that is the library, not the engine, shows;
2. engine: RuleSet.match_text on the same text, page by page: the traditional-character
   fold and normalisation (width, case, zero-width and spacing tricks) of Unit.norm, as
   every unit of a capture gets them, the automaton, every rule's regexes, context-window
   exemptions, clause frames and hit merging;
and prints both rates in MB/s (UTF-8 bytes) and their ratio. Times are this thread's
CPU seconds, page by page, alternating, so load on a shared machine (waiting for a core)
cancels out; both are single-threaded and CPU-bound. The text is real
demo-marketplace page text (every page's visible text, rendered by rules.text)
with rule-triggering and exempted snippets mixed in, repeated and shuffled
into pages of about 20 KB until it reaches --mb megabytes (default 100).
Then times each stage of the engine in a second pass (normalising, automaton, regexes,
exemption windows, clause frames, merging, speakers), prints a hash of every decision
(rule and matched text per page; the findings of evaluate()) so a change can show it
decides the same, and reports full evaluate() speed on a sample, split into what it does
per page: HTML parsing and speaker regions (rules.text), the text rules, the structured
checks (licence, prices …), each also as a multiple of a bare lxml parse of the same
bodies timed alongside, and the microseconds per element of the page text with speaker
regions at growing nesting depth (flat when the walk is linear). With --profile it prints
the top functions of a cProfile run of match_text over the pages and of evaluate() over
the sample (not timed with the rest).

Run: .venv/bin/python bench/rules_bench.py [--mb 100] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import ahocorasick
from ahocorasick_rs import AhoCorasick, MatchKind
from lxml import etree

from hongdun.records import Capture
from rules.engine import ALL_CHECKS, EvalContext, RuleSet, _merged
from rules.examples import build_capture
from rules.normalize import normalize
from rules.text import page_text
from rules.view import CaptureView, Unit

SNIPPETS = (
    "全网最低价，国家级品质，加微信 yt_apple88 私聊转账再优惠。",
    "本品不能代替药物。",
    "开封后冷藏，最佳食用期为3天。",
    "第一次购买的顾客可领取优惠券。",
    "清仓特价，一经售出概不退换。",
    "定制商品一经刻字不支持七天无理由退货。",
    "平台提示：请勿私下转账，谨防诈骗。",
    "深海鱼油胶囊，有效降血压、降血脂。",
    "微 信 号：abc123",
    "烟台红富士苹果，脆甜多汁，产地直发。",
)


def corpus(target_bytes: int, seed: int = 7) -> list[str]:
    """Pages of text (~20 KB each) adding up to target_bytes of UTF-8."""
    texts = _demo_texts()
    rng = random.Random(seed)
    pages: list[str] = []
    size = 0
    while size < target_bytes:
        parts: list[str] = []
        length = 0
        while length < 20_000:
            part = rng.choice(texts) if rng.random() < 0.9 else rng.choice(SNIPPETS)
            parts.append(part)
            length += len(part.encode())
        page = "\n".join(parts)
        pages.append(page)
        size += len(page.encode())
    return pages


def _demo_texts() -> list[str]:
    """Visible text of every demo page (home, licence, item) as served on day 8."""
    from demo.site import Site, load_page_truth

    site = Site()
    out = []
    for path in load_page_truth():
        response = site.respond(path, "", "http://127.0.0.1:8765")
        if response.status == 200:
            text = page_text(response.body).text
            if text.strip():
                out.append(text)
    return out or list(SNIPPETS)


STAGES = ("normalising and offsets", "automaton (one pass, hits to rules)", "regexes",
          "exemption windows", "clause frames", "merging", "speakers and places")


def stage_times(rules: RuleSet, pages: list[str]) -> dict[str, float]:
    """CPU seconds of each stage of RuleSet.unit_hits over the pages, timed one stage at a
    time for every rule of a page (the clause frames: the exemptions read with them, less
    the exemptions read without them)."""
    wanted = [i for i, r in enumerate(rules.rules) if r.spec.terms or r.regex]
    out = dict.fromkeys(STAGES, 0.0)
    clock = time.thread_time
    for page in pages:
        t0 = clock()
        unit = Unit(0, "page", page)
        unit.norm.to_original(0)
        t1 = clock()
        scan = rules._scan(unit)
        t2 = clock()
        found = {i: rules.candidates(i, unit, scan) for i in wanted}
        t3 = clock()
        for i in wanted:
            rules.kept(i, unit, found[i], frames=False)
        t4 = clock()
        kept = {i: rules.kept(i, unit, found[i]) for i in wanted}
        t5 = clock()
        for i in wanted:
            _merged(kept[i])
        t6 = clock()
        for i in wanted:
            rules.placed(i, unit, kept[i])
        t7 = clock()
        for name, spent in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3,
                                        t5 - t4 - (t4 - t3), t6 - t5, t7 - t6 - (t6 - t5)),
                               strict=True):
            out[name] += spent
    return out


EVALUATE_STAGES = ("HTML parsing and speaker regions", "text rules (terms, regexes, exemptions)",
                   "structured checks (licence, prices …)")
BARE_PARSE = "bare lxml parse of the body"


def evaluate_stages(rules: RuleSet, captures: list[Capture]) -> dict[str, float]:
    """CPU seconds of what RuleSet.judge does per capture, part by part, as it does it:
    parsing each page into units, the text rules over them, the structured checks; and,
    alternating with them, a bare lxml parse of each page body (the baseline)."""
    out = dict.fromkeys((*EVALUATE_STAGES, BARE_PARSE), 0.0)
    clock, ctx = time.thread_time, EvalContext()
    for capture in captures:
        started = clock()
        for page in capture.pages:
            etree.fromstring(page.body, etree.HTMLParser())
        t0 = clock()
        view = CaptureView(capture, rules.speech)
        for page in view.pages:
            page.units  # noqa: B018 (parsed here, once, as judge parses it)
        t1 = clock()
        active = rules._active(capture, None)
        for page in view.pages:
            rules._text_hits(active, page)
        t2 = clock()
        for i in active:
            check = rules.rules[i].spec.check
            if check is not None:
                ALL_CHECKS[check](view, ctx)
        t3 = clock()
        for name, spent in zip((*EVALUATE_STAGES, BARE_PARSE),
                               (t1 - t0, t2 - t1, t3 - t2, t0 - started), strict=True):
            out[name] += spent
    return out


def nested(depth: int) -> str:
    """A page nested `depth` sections deep, each level a wrapper and three chat-like lines."""
    line = "<div><span>用户{0}</span><span>：</span><span>说了一句{0}</span></div>"
    html = "<p>底</p>"
    for i in range(depth):
        lines = "".join(line.format(i * 10 + k) for k in range(3))
        html = f"<section><div class='level'>{html}</div>{lines}</section>"
    return f"<html><body>{html}</body></html>"


def depth_scaling(rules: RuleSet, depths: tuple[int, ...] = (25, 50, 100)) -> list[str]:
    """Microseconds per element of the page text with speaker regions (rules.text.page_text
    with the packs' speech) at growing nesting depth: flat when the walk is linear."""
    out = []
    for depth in depths:
        html = nested(depth)
        elements = sum(1 for _ in etree.fromstring(html, etree.HTMLParser()).iter())
        started = time.thread_time()
        for _ in range(3):
            page_text(html, "", None, rules.speech, ())
        spent = (time.thread_time() - started) / 3
        out.append(f"depth {depth}: {spent / elements * 1e6:.1f} us per element ({elements})")
    return out


def profile(rules: RuleSet, pages: list[str], captures: list[Capture], top: int = 25) -> None:
    """Print the functions taking the most time (their own) in match_text and evaluate()."""
    for name, work in (("match_text", lambda: [rules.match_text(p) for p in pages]),
                       ("evaluate()", lambda: [rules.evaluate(c) for c in captures])):
        profiler = cProfile.Profile()
        profiler.runcall(work)
        print(f"profile of {name} (cProfile, own time first):")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    """Build the corpus, time both scans, print the rates and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=100.0, help="megabytes of text (UTF-8)")
    parser.add_argument("--profile", action="store_true",
                        help="then print cProfile's top functions of match_text and evaluate()")
    args = parser.parse_args(argv)
    rules = RuleSet.load()
    pages = corpus(int(args.mb * 1_000_000))
    total = sum(len(p.encode()) for p in pages)
    mb = total / 1_000_000
    print(f"rules {len(rules.specs)}, automaton words {len(rules.words)}, "
          f"text {mb:.1f} MB in {len(pages)} pages")

    bare_automaton = ahocorasick.Automaton()
    for term in {normalize(t) for spec in rules.specs for t in spec.terms}:
        bare_automaton.add_word(term, term)
    bare_automaton.make_automaton()
    # The same bare scan with the engine's own automaton library (Rust, overlapping matches).
    rs_terms = sorted({normalize(t) for spec in rules.specs for t in spec.terms} - {""})
    bare_rs = AhoCorasick(rs_terms, matchkind=MatchKind.Standard)
    # Page by page, bare then engine, so load drift on a shared machine falls on both.
    # The floor under the engine, timed alongside: normalising the text and mapping its
    # offsets back, then one pass of the engine's own automaton (terms and regex openers).
    bare = engine = normalising = scanning = bare_rs_s = 0.0
    bare_hits = engine_hits = bare_rs_hits = 0
    decisions = hashlib.sha256()  # every page's (rule, matched text) after exemptions
    for page in pages:
        started = time.thread_time()
        for _ in bare_automaton.iter(page):
            bare_hits += 1
        between = time.thread_time()
        matched = rules.match_text(page)
        after = time.thread_time()
        engine_hits += len(matched)
        decisions.update(repr(sorted(matched)).encode())
        norm = Unit(0, "page", page).norm  # the fold, then normalising: what the engine does
        norm.to_original(0)
        normalised = time.thread_time()
        rules.word_matches(norm.text)
        scanned = time.thread_time()
        bare_rs_hits += len(bare_rs.find_matches_as_indexes(page, overlapping=True))
        bare, engine = bare + between - started, engine + after - between
        normalising += normalised - after
        scanning += scanned - normalised
        bare_rs_s += time.thread_time() - scanned

    print(f"bare automaton scan : {mb / bare:8.1f} MB/s  ({bare:.2f} s, {bare_hits} raw hits)")
    print(f"engine, all packs   : {mb / engine:8.1f} MB/s  ({engine:.2f} s, {engine_hits} hits "
          f"after exemptions)")
    print(f"ratio engine/bare   : {bare / engine:8.3f}  (engine is {engine / bare:.1f}x slower)")
    rest = engine - normalising - scanning
    print(f"  of the engine's {engine:.2f} s: normalising and offsets {normalising:.2f} s, its "
          f"automaton ({len(rules.words)} words: terms and regex openers) {scanning:.2f} s "
          f"(floor: ratio {bare / (normalising + scanning):.2f}; normalising includes the "
          f"traditional-character fold); regexes, exemptions, "
          f"clause frames, speakers and merging {rest:.2f} s ({rest / engine * 100:.0f} %)")
    print(f"match hash          : {decisions.hexdigest()[:16]} (every page's rule and "
          f"matched text, after exemptions)")
    print(f"bare scan, the engine's own library (ahocorasick-rs): {mb / bare_rs_s:8.1f} MB/s "
          f"({bare_rs_s:.2f} s, {bare_rs_hits} raw hits); ratio {bare_rs_s / engine:.3f}")

    stages = stage_times(rules, pages)
    spent = sum(stages.values())
    print(f"per stage (a second pass, stage by stage; {spent:.2f} s in all):")
    for name, seconds in stages.items():
        print(f"  {name:<36} {seconds:6.2f} s  {seconds / spent * 100:3.0f} %  "
              f"{seconds / len(pages) * 1000:6.2f} ms per page")

    sample = pages[:200]
    html = ["<html><body>" + "".join(f"<p>{line}</p>" for line in p.split("\n")) + "</body></html>"
            for p in sample]
    captures = [build_capture({"html": h}) for h in html]
    started = time.thread_time()
    findings = [rules.evaluate(capture) for capture in captures]
    full = time.thread_time() - started
    digest = hashlib.sha256(repr([[(f.finding_id, f.rule_id, f.certainty, f.places)
                                   for f in found] for found in findings]).encode())
    sample_mb = sum(len(p.encode()) for p in sample) / 1_000_000
    print(f"evaluate() with HTML parsing: {sample_mb / full:8.1f} MB/s of page text "
          f"({len(sample)} pages, {full / len(sample) * 1000:.1f} ms per page); "
          f"findings hash {digest.hexdigest()[:16]}")
    parts = evaluate_stages(rules, captures)
    bare_parse = parts.pop(BARE_PARSE)
    print(f"evaluate() per stage (a second pass over the {len(sample)} pages; x: times a bare "
          f"lxml parse of the body, {bare_parse / len(sample) * 1000:.2f} ms per page):")
    for name, seconds in parts.items():
        print(f"  {name:<40} {seconds:6.2f} s  {seconds / len(sample) * 1000:6.2f} ms per page "
              f"{seconds / bare_parse:6.1f} x")
    print("page text and speaker regions by nesting depth: " + "; ".join(depth_scaling(rules)))
    if args.profile:
        profile(rules, pages[:100], captures[:50])
    return 0


if __name__ == "__main__":
    sys.exit(main())
