// Hongdun live-room recorder, installed with page.add_init_script before any page script.
// This file is the recorder's frame: the guard, the config, the event queue and the clock,
// then its parts in order (crawlers/live/recorder.py RECORDER_PARTS puts them at
// __PARTS__), then the API Python drains: window.__hongdunLive.drain(n, acked).
// The parts share this closure, so the page sees one recorder:
//   recorder_rows.js      one row's words: author, badges, text, hints (read(row))
//   recorder_lists.js     rows of chat lists: seen, recycled, left, changed; lists by growth
//   recorder_observer.js  the MutationObserver: nodes added and removed, strips, room-state
//                         panels, shadow roots
// Selectors come from watch.yaml (injected as __CONFIG__).
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
  /* __PARTS__ */
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
