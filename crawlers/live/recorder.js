// Hongdun live-room recorder, installed with page.add_init_script before any page script.
// A MutationObserver notes every chat row the moment it enters the DOM (even if the
// player removes it in the same task), when it leaves, and when it changes (撤回), plus
// every change of the room state panels. Python drains the events with
// window.__hongdunLive.drain(n, acked). Selectors come from watch.yaml (injected as __CONFIG__).
// A chat list is found by structure too, whatever its markup is named: an element whose
// children keep arriving while the room plays (C.grow.min_rows rows, added at that many
// moments at least C.grow.gap_ms apart), each row holding an author part and a text part. Rows seen
// before the list was recognised are kept with the time they arrived.
// Shadow roots are watched too (at most C.max_roots): every root the page attaches, open or
// closed (heard from the keeper, crawlers/shadow.py, installed just before this script), and
// open ones the parser built (declarative), found when their host arrives and once the
// document is parsed. A list may be a root itself (rows appended to the root); its path
// names the root as its host's first child template[1], as the sealed DOM holds it. A row
// drawn by a web component is read through its roots, once it has drawn (a task later).
(function () {
  "use strict";
  if (window.__hongdunLive) return;
  // In a same-origin frame (a room embedding its chat as an iframe) the lines go to the
  // top window's queue, numbered by it; the top page alone reads the state panels.
  var topLive = null;
  if (window.top !== window) {
    try { topLive = window.top.__hongdunLive || null; } catch (e) { topLive = null; }
    if (!topLive || !topLive.relay) return;
  }
  var C = __CONFIG__;
  var queue = [], dropped = 0, seq = 0, evn = 0, rows = new WeakMap();
  var listSel = C.chat_list.join(","), stateTimer = null, lastState = {};
  var stateSel = Object.keys(C.state).map(function (k) { return C.state[k].join(","); }).join(",");
  var holdsSel = [listSel, stateSel, "ul,ol,table,video,canvas,iframe"].filter(Boolean).join(",");
  var shadows = new Set(), later = new WeakSet(), keep = window.__hongdunShadow;
  var found = new Set(), growing = new Map(), strips = new Map(), PRICE = /^([¥￥$]\s*\d[\d.,]*|\d[\d,]*\.\d+|\d[\d.,]*\s*元)\s*起?$/;
  // page time on the top page's clock (a frame's own clock starts when the frame did)
  var shift = topLive ? performance.timeOrigin - window.top.performance.timeOrigin : 0;
  function now() { return {page_ms: Math.round(performance.now() + shift), utc: new Date().toISOString()}; }
  function push(ev) {
    if (topLive) { topLive.relay(JSON.stringify(ev)); return; }
    if (queue.length >= C.max_queue) { dropped++; return; }
    ev.n = ++evn;
    queue.push(ev);
  }
  function attrs(e) {
    var out = {};
    if (!e || !e.attributes) return out;
    for (var i = 0; i < e.attributes.length && i < 20; i++) {
      var a = e.attributes[i];
      if (a.name === "class" || a.name === "style") continue;
      out[a.name] = String(a.value).slice(0, 120);
    }
    return out;
  }
  function rootOf(e) { return e.shadowRoot || (keep ? keep.root(e) : null); }
  // Whether e draws a shadow root itself or in an element of its own (a row drawn by a web
  // component); only then are its words read through the roots (a bounded look).
  function composed(e) {
    if (!shadows.size || !e || e.nodeType !== 1) return false;
    if (rootOf(e)) return true;
    var all = e.getElementsByTagName("*");
    for (var i = 0; i < all.length && i < 500; i++) if (rootOf(all[i])) return true;
    return false;
  }
  // Elements under e matching sel, those in its shadow roots too (each root before the
  // host's light children), at most 2000.
  function deepAll(e, sel) {
    var out = [], budget = 2000;
    (function walk(scope) {
      var r = scope.nodeType === 1 ? rootOf(scope) : null;
      if (r) walk(r);
      for (var k = scope.firstElementChild; k && budget > 0; k = k.nextElementSibling) {
        budget--;
        if (!sel || k.matches(sel)) out.push(k);
        walk(k);
      }
    })(e);
    return out;
  }
  function all(row, sel) {
    return composed(row) ? deepAll(row, sel) : Array.from(row.querySelectorAll(sel));
  }
  function first(row, sels) {
    for (var i = 0; i < sels.length; i++) {
      var e = composed(row) ? deepAll(row, sels[i])[0] : row.querySelector(sels[i]);
      if (e) return e;
    }
    return null;
  }
  // Shown words under n through its shadow roots, without style and script text.
  function deepText(n) {
    var r = n.nodeType === 1 ? rootOf(n) : null, out = r ? deepText(r) : "";
    for (var c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.data;
      else if (c.nodeType === 1 && !/^(STYLE|SCRIPT|TEMPLATE)$/.test(c.tagName)) out += deepText(c);
    }
    return out;
  }
  function text(e) {
    if (!e) return "";
    return ((composed(e) ? deepText(e) : e.textContent) || "").replace(/\s+/g, " ").trim();
  }
  // The leaf parts of a row that show words: text elements, and images by their alt text.
  function parts(row) {
    var out = [];
    all(row, "*").forEach(function (e) {
      if (e.tagName === "IMG") { out.push({e: e, text: (e.getAttribute("alt") || "").trim(), img: true}); }
      else if (/^(STYLE|SCRIPT)$/.test(e.tagName)) { return; }
      else if (!e.firstElementChild && !rootOf(e) && text(e)) { out.push({e: e, text: text(e), img: false}); }
    });
    return out;
  }
  function separator(t) { return /^[\s：:|>\-—·]*$/.test(t); }
  // The author part found by structure: the first short words of the row that more words
  // follow (badges, images and separators aside). Short words before a name the row ends
  // with a colon ("副播 小助手阿亮：…"), or drawn as a chip of their own colour before a
  // short name ("[主播] 美美 …"), are the speaker's labels, not the author.
  function authorPart(row) {
    var words = parts(row).filter(function (p) { return !p.img && !separator(p.text); });
    if (words.length < 2 || words[0].text.length > 24) return null;
    for (var i = 1; i < words.length - 1 && i <= C.max_labels; i++) {
      if (words[i - 1].text.length > C.label_chars) break;
      if (words[i].text.length <= 24 && /[：:]$/.test(words[i].text)) return words[i].e;
    }
    if (words.length >= 3 && words[0].text.length <= C.label_chars && words[1].text.length <= 24
        && chip(words[0].e, row)) return words[1].e;
    return words[0].e;
  }
  // An element painted as a tag: its own background colour, unlike the row's.
  function chip(e, row) {
    var bg = getComputedStyle(e).backgroundColor;
    return !/^(transparent|rgba\(0, 0, 0, 0\))$/.test(bg) && bg !== getComputedStyle(row).backgroundColor;
  }
  // The row's short words before its author part: labels shown beside the name (主播, 副播).
  function labelsBefore(row, author) {
    var out = [];
    if (!author) return out;
    parts(row).some(function (p) {
      if (p.e === author || p.e.contains(author) || author.contains(p.e)) return true;
      var pos = p.e.compareDocumentPosition(author);
      var before = pos & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_DISCONNECTED);
      if (before && !p.img && !separator(p.text) && p.text.length <= C.label_chars) out.push(p.e);
      return false;
    });
    return out;
  }
  function stem(src) {
    var m = /([^\/?#]+?)(\.[a-z0-9]+)?([?#].*)?$/i.exec(src || "");
    return m ? m[1] : "";
  }
  // A badge's words: its text, else its alt / aria-label / title; an image badge without
  // any of these gives its file name, as a class-like hint only.
  function badgeOf(b) {
    var said = text(b), label = said || b.getAttribute("alt") || b.getAttribute("aria-label")
      || b.getAttribute("title") || "";
    var cls = String(b.className || "");
    if (!label && b.tagName === "IMG") cls += " " + stem(b.getAttribute("src"));
    return {text: label.trim(), "class": cls.trim(), shown: !!said};
  }
  function read(row) {
    var named = first(row, C.author), author = named || authorPart(row);
    var badges = [], marks = new Set();
    all(row, C.badge.join(",")).forEach(function (b) { marks.add(b); });
    all(row, "img,[aria-label],[title]").forEach(function (b) { marks.add(b); });
    labelsBefore(row, author).forEach(function (b) { marks.add(b); });
    marks.forEach(function (b) {
      if (author && (b === author || b.contains(author) || author.contains(b))) return;
      var badge = badgeOf(b);
      if (badge.text || badge["class"]) badges.push(badge);
    });
    var content = text(row);
    badges.forEach(function (b) { if (b.shown) content = content.replace(b.text, ""); });
    if (author) content = content.replace(text(author), "");
    var style = getComputedStyle(row);
    badges = badges.map(function (b) { return {text: b.text, "class": b["class"]}; });
    return {
      dom_text: text(row), text: content.replace(/^[\s：:]+/, "").trim(),
      speaker: text(author).replace(/[：:]\s*$/, ""),
      hints: {badges: badges, author_class: author ? String(author.className || "") : null,
              author_attrs: attrs(author), row_class: String(row.className || ""), row_attrs: attrs(row),
              style: {color: style.color, font_style: style.fontStyle, background: style.backgroundColor}}
    };
  }
  // A row's words as it shows them now, or a new line on a row the player reused (a
  // virtualised list rewrites or moves its ~20 rows for every new line). The same row
  // shown again with the same words and author within C.recycle.same_ms is one line; a
  // row without words, or hidden, holds no line (its old line has left).
  function seen(row, how, t, r) {
    if (!(row instanceof Element)) return;
    var info = rows.get(row);
    r = r || read(row);
    t = t || now();
    if (info && !info.left && r.dom_text === info.text) return;
    if (info && info.seq && r.dom_text === info.text && r.speaker === info.speaker
        && t.page_ms - info.at < C.recycle.same_ms) { info.left = false; return; }
    if (!r.dom_text || row.hidden) {
      if (info) left(row); else rows.set(row, {seq: 0, text: "", left: true});
      return;
    }
    if (info && !info.left) left(row);
    var id = topLive ? topLive.seq() : ++seq;
    rows.set(row, {seq: id, text: r.dom_text, said: r.text, speaker: r.speaker, at: t.page_ms});
    push({kind: "line", seq: id, page_ms: t.page_ms, utc: t.utc, how: how, line: r});
  }
  // Words without the digits and marks a counter or a clock ticks in.
  function skeleton(s) { return String(s || "").replace(/[\d\s.,:：%+\-·]/g, ""); }
  // Whether a known row's new words are a new line (its text or author replaced as a
  // whole), not a count or time ticking nor a withdrawal (撤回, which stays a change).
  function wholly(info, r, row) {
    if (C.withdrawn_words.some(function (w) { return r.dom_text.indexOf(w) >= 0; })) return false;
    var tokens = (String(row.className || "") + " " + (r.hints.author_class || "")).toLowerCase().split(/\s+/);
    if (C.withdrawn_classes.some(function (c) { return tokens.indexOf(c) >= 0; })) return false;
    return skeleton(r.text) !== skeleton(info.said) || skeleton(r.speaker) !== skeleton(info.speaker);
  }
  // A list named by a selector may hold its rows in one wrapper of its own (a scroller's
  // spacer): that wrapper's same-tag children, each drawn of parts, are the rows.
  function wrapped(e) {
    var p = parentOf(e);
    if (!p || !p.matches || !p.matches(listSel) || p.childElementCount !== 1 || e.childElementCount < 2) return false;
    var tag = e.firstElementChild.tagName;
    for (var k = e.firstElementChild; k; k = k.nextElementSibling) {
      if (k.tagName !== tag || !k.firstElementChild) return false;
    }
    return true;
  }
  function isList(e) {
    return !!e && (found.has(e) || (!!e.matches && (e.matches(listSel) || wrapped(e))));
  }
  // An element's parent, or the shadow root it sits in at the root's top.
  function parentOf(e) {
    return e.parentElement || (e.parentNode instanceof ShadowRoot ? e.parentNode : null);
  }
  // A row by structure: short words in an author part and a text part, not a goods row
  // (its last words a price), not inside a room-state panel (notice, card, cart, captions)
  // and holding no list, panel, table or picture of its own (a layout block does).
  function rowLike(node) {
    if (!(node instanceof Element) || /^(SCRIPT|STYLE|TEMPLATE)$/.test(node.tagName)) return false;
    var all = text(node);
    if (!all || all.length > 300 || (stateSel && node.closest(stateSel))) return false;
    if (node.querySelector(holdsSel)) return false;
    var words = parts(node).filter(function (p) { return !p.img && !separator(p.text); });
    return words.length >= 2 && words[0].text.length <= 24
      && !PRICE.test(words[words.length - 1].text);
  }
  // A parent whose row-like children arrive at several moments is a chat list: its rows
  // so far are written with the times they arrived, and every later row as it comes.
  // Only moments after the document is parsed count as growth (a static list the parser
  // builds in chunks does not grow), and a list's rows share one tag.
  function grew(parent, node) {
    if (found.size >= C.grow.max_lists || parent === document.body
        || parent === document.documentElement) return;
    var g = growing.get(parent);
    if (!g) {
      if (growing.size >= C.grow.max_candidates) return;
      g = {rows: [], moments: [], tag: node.tagName};
      growing.set(parent, g);
    }
    if (g.tag !== node.tagName) { g.tag = null; g.rows = []; return; }  // mixed: layout
    var t = now(), last = g.moments[g.moments.length - 1];
    if (document.readyState !== "loading" && (last === undefined
        || t.page_ms - last >= C.grow.gap_ms)) g.moments.push(t.page_ms);
    if (g.rows.length < C.grow.max_buffer) g.rows.push({row: node, t: t, r: read(node)});
    if (g.moments.length < C.grow.min_rows || g.rows.length < C.grow.min_rows) return;
    found.add(parent);
    growing.delete(parent);
    g.rows.forEach(function (x) {
      seen(x.row, "found", x.t, x.r);
      if (!x.row.isConnected) left(x.row);
    });
  }
  function left(row) {
    var info = rows.get(row);
    if (!info || info.left) return;
    info.left = true;
    var t = now();
    push({kind: "left", seq: info.seq, page_ms: t.page_ms, utc: t.utc});
  }
  function changed(row) {
    var info = rows.get(row), r = read(row);
    if (!info || info.left || (r.dom_text !== info.text && (!r.dom_text || row.hidden
        || wholly(info, r, row)))) { seen(row, "recycled", null, r); return; }
    if (r.dom_text === info.text) return;
    var t = now();
    info.text = r.dom_text;
    push({kind: "changed", seq: info.seq, page_ms: t.page_ms, utc: t.utc, line: r});
  }
  function rowOf(node) {
    for (var e = node; e; e = e instanceof ShadowRoot ? e.host : e.parentNode) {
      if (e.nodeType === 1 && isList(parentOf(e))) return e;
    }
    return null;
  }
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
  // A row of a list not yet known, rewritten in place: the lowest row-like element the
  // change is in whose parent holds C.grow.min_rows children of its tag.
  function rewrittenRow(e) {
    for (var a = e, k = 0; a && k < 5; a = parentOf(a), k++) {
      var p = parentOf(a);
      if (!p || !(a instanceof Element) || p === document.body) return false;
      var same = 0;
      for (var c = p.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === a.tagName) same++;
      if (same >= C.grow.min_rows && rowLike(a)) { grew(p, a); return true; }
    }
    return false;
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
  function path(e) {
    var out = [];
    while (e && e !== document.documentElement) {
      if (e instanceof ShadowRoot) { out.unshift("template[1]"); e = e.host; continue; }
      if (e.nodeType !== 1) break;
      var k = 1;
      for (var x = e.previousElementSibling; x; x = x.previousElementSibling) if (x.tagName === e.tagName) k++;
      out.unshift(e.tagName.toLowerCase() + "[" + k + "]");
      e = e.parentNode;
    }
    return out.join("/");
  }
  if (topLive) { window.__hongdunLive = {relayed: true}; return; }
  window.__hongdunLive = {
    // a same-origin frame's recorder: its events (as JSON) join this queue, its lines
    // numbered here
    relay: function (ev) { push(JSON.parse(ev)); },
    seq: function () { return ++seq; },
    // the chat lists found by structure, as element paths (body[1]/div[1]/div[4])
    lists: function () { return Array.from(found).map(path); },
    // Events stay queued until Python acknowledges them (acked: the last event number it
    // wrote), so a drain whose answer never arrived is sent again, not lost.
    drain: function (n, acked) {
      var k = 0;
      while (k < queue.length && queue[k].n <= acked) k++;
      queue.splice(0, k);
      var out = queue.slice(0, n);
      return {events: out, dropped: dropped, pending: queue.length - out.length};
    }
  };
})();
