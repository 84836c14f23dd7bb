"""CSS generated content stamped into the rendered DOM, so that the sealed page says it.

A page may show words only through its styles: `.k-uscc::before { content: "统一社会信用代码：" }`
writes a licence field's caption, and the DOM holds the bare value (an anti-copy layout). The
browser shows the words; the DOM, and so a capture of it, does not. After the settle wait,
`STAMP_JS` reads the page's own same-origin style sheets for rules on `::before` / `::after`
with a `content`, asks the browser for each matched element's computed content, and writes
a plain string of it onto the element as `data-hongdun-before` / `data-hongdun-after`
(hongdun.records.GENERATED_ATTRS): what the page shows, kept with the element it belongs
to, nothing moved or added to its text. rules/text.py reads the stamps as shown text.
Counters, attr() and images are left out, as are icon-font glyphs (private-use characters);
at most MAX_STAMPS elements.
"""

from __future__ import annotations

import json

from hongdun.records import GENERATED_ATTRS

MAX_STAMPS = 2000

STAMP_JS = """
() => {
  const [BEFORE, AFTER] = ATTRS, bases = new Set();
  const read = rules => {
    for (const rule of rules) {
      if (rule.cssRules && !rule.selectorText) { read(rule.cssRules); continue; }  // @media …
      const sel = rule.selectorText, content = rule.style && rule.style.content;
      if (!sel || !content || content === 'none' || content === 'normal') continue;
      for (const part of sel.split(',')) {
        if (!/::?(before|after)\\b/i.test(part)) continue;
        const base = part.replace(/::?(before|after)\\b/gi, '').trim();
        bases.add(base || '*');
      }
    }
  };
  for (const sheet of document.styleSheets) {
    try { read(sheet.cssRules); } catch (e) { /* a cross-origin sheet: not readable */ }
  }
  const plain = value => {
    const m = /^"((?:[^"\\\\]|\\\\.)*)"$/.exec(value || '');
    if (!m) return '';
    const text = m[1].replace(/\\\\(.)/g, '$1').replace(/[\\ue000-\\uf8ff]/g, '');
    return text.trim() ? text : '';
  };
  let stamped = 0;
  for (const base of bases) {
    let found;
    try { found = document.querySelectorAll(base); } catch (e) { continue; }
    for (const el of found) {
      if (stamped >= MAX) return stamped;
      for (const [pseudo, attr] of [['::before', BEFORE], ['::after', AFTER]]) {
        const text = plain(getComputedStyle(el, pseudo).content);
        if (text && el.getAttribute(attr) !== text) { el.setAttribute(attr, text); stamped++; }
      }
    }
  }
  return stamped;
}
""".replace("ATTRS", json.dumps(list(GENERATED_ATTRS))).replace("MAX", str(MAX_STAMPS))
