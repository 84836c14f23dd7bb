// jplive room runtime: polls the room's JSONP feed by script tags and draws each chat line.
(function () {
  "use strict";
  var chat = document.querySelector("[data-jp-feed]");
  if (!chat) { return; }
  var base = chat.getAttribute("data-jp-feed");
  var list = chat.querySelector("ul");
  var icons = document.documentElement.getAttribute("data-jp-icons");
  function badge(role) {
    var box = document.createElement("span");
    if (role === "sys") {
      box.innerHTML = '<svg width="14" height="14" viewBox="0 0 14 14"><title>平台系统消息</title>' +
        '<circle cx="7" cy="7" r="6"></circle></svg>';
    } else if (role) {
      var img = document.createElement("img");
      img.src = icons + role + ".svg";
      img.alt = {anchor: "主播", helper: "助理", fan: "粉丝团"}[role] || "";
      box.appendChild(img);
    }
    return box;
  }
  function draw(line) {
    var li = document.createElement("li");
    var who = document.createElement("div");
    who.appendChild(badge(line.r));
    if (line.n) { var nick = document.createElement("i"); nick.textContent = line.n; who.appendChild(nick); }
    var words = document.createElement("div");
    var p = document.createElement("p");
    p.textContent = line.w;
    words.appendChild(p);
    li.appendChild(who);
    li.appendChild(words);
    list.appendChild(li);
  }
  function poll(n) {
    var s = document.createElement("script");
    s.src = base + n + ".js";
    s.onerror = function () { document.documentElement.setAttribute("data-jp", "failed"); };
    document.head.appendChild(s);
  }
  window.__jpChunk = function (chunk) {
    chunk.lines.forEach(draw);
    if (chunk.pin) { document.querySelector(".jp-card q").textContent = chunk.pin; }
    if (chunk.next === null) {
      document.documentElement.setAttribute("data-jp", "ended");
    } else {
      setTimeout(function () { poll(chunk.next); }, 250);
    }
  };
  poll(0);
}());
