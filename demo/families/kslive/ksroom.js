// The kslive room player: fetches the room's binary push feed and draws it.
// Feed: "KSF1", then records: type u8, role u8, fan level u8, nick (u16 length + UTF-8),
// text (u16 length + UTF-8). Types: 1 comment, 2 caption (实时字幕), 3 gift, 4 system,
// 5 entered, 6 product card (nick = price), 7 pinned notice, 8 like, 9 cart item.
// Roles: 0 viewer, 1 anchor, 2 room admin (the seller's assistant account).
(function () {
  "use strict";
  var room = document.getElementById("kl-room");
  var decoder = new TextDecoder("utf-8");
  var BADGES = {1: ["anchor", "主播"], 2: ["admin", "管理员"]};

  function field(view, at) {
    var n = view.getUint16(at);
    return [decoder.decode(new Uint8Array(view.buffer, at + 2, n)), at + 2 + n];
  }

  function parse(buffer) {
    var view = new DataView(buffer), out = [], at = 4;
    var magic = decoder.decode(new Uint8Array(buffer, 0, 4));
    if (magic !== "KSF1") { return out; }
    while (at < view.byteLength) {
      var nick = field(view, at + 3), text = field(view, nick[1]);
      out.push({type: view.getUint8(at), role: view.getUint8(at + 1),
                fans: view.getUint8(at + 2), nick: nick[0], text: text[0]});
      at = text[1];
    }
    return out;
  }

  function make(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function badge(kind, alt) {
    var img = make("img", "kl-c-badge");
    img.src = "/f/kslive/b/" + kind + ".png";
    img.alt = alt;
    return img;
  }

  function comment(m) {
    var row = make("div", "kl-c-row");
    if (BADGES[m.role]) { row.appendChild(badge(BADGES[m.role][0], BADGES[m.role][1])); }
    if (m.fans) { row.appendChild(badge("fans", "粉丝团" + m.fans + "级")); }
    row.appendChild(make("span", "kl-c-nick", m.nick));
    row.appendChild(make("span", "kl-c-colon", "："));
    row.appendChild(make("span", "kl-c-words", m.text));
    return row;
  }

  function draw(m) {
    var chat = room.querySelector(".kl-c-list");
    if (m.type === 1) { chat.appendChild(comment(m)); }
    else if (m.type === 2) {
      room.querySelector(".kl-sub-lines").appendChild(make("p", "kl-sub-line", m.text));
    } else if (m.type === 3 || m.type === 5 || m.type === 8) {
      var line = make("div", "kl-c-event");
      line.appendChild(make("span", "kl-c-nick", m.nick));
      line.appendChild(make("span", "kl-c-act", " " + m.text));
      chat.appendChild(line);
    } else if (m.type === 4) {
      var sys = make("div", "kl-c-sys");
      sys.appendChild(make("span", "kl-c-offi", m.nick));
      sys.appendChild(make("span", "kl-c-sys-words", m.text));
      chat.appendChild(sys);
    } else if (m.type === 6) {
      var card = room.querySelector(".kl-card");
      card.appendChild(make("i", "kl-card-tag", "讲解中"));
      card.appendChild(make("p", "kl-card-title", m.text));
      card.appendChild(make("span", "kl-card-price", "¥" + m.nick));
    } else if (m.type === 7) {
      room.querySelector(".kl-pin").appendChild(make("span", "kl-pin-words", m.text));
    } else if (m.type === 9) {
      var item = make("li", "kl-cart-item");
      item.appendChild(make("span", "kl-cart-title", m.text));
      item.appendChild(make("span", "kl-cart-price", "¥" + m.nick));
      room.querySelector(".kl-cart").appendChild(item);
    }
  }

  fetch(room.getAttribute("data-feed")).then(function (r) { return r.arrayBuffer(); })
    .then(function (buffer) {
      var messages = parse(buffer), i = 0;
      (function next() {
        for (var end = Math.min(i + 3, messages.length); i < end; i++) { draw(messages[i]); }
        if (i < messages.length) { setTimeout(next, 120); }
        else { document.documentElement.setAttribute("data-feed-done", "1"); }
      })();
    });
})();
