// The dtlive room renderer: reads the room's first state from a JSON <script>, then polls
// the chat feed chunk by chunk (each chunk names the next; the last says done) and builds
// every node with createElement. Kinds: say (host or 副播), ask (a viewer), notice (the
// platform: 福袋, 抽奖, 安全提示), top (置顶评论), bag (购物袋 goods).
(function () {
  "use strict";
  var state = JSON.parse(document.getElementById("pt-state").textContent);
  var TAG = {host: "主播", side: "副播", viewer: "", notice: "系统通知"};

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    n.className = cls;
    if (text) { n.textContent = text; }
    return n;
  }

  function bag(items) {
    var list = document.querySelector(".pt-bag-list");
    items.forEach(function (g, i) {
      var li = el("li", "pt-bag-item");
      li.appendChild(el("i", "pt-bag-no", String(i + 1)));
      li.appendChild(el("span", "pt-bag-name", g.text));
      li.appendChild(el("b", "pt-bag-price", "¥" + g.price));
      list.appendChild(li);
    });
  }

  function line(m) {
    if (m.kind === "top") {
      document.querySelector(".pt-top-text").textContent = m.text;
      return;
    }
    var li = el("li", "pt-msg pt-msg-" + m.role);
    if (TAG[m.role]) { li.appendChild(el("em", "pt-role", TAG[m.role])); }
    if (m.who) { li.appendChild(el("span", "pt-who", m.who + "：")); }
    li.appendChild(el("span", "pt-text", m.text));
    document.querySelector(".pt-chat").appendChild(li);
  }

  function poll(url) {
    fetch(url).then(function (r) { return r.json(); }).then(function (chunk) {
      chunk.lines.forEach(line);
      if (chunk.next) {
        setTimeout(function () { poll(chunk.next); }, 250);
      } else {
        document.documentElement.setAttribute("data-live", "drawn");
      }
    });
  }

  document.querySelector(".pt-host").textContent = state.host;
  bag(state.bag);
  poll(state.feed);
})();
