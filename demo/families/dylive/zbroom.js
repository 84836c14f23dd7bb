// The dylive room renderer: subscribes to the room's Server-Sent Events feed and clones
// the page's <template> elements for each event. Event types: pin (置顶公告), card (讲解中
// 小黄车 card), window (橱窗 goods), chat (a comment; role host / staff / aide / viewer),
// caption (the host's speech, AI字幕), gift, enter, system (the platform), end.
// Role badges are inline SVG pictures whose <title> names the role.
(function () {
  "use strict";
  var room = document.getElementById("zb--room");
  var ROLE = {host: ["主播", "#fe2c55"], staff: ["场控", "#7a5cff"], aide: ["助理", "#2b8cff"],
              platform: ["官方", "#1f8fff"]};
  var SVG = "http://www.w3.org/2000/svg";

  function clone(id) {
    return document.getElementById(id).content.firstElementChild.cloneNode(true);
  }

  function badge(label, colour) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "zb--badge");
    svg.setAttribute("width", String(14 * label.length + 8));
    svg.setAttribute("height", "16");
    svg.setAttribute("role", "img");
    var title = document.createElementNS(SVG, "title");
    title.textContent = label;
    var rect = document.createElementNS(SVG, "rect");
    rect.setAttribute("width", "100%");
    rect.setAttribute("height", "16");
    rect.setAttribute("rx", "8");
    rect.setAttribute("fill", colour);
    var text = document.createElementNS(SVG, "text");
    text.setAttribute("x", "4");
    text.setAttribute("y", "12");
    text.setAttribute("font-size", "11");
    text.setAttribute("fill", "#fff");
    text.textContent = label;
    svg.appendChild(title);
    svg.appendChild(rect);
    svg.appendChild(text);
    return svg;
  }

  function fill(node, cls, words) {
    node.querySelector("." + cls).textContent = words;
  }

  var handlers = {
    pin: function (m) { fill(room, "zb--pin-words", m.text); },
    card: function (m) {
      var card = clone("zb--tpl-card");
      fill(card, "zb--card-title", m.text);
      fill(card, "zb--card-price", "¥" + m.price);
      room.querySelector(".zb--cart").appendChild(card);
    },
    window: function (m) {
      var item = clone("zb--tpl-window");
      fill(item, "zb--window-title", m.text);
      fill(item, "zb--window-price", "¥" + m.price);
      room.querySelector(".zb--window").appendChild(item);
    },
    caption: function (m) {
      var line = clone("zb--tpl-sub");
      line.textContent = m.text;
      room.querySelector(".zb--subs-lines").appendChild(line);
    },
    chat: function (m) {
      var row = clone(m.role === "platform" ? "zb--tpl-sys" : "zb--tpl-chat");
      var marks = row.querySelector(".zb--marks");
      if (ROLE[m.role]) { marks.appendChild(badge(ROLE[m.role][0], ROLE[m.role][1])); }
      if (m.lv) { marks.appendChild(badge("粉丝团" + m.lv, "#ff9f1a")); }
      fill(row, "zb--nick", m.who);
      fill(row, "zb--words", m.text);
      room.querySelector(".zb--chat").appendChild(row);
    },
    gift: function (m) {
      var row = clone("zb--tpl-event");
      fill(row, "zb--event-words", m.who + " 送出了 " + m.text);
      room.querySelector(".zb--chat").appendChild(row);
    },
    enter: function (m) {
      var row = clone("zb--tpl-event");
      fill(row, "zb--event-words", m.who + " 来了");
      room.querySelector(".zb--chat").appendChild(row);
    }
  };

  var source = new EventSource(room.getAttribute("data-feed"));
  Object.keys(handlers).forEach(function (kind) {
    source.addEventListener(kind, function (e) { handlers[kind](JSON.parse(e.data)); });
  });
  source.addEventListener("end", function () {
    source.close();
    document.documentElement.setAttribute("data-live", "drawn");
  });
})();
