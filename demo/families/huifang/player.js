// huifang replay player: reads the <track>'s WebVTT captions and the room's 弹幕 file, and
// plays both on a virtual clock (4x). A caption shows only while its cue is current; 弹幕
// fly across the screen and are kept in the 弹幕回顾 list. Sets <html data-hf="done"> at the end.
(function () {
  "use strict";
  var stage = document.querySelector("[data-hf-room]");
  if (!stage) return;
  var track = stage.querySelector("video track");
  var cap = stage.querySelector(".hf-cap");
  var lane = stage.querySelector(".hf-lane");
  var bar = stage.querySelector(".hf-bar i");
  var log = document.querySelector(".hf-log");
  var ROLE = { zb: "主播", zhb: "助播", ck: "场控" };
  var TAG = { 1: "商家", 2: "系统" };
  var SPEED = 4, TICK = 250;

  function seconds(stamp) {
    var parts = stamp.trim().split(":").map(Number);
    return parts.reduce(function (acc, p) { return acc * 60 + p; }, 0);
  }
  function unescapeVtt(s) {
    return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  }
  function parseVtt(text) {
    var cues = [];
    text.replace(/\r/g, "").split(/\n{2,}/).forEach(function (block) {
      var lines = block.split("\n");
      var at = lines.findIndex(function (l) { return l.indexOf("-->") >= 0; });
      if (at < 0) return;
      var times = lines[at].split("-->");
      var payload = lines.slice(at + 1).join("\n");
      var cue = { start: seconds(times[0]), end: seconds(times[1].trim().split(" ")[0]) };
      var voice = /^<v\.([a-z]+) ([^>]+)>([\s\S]*?)(?:<\/v>)?$/.exec(payload);
      var cls = /^<c\.([a-z]+)>([\s\S]*?)<\/c>$/.exec(payload);
      if (voice) { cue.role = ROLE[voice[1]] || ""; cue.name = voice[2]; cue.text = voice[3]; }
      else if (cls) { cue.role = "平台"; cue.name = ""; cue.text = cls[2]; }
      else { cue.role = ""; cue.name = ""; cue.text = payload; }
      cue.text = unescapeVtt(cue.text);
      cues.push(cue);
    });
    return cues;
  }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function showCue(cue) {
    cap.textContent = "";
    if (!cue) return;
    var who = cue.role + (cue.name ? " " + cue.name : "");
    if (who) cap.appendChild(el("span", "hf-who", who));
    cap.appendChild(el("span", "hf-say", cue.text));
  }
  function post(item, row) {
    var fly = el("div", "hf-fly", item.m);
    fly.style.top = (row % 6) * 34 + 8 + "px";
    fly.addEventListener("animationend", function () { fly.remove(); });
    lane.appendChild(fly);
    var li = el("li");
    li.dataset.r = String(item.r);
    if (TAG[item.r]) li.appendChild(el("em", "hf-tag", TAG[item.r]));
    li.appendChild(el("b", "", item.n));
    li.appendChild(document.createTextNode("："));
    li.appendChild(el("span", "", item.m));
    log.appendChild(li);
  }
  Promise.all([
    fetch(track.src).then(function (r) { return r.text(); }),
    fetch(stage.dataset.dm).then(function (r) { return r.json(); })
  ]).then(function (got) {
    var cues = parseVtt(got[0]), items = got[1].items, sent = 0, clock = 0;
    var end = Math.max.apply(null, cues.map(function (c) { return c.end; })
      .concat(items.map(function (d) { return d.s + 1; })));
    var timer = setInterval(function () {
      clock += TICK / 1000 * SPEED;
      showCue(cues.find(function (c) { return c.start <= clock && clock < c.end; }));
      while (sent < items.length && items[sent].s <= clock) { post(items[sent], sent); sent++; }
      bar.style.width = Math.min(100, clock / end * 100) + "%";
      if (clock >= end) {
        clearInterval(timer);
        cap.textContent = "";
        cap.appendChild(el("span", "hf-say", "回放结束"));
        document.documentElement.dataset.hf = "done";
      }
    }, TICK);
  }).catch(function () {
    cap.textContent = "回放加载失败，请刷新重试";
    document.documentElement.dataset.hf = "failed";
  });
})();
