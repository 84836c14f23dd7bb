// Hongdun live-room recorder, installed with page.add_init_script before any page script.
// A MutationObserver notes every chat row the moment it enters the DOM (even if the
// player removes it in the same task), when it leaves, and when it changes (撤回), plus
// every change of the room state panels. Python drains the events with
// window.__hongdunLive.drain(n, acked). Selectors come from watch.yaml (injected as __CONFIG__).
(function () {
  "use strict";
  if (window.top !== window || window.__hongdunLive) return;
  var C = __CONFIG__;
  var queue = [], dropped = 0, seq = 0, evn = 0, rows = new WeakMap();
  var listSel = C.chat_list.join(","), stateTimer = null, lastState = {};
  function now() { return {page_ms: Math.round(performance.now()), utc: new Date().toISOString()}; }
  function push(ev) {
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
  function first(row, sels) {
    for (var i = 0; i < sels.length; i++) { var e = row.querySelector(sels[i]); if (e) return e; }
    return null;
  }
  function text(e) { return e ? (e.textContent || "").replace(/\s+/g, " ").trim() : ""; }
  function read(row) {
    var author = first(row, C.author);
    var badges = [];
    row.querySelectorAll(C.badge.join(",")).forEach(function (b) {
      if (b !== author && !b.contains(author)) badges.push({text: text(b), "class": String(b.className || "")});
    });
    var content = text(row);
    badges.forEach(function (b) { content = content.replace(b.text, ""); });
    if (author) content = content.replace(text(author), "");
    var style = getComputedStyle(row);
    return {
      dom_text: text(row), text: content.trim(), speaker: text(author).replace(/[：:]\s*$/, ""),
      hints: {badges: badges, author_class: author ? String(author.className || "") : null,
              author_attrs: attrs(author), row_class: String(row.className || ""), row_attrs: attrs(row),
              style: {color: style.color, font_style: style.fontStyle, background: style.backgroundColor}}
    };
  }
  function seen(row, how) {
    if (!(row instanceof Element) || rows.has(row)) return;
    var id = ++seq, r = read(row);
    rows.set(row, {seq: id, text: r.dom_text});
    var t = now();
    push({kind: "line", seq: id, page_ms: t.page_ms, utc: t.utc, how: how, line: r});
  }
  function left(row) {
    var info = rows.get(row);
    if (!info || info.left) return;
    info.left = true;
    var t = now();
    push({kind: "left", seq: info.seq, page_ms: t.page_ms, utc: t.utc});
  }
  function changed(row) {
    var info = rows.get(row);
    if (!info || info.left) return;
    var r = read(row);
    if (r.dom_text === info.text) return;
    var t = now();
    info.text = r.dom_text;
    push({kind: "changed", seq: info.seq, page_ms: t.page_ms, utc: t.utc, line: r});
  }
  function rowOf(node) {
    for (var e = node && (node.nodeType === 1 ? node : node.parentElement); e; e = e.parentElement) {
      if (e.parentElement && e.parentElement.matches && e.parentElement.matches(listSel)) return e;
    }
    return null;
  }
  function scanAdded(node, parent) {
    if (node.nodeType !== 1) return;
    if (parent && parent.matches && parent.matches(listSel)) { seen(node, "added"); return; }
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
  function readState() {
    stateTimer = null;
    var t = now();
    Object.keys(C.state).forEach(function (kind) {
      var e = first(document, C.state[kind]);
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
      if (row && rows.has(row)) touched.add(row); else state = true;
    });
    touched.forEach(changed);
    if (state && !stateTimer) stateTimer = setTimeout(readState, 0);
  });
  observer.observe(document, {childList: true, subtree: true, characterData: true, attributes: true,
                              attributeFilter: ["class", "data-state", "data-status"]});
  window.__hongdunLive = {
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
