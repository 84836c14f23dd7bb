"""Shadow roots in the capture: kept from the page's first script, sealed as declarative DOM.

`outerHTML` (and so `page.content()`) omits shadow roots, so chat lines, licence blocks and
ad text a web component renders inside one would be missing from the sealed page.html.

- `SHADOW_INIT_JS` (a page-init script, before any page script, in every frame) wraps
  `Element.prototype.attachShadow`: the page still gets its root, open or closed, but a
  closed one is also kept in a WeakMap (host → root) that only `window.__hongdunShadow`
  (non-enumerable, frozen) reads; listeners registered there hear of every root attached
  (the live recorder observes inside them, crawlers/live/recorder.js).
- `SERIALISE_JS` (after the screenshot, before the DOM is read) finds the roots, open and
  kept closed ones, nested too, within `ShadowLimits`, and writes each light-DOM host's
  root as its first child `<template shadowrootmode="open|closed">…</template>`
  (Chromium's own `getHTML({shadowRoots})`, nested roots included as nested templates;
  the host's light children, slotted or not, stay where they are). A
  `<template shadowrootmode>` the page left inert in its DOM (built by script, never
  attached) is renamed `data-hongdun-inert-shadowrootmode`, so neither the rules nor a
  browser opening the sealed file takes it for shown content. Roots over a limit are
  counted and the capture says so (`shadow_note`).
- `ROOTS_JS` is the same bounded search as a helper the layout and image reads share.

Limits: closed roots the HTML parser attached itself (a closed declarative root in the
served HTML) never pass through attachShadow and are not reachable from script.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ShadowLimits:
    """How far the root search and the serialiser go on one page."""

    max_roots: int = 2000  # roots serialised; more are counted, not written
    max_depth: int = 16  # roots nested in roots; deeper ones are counted, not written
    max_nodes: int = 300_000  # elements visited looking for roots


LIMITS = ShadowLimits()

SHADOW_INIT_JS = """
(() => {
  if (window.__hongdunShadow) return;
  const original = Element.prototype.attachShadow;
  if (typeof original !== 'function') return;
  const closed = new WeakMap(), listeners = [], walk = Document.prototype.createTreeWalker;
  // A method, like the native one: not a constructor, name "attachShadow", length 1.
  const wrapped = {attachShadow(init) {
    const root = original.apply(this, arguments);
    if (root.mode === 'closed') closed.set(this, root);
    for (const listen of listeners) { try { listen(root, this); } catch (e) { /* theirs */ } }
    return root;
  }}.attachShadow;
  Element.prototype.attachShadow = wrapped;
  Object.defineProperty(window, '__hongdunShadow', {value: Object.freeze({
    root: host => host.shadowRoot || closed.get(host) || null,
    listen: fn => { listeners.push(fn); },
    // the browser's own element walker, as it was before any page script could replace it
    walker: scope => walk.call(document, scope, 1),
  })});
})();
"""

# A function expression: (limits) => {roots, tops, inert, deep, many, stopped}, where roots
# are every root found within the limits in document order and tops the light-DOM hosts
# with their root and the roots nested in it (the list its getHTML is given).
ROOTS_JS = """
(limits) => {
  const keep = window.__hongdunShadow;
  const rootOf = el => el.shadowRoot || (keep ? keep.root(el) : null);
  const walker = keep ? keep.walker : scope => document.createTreeWalker(scope, 1);
  const roots = [], tops = [], inert = [];
  let visited = 0, deep = 0, many = 0, stopped = false;
  const todo = [[document, 0, -1]];
  for (let i = 0; i < todo.length && !stopped; i++) {
    const [scope, depth, top] = todo[i];
    const w = walker(scope);
    for (let el = w.nextNode(); el; el = w.nextNode()) {
      if (++visited > limits.max_nodes) { stopped = true; break; }
      if (el.tagName === 'TEMPLATE' && el.hasAttribute('shadowrootmode')) inert.push(el);
      const root = rootOf(el);
      if (!root) continue;
      if (depth >= limits.max_depth) { deep++; continue; }
      if (roots.length >= limits.max_roots) { many++; continue; }
      const owner = depth === 0 ? tops.push({host: el, root, nested: []}) - 1 : top;
      if (depth > 0) tops[owner].nested.push(root);
      roots.push(root);
      todo.push([root, depth + 1, owner]);
    }
  }
  return {roots, tops, inert, deep, many, stopped};
}
"""

SERIALISE_JS = f"""
(limits) => {{
  const found = ({ROOTS_JS.strip()})(limits);
  const mark = Symbol.for('hongdun.shadow');
  for (const t of found.inert) {{
    if (t[mark]) continue;  // written by an earlier run
    t.setAttribute('data-hongdun-inert-shadowrootmode', t.getAttribute('shadowrootmode'));
    t.removeAttribute('shadowrootmode');
  }}
  let used = 0, big = 0, written = 0;
  const made = [];
  for (const {{host, root, nested}} of found.tops) {{
    const count = 1 + nested.length;
    if (host.firstChild && host.firstChild[mark]) {{ written += count; continue; }}
    const html = typeof root.getHTML === 'function' && nested.length
      ? root.getHTML({{shadowRoots: nested}}) : root.innerHTML;
    if (used + html.length > limits.max_chars) {{ big += count; continue; }}
    used += html.length;
    written += count;
    made.push([host, root, html]);
  }}
  for (const [host, root, html] of made) {{
    const t = document.createElement('template');
    t.setAttribute('shadowrootmode', root.mode);
    if (root.delegatesFocus) t.setAttribute('shadowrootdelegatesfocus', '');
    if (root.clonable) t.setAttribute('shadowrootclonable', '');
    t.innerHTML = html;
    Object.defineProperty(t, mark, {{value: true}});
    host.insertBefore(t, host.firstChild);
  }}
  return {{written, deep: found.deep, many: found.many, big, stopped: found.stopped,
           chars: used}};
}}
"""


def serialise_args(max_chars: int, limits: ShadowLimits = LIMITS) -> dict[str, int]:
    """The argument SERIALISE_JS takes: the limits and the characters the roots may fill."""
    return {"max_chars": max_chars, "max_roots": limits.max_roots,
            "max_depth": limits.max_depth, "max_nodes": limits.max_nodes}


def shadow_note(result: dict[str, Any], limits: ShadowLimits = LIMITS) -> str | None:
    """What the capture must say about roots left out (None when every root was written)."""
    parts = []
    if result.get("many"):
        parts.append(f"{result['many']} over the limit of {limits.max_roots} roots")
    if result.get("deep"):
        parts.append(f"{result['deep']} nested deeper than {limits.max_depth}")
    if result.get("big"):
        parts.append(f"{result['big']} over the DOM size limit")
    if result.get("stopped"):
        parts.append(f"search stopped after {limits.max_nodes} elements")
    if not parts:
        return None
    return (f"shadow roots not sealed: {'; '.join(parts)} "
            f"({result.get('written', 0)} roots sealed as declarative shadow DOM)")
