// The lianmai room player: opens the room's WebSocket (the body's data-feed path) and folds
// every frame into the page with insertAdjacentHTML over escaped template literals.
// Frame kinds: say (a chat line with its speaker's role), explain (the 讲解中 card),
// mic (a 连麦 guest joins or leaves), risk (the platform's 风控 banner), gift, idle.
(function () {
  "use strict";
  var BADGE = {host: "主播", assist: "助播", control: "场控", guest: "连麦嘉宾", sys: "平台消息"};
  var body = document.body;

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"}[c];
    });
  }

  function put(selector, markup) {
    document.querySelector(selector).insertAdjacentHTML("beforeend", markup);
  }

  var FOLD = {
    say: function (f) {
      var badge = BADGE[f.role] ? `<i class="lm-tag lm-tag_${f.role}">${BADGE[f.role]}</i>` : "";
      var fans = f.fans ? `<i class="lm-fans">灯牌${esc(f.fans)}</i>` : "";
      put(".lm-danmu", `<li class="lm-line lm-line_${f.role}">${badge}${fans}` +
        `<b class="lm-nick">${esc(f.nick)}</b><span class="lm-words">${esc(f.text)}</span></li>`);
    },
    explain: function (f) {
      document.querySelector(".lm-card").innerHTML =
        `<em class="lm-card__now">讲解中</em><strong class="lm-card__title">${esc(f.title)}</strong>` +
        `<span class="lm-card__price">¥${esc(f.price)}</span><p class="lm-card__pitch">${esc(f.text)}</p>`;
    },
    mic: function (f) {
      var seat = document.querySelector(".lm-seats");
      if (f.on) {
        put(".lm-seats", `<li class="lm-seat" data-nick="${esc(f.nick)}">连麦中 · ${esc(f.nick)}</li>`);
      } else {
        Array.prototype.forEach.call(seat.children, function (n) {
          if (n.getAttribute("data-nick") === f.nick) { seat.removeChild(n); }
        });
      }
    },
    risk: function (f) {
      put(".lm-risk", `<p class="lm-risk__text">${esc(f.text)}</p>`);
    },
    gift: function (f) {
      put(".lm-danmu", `<li class="lm-line lm-line_gift"><b class="lm-nick">${esc(f.nick)}</b>` +
        `<span class="lm-words">送出 ${esc(f.gift)}</span></li>`);
    },
    idle: function () {
      document.documentElement.setAttribute("data-feed-state", "idle");
    }
  };

  var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + body.dataset.feed;
  var sock = new WebSocket(url);
  sock.onmessage = function (ev) {
    var frame = JSON.parse(ev.data);
    (FOLD[frame.k] || function () {})(frame);
  };
})();
