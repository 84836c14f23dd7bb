// Demo live-room player: feed over WebSocket or fetch polling, a virtualized chat list
// that keeps only the last few rows, room state panels, and a canvas "video" whose
// captions are drawn into the picture (not into the DOM).
(function () {
  "use strict";
  var cfg = JSON.parse(document.body.getAttribute("data-room"));
  var list = document.querySelector(".im-list");
  var canvas = document.querySelector(".live-video");
  var ctx = canvas.getContext("2d");
  var caption = "", product = "", frame = 0;
  var rows = {};  // message id -> row element still in the list

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function chat(m) {
    var row = el("li", "im-row" + (m.role === "system" ? " im-row--system" : ""));
    row.setAttribute("data-id", m.id);
    if (m.role !== "system") {
      if (m.badge) {
        var kind = m.role === "anchor" ? "badge--anchor" : "badge--staff";
        row.appendChild(el("span", "im-badge " + kind, m.badge));
      } else if (m.level > 0) {
        row.appendChild(el("span", "im-badge badge--fans", "粉丝团 Lv." + m.level));
      }
      var nick = el("span", "im-nick", m.speaker + "：");
      nick.setAttribute("data-uid", "u" + Math.abs(hash(m.speaker)));
      row.appendChild(nick);
    }
    row.appendChild(el("span", "im-text", m.text));
    list.appendChild(row);
    rows[m.id] = row;
    while (list.children.length > cfg.rows) {  // virtualized: keep the last few rows only
      var gone = list.firstElementChild;
      delete rows[gone.getAttribute("data-id")];
      list.removeChild(gone);
    }
  }

  function withdraw(m) {
    var row = rows[m.id];
    if (!row) return;
    var nick = row.querySelector(".im-nick");
    var who = nick ? nick.textContent.replace(/[：:]$/, "") : "对方";
    row.className += " is-recalled";
    row.textContent = "";
    row.appendChild(el("span", "im-tip", "「" + who + "」撤回了一条消息"));
  }

  function hash(s) {
    var h = 0;
    for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
    return h;
  }

  function handle(m) {
    if (m.type === "chat") chat(m);
    else if (m.type === "withdraw") withdraw(m);
    else if (m.type === "notice") document.querySelector(".notice-text").textContent = m.text;
    else if (m.type === "product") {
      document.querySelector(".card-title").textContent = m.title;
      document.querySelector(".card-price").textContent = "¥" + m.price;
      product = m.title;
    } else if (m.type === "cart") {
      var cart = document.querySelector(".cart-list");
      cart.textContent = "";
      m.items.forEach(function (item, i) { cart.appendChild(el("li", "cart-item", (i + 1) + ". " + item)); });
    } else if (m.type === "viewers") {
      document.querySelector(".online-count").textContent = m.count + "人在看";
    } else if (m.type === "caption") caption = m.text;
  }

  function draw() {
    frame++;
    var g = ctx.createLinearGradient(0, 0, 640, 360);
    g.addColorStop(0, "hsl(" + (frame * 2 % 360) + ",45%,35%)");
    g.addColorStop(1, "hsl(" + ((frame * 2 + 120) % 360) + ",45%,20%)");
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 640, 360);
    ctx.fillStyle = "#e9c9a8";
    ctx.beginPath(); ctx.arc(320, 140 + 6 * Math.sin(frame / 5), 60, 0, 7); ctx.fill();
    ctx.fillStyle = "#fff";
    ctx.font = "20px 'Noto Sans CJK SC', sans-serif";
    ctx.fillText(product, 16, 32);
    if (caption) {
      ctx.font = "bold 40px 'Noto Sans CJK SC', sans-serif";
      ctx.fillStyle = "rgba(0,0,0,0.75)";
      ctx.fillRect(0, 280, 640, 64);
      ctx.fillStyle = "#ffeb3b";
      ctx.textAlign = "center";
      ctx.fillText(caption, 320, 326);
      ctx.textAlign = "left";
    }
  }
  setInterval(draw, 100);

  var base = "/live2/" + cfg.room + "/";
  // A binary room's events are protobuf-style messages: varint keys, varints and strings.
  var PB = {1: "seq", 2: "type", 3: "id", 4: "speaker", 5: "role", 6: "badge", 7: "level", 8: "text"};
  function unpb(buf) {
    var b = new Uint8Array(buf), i = 0, ev = {}, dec = new TextDecoder();
    function varint() { var v = 0, m = 1, x; do { x = b[i++]; v += (x & 127) * m; m *= 128; } while (x & 128); return v; }
    while (i < b.length) {
      var key = varint(), field = Math.floor(key / 8);
      if ((key & 7) === 0) { ev[PB[field]] = varint(); continue; }
      var n = varint(), s = dec.decode(b.subarray(i, i + n)); i += n;
      if (field === 15) { var rest = JSON.parse(s); for (var k in rest) ev[k] = rest[k]; }
      else ev[PB[field]] = s;
    }
    return ev;
  }
  if (cfg.transport === "websocket" || cfg.transport === "websocket-binary") {
    var ws = new WebSocket("ws://" + location.host + base + "ws?session=" + encodeURIComponent(cfg.session));
    ws.binaryType = "arraybuffer";
    ws.onopen = function () {
      ws.send(JSON.stringify({type: "join", session: cfg.session}));
      setInterval(function () { ws.send(JSON.stringify({type: "heartbeat", t: Date.now()})); }, 5000);
    };
    ws.onmessage = function (e) {
      handle(typeof e.data === "string" ? JSON.parse(e.data) : unpb(e.data));
    };
  } else {
    var poll = function () {
      fetch(base + "poll?session=" + encodeURIComponent(cfg.session), {cache: "no-store"})
        .then(function (r) { return r.json(); })
        .then(function (body) { body.events.forEach(handle); })
        .catch(function () {})
        .then(function () { setTimeout(poll, 400); });
    };
    poll();
  }
})();
