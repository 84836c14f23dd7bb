// ddlive room player: a virtualised chat list. All lines stay in memory; only POOL row
// elements exist, each reused for every POOL-th line (line n lives in row n % POOL), placed
// by translateY. Rows outside the scrolled window are emptied and hidden. Lines come from
// the room's feed.tsv (offset ms, seat, name, words), each played at its own offset.
(function () {
  "use strict";
  var ROW = 26, POOL = 20, AHEAD = 4;
  var SEATS = {
    sys: { code: "1", chip: "系统", label: "平台消息" },
    host: { code: "2", chip: "主播", label: "主播" },
    aide: { code: "3", chip: "助理", label: "主播助理" },
    fan: { code: "4", chip: "", label: "观众" }
  };
  var chat = document.querySelector("[data-ddv-feed]");
  if (!chat) return;
  var box = chat.querySelector(".ddv-scroller");
  var spacer = chat.querySelector(".ddv-spacer");
  // In a framed room the list is in a same-origin iframe; the 口播 strip, the pin and the
  // play state belong to the room page around it.
  var room = document;
  try {
    if (window.parent !== window && window.parent.document) room = window.parent.document;
  } catch (e) { room = document; }
  var voice = room.querySelector(".ddv-voice");
  var pinned = room.querySelector(".ddv-pinned");
  function state(value) {
    document.documentElement.setAttribute("data-ddv", value);
    if (room !== document) room.documentElement.setAttribute("data-ddv", value);
  }
  var lines = [], slots = [], follow = true;
  state("loading");

  function part(tag, cls) {
    var node = document.createElement(tag);
    node.className = cls;
    return node;
  }
  for (var i = 0; i < POOL; i++) {
    var slot = part("div", "ddv-row");
    slot.appendChild(part("em", "ddv-chip"));
    slot.appendChild(part("b", "ddv-nick"));
    slot.appendChild(part("span", "ddv-say"));
    slot.hidden = true;
    slot.dataset.n = "-1";
    spacer.appendChild(slot);
    slots.push(slot);
  }

  function fill(slot, line, n) {
    if (slot.dataset.n === String(n)) return;
    var seat = SEATS[line.seat] || SEATS.fan;
    slot.dataset.n = String(n);
    slot.dataset.seat = seat.code;
    slot.className = "ddv-row ddv-tone-" + seat.code;
    slot.setAttribute("aria-label", seat.label + (line.who ? " " + line.who : ""));
    slot.style.transform = "translateY(" + n * ROW + "px)";
    slot.children[0].textContent = seat.chip;
    slot.children[1].textContent = line.who ? line.who + "：" : "";
    slot.children[2].textContent = line.words;
    slot.hidden = false;
  }

  function paint() {
    var first = Math.max(0, Math.floor(box.scrollTop / ROW) - AHEAD);
    var last = Math.min(lines.length, first + POOL);
    var used = {};
    for (var n = first; n < last; n++) {
      fill(slots[n % POOL], lines[n], n);
      used[n % POOL] = true;
    }
    slots.forEach(function (slot, k) {
      if (!used[k] && !slot.hidden) {
        slot.hidden = true;
        slot.dataset.n = "-1";
        slot.children[2].textContent = "";
      }
    });
  }

  function play(line) {
    if (line.seat === "voice") {
      if (voice) voice.textContent = line.words;
      return;
    }
    if (line.seat === "pin") {
      if (!pinned) return;
      pinned.querySelector(".ddv-pin-words").textContent = line.who + "：" + line.words;
      pinned.hidden = false;
      return;
    }
    lines.push(line);
    spacer.style.height = lines.length * ROW + "px";
    if (follow) box.scrollTop = box.scrollHeight;
    paint();
  }

  box.addEventListener("scroll", function () {
    follow = box.scrollTop + box.clientHeight >= box.scrollHeight - ROW;
    paint();
  });

  fetch(chat.getAttribute("data-ddv-feed")).then(function (resp) {
    if (!resp.ok) throw new Error("feed " + resp.status);
    return resp.text();
  }).then(function (text) {
    var steps = text.split("\n").filter(Boolean).map(function (raw) {
      var f = raw.split("\t");
      return { at: Number(f[0]), seat: f[1], who: f[2], words: f[3] };
    });
    var end = steps.length ? steps[steps.length - 1].at : 0;
    state("playing");
    steps.forEach(function (step) { setTimeout(function () { play(step); }, step.at); });
    setTimeout(function () {
      state("ended");
    }, end + 300);
  }).catch(function () {
    state("failed");
  });
})();
