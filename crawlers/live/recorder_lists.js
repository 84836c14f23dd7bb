// Live recorder, part 2 of 3 (assembled into recorder.js's closure by crawlers/live/recorder.py):
// the rows of chat lists. A row is a line when it shows words (seen), a new line when a
// virtualised list reuses it (recycled), leaves when removed or emptied, and changes in
// place (撤回). A chat list is named by a selector or found by structure, whatever its
// markup is named: an element whose children keep arriving while the room plays
// (C.grow.min_rows rows, added at that many moments at least C.grow.gap_ms apart), each row
// holding an author part and a text part. Rows seen before the list was recognised are kept
// with the time they arrived.
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
