// Live recorder, part 3 of 3 (assembled into recorder.js's closure by crawlers/live/recorder.py):
// the MutationObserver. It notes every chat row the moment it enters the DOM (even if the
// player removes it in the same task), when it leaves and when it changes, every change of
// the room-state panels, and single-line strips rewritten again and again (captions, tickers).
// Shadow roots are watched too (at most C.max_roots): every root the page attaches, open or
// closed (heard from the keeper, crawlers/shadow.py, installed just before the recorder), and
// open ones the parser built (declarative), found when their host arrives and once the
// document is parsed. A list may be a root itself (rows appended to the root); its path
// names the root as its host's first child template[1], as the sealed DOM holds it. A row
// drawn by a web component is read through its roots, once it has drawn (a task later).
  function scanAdded(node, parent) {
    if (node.nodeType !== 1) return;
    if (node.shadowRoot) adopt(node.shadowRoot);
    // a web component draws its root after it is inserted: read it once it has (a task later)
    if (composed(node) && !text(node) && !later.has(node)) {
      later.add(node);
      setTimeout(function () { scanAdded(node, parent); }, 0);
      return;
    }
    if (isList(parent)) { seen(node, "added"); return; }
    if (parent && rowLike(node)) grew(parent, node);
    if (node.matches(listSel)) { Array.prototype.forEach.call(node.children, function (r) { seen(r, "added"); }); }
    node.querySelectorAll(listSel).forEach(function (l) {
      Array.prototype.forEach.call(l.children, function (r) { seen(r, "added"); });
    });
  }
  function scanRemoved(node, parent) {
    if (node.nodeType !== 1) return;
    if (rows.has(node)) { left(node); return; }
    node.querySelectorAll("*").forEach(function (e) { if (rows.has(e)) left(e); });
  }
  // The first element a state's selectors find in the document, else in a watched root.
  function firstShown(sels) {
    var e = first(document, sels);
    if (e) return e;
    for (var r of shadows) { e = first(r, sels); if (e) return e; }
    return null;
  }
  // A single-line strip outside the chat lists whose whole words are replaced again and
  // again (a caption, 口播, a 公告 ticker): once replaced C.strip.min_changes times, each
  // of its texts goes to the timeline with its time, as `caption` (the host's) or, inside
  // a platform's part of the page (C.strip.platform), as `ticker`.
  function strip(node) {
    var e = node.nodeType === 3 ? node.parentElement : node;
    if (!(e instanceof Element) || e.firstElementChild || isList(e) || e.closest(listSel)
        || (stateSel && e.closest(stateSel)) || /^(SCRIPT|STYLE|TITLE|TEMPLATE|OPTION)$/.test(e.tagName)
        || e.closest("button,a,label,input,select,textarea,[role=button],[role=link],[role=tab]")) return;
    var v = text(e), s = strips.get(e);
    if (!v || v.length > C.strip.max_chars || rewrittenRow(e)) return;
    if (!s) {
      if (strips.size >= C.strip.max_candidates) return;
      s = {said: "", held: [], on: false};
      strips.set(e, s);
    }
    if (skeleton(v) === skeleton(s.said)) { s.said = v; return; }
    s.said = v;
    var t = now(), ev = {kind: "state", state: e.closest(C.strip.platform.join(",")) ? "ticker" : "caption",
                         value: v, page_ms: t.page_ms, utc: t.utc, how: "strip"};
    if (s.on) { push(ev); return; }
    s.held.push(ev);
    if (s.held.length < C.strip.min_changes) return;
    s.on = true;
    s.held.forEach(push);
    s.held = [];
  }
  function readState() {
    stateTimer = null;
    if (topLive) return;
    var t = now();
    Object.keys(C.state).forEach(function (kind) {
      var e = firstShown(C.state[kind]);
      var value = e ? text(e).slice(0, 2000) : null;
      if (value !== lastState[kind]) {
        lastState[kind] = value;
        push({kind: "state", state: kind, value: value, page_ms: t.page_ms, utc: t.utc});
      }
    });
  }
  var observer = new MutationObserver(function (muts) {
    var touched = new Set(), state = false;
    muts.forEach(function (m) {
      if (m.type === "childList") {
        m.addedNodes.forEach(function (n) { scanAdded(n, m.target); });
        m.removedNodes.forEach(function (n) { scanRemoved(n, m.target); });
      }
      var row = rowOf(m.target);
      if (row) touched.add(row);
      else { state = true; if (m.type !== "attributes") strip(m.target); }
    });
    touched.forEach(changed);
    if (state && !stateTimer) stateTimer = setTimeout(readState, 0);
  });
  var watching = {childList: true, subtree: true, characterData: true, attributes: true,
                  attributeFilter: ["class", "data-state", "data-status"]};
  observer.observe(document, watching);
  // Watch inside a shadow root from now on; what it holds already is read as arrived now.
  function adopt(root) {
    if (shadows.has(root) || shadows.size >= C.max_roots) return;
    shadows.add(root);
    observer.observe(root, watching);
    Array.prototype.forEach.call(root.children, function (n) { scanAdded(n, root); });
    root.querySelectorAll("*").forEach(function (e) { if (e.shadowRoot) adopt(e.shadowRoot); });
  }
  if (keep) keep.listen(function (root) { adopt(root); });
  document.addEventListener("DOMContentLoaded", function () {
    var walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT);
    for (var e = walker.nextNode(); e && shadows.size < C.max_roots; e = walker.nextNode()) {
      if (e.shadowRoot) adopt(e.shadowRoot);
    }
  });
