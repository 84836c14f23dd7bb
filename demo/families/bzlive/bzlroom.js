// bzlive room player: the chat lives in an open shadow root of <bzl-chat>; captions and the
// pinned message are plain DOM. Events come from feed.json, each at its own offset.
(function () {
  "use strict";
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  class BzlChat extends HTMLElement {
    connectedCallback() {
      var root = this.attachShadow({ mode: "open" });
      var style = el("style");
      style.textContent = ".row{margin:2px 0;font-size:13px}.tag{border-radius:3px;padding:0 4px;" +
        "margin-right:4px;font-size:11px;background:#eee}.tag-staff{background:#fde2b8}" +
        ".tag-official{background:#d8ecff}.nick{color:#888;margin-right:4px}";
      root.appendChild(style);
      root.appendChild(el("h3", "chat-title", "互动消息"));
      this.list = el("ul", "chat-log");
      this.list.setAttribute("role", "log");
      this.list.setAttribute("aria-label", "互动消息");
      root.appendChild(this.list);
    }
    add(ev) {
      var row = el("li", "row row-" + ev.side);
      if (ev.badge) row.appendChild(el("span", "tag tag-" + ev.side, ev.badge));
      if (ev.who) row.appendChild(el("span", "nick", ev.who + "："));
      row.appendChild(el("span", "words", ev.text));
      this.list.appendChild(row);
    }
  }
  customElements.define("bzl-chat", BzlChat);
  function play(events) {
    var chat = document.querySelector("bzl-chat");
    var cc = document.querySelector(".bzl-cc-lines");
    var pin = document.querySelector(".bzl-pin");
    var last = 0;
    events.forEach(function (ev) {
      last = Math.max(last, ev.at);
      setTimeout(function () {
        if (ev.kind === "cc") {
          cc.appendChild(el("p", "bzl-cc-line", ev.text));
        } else if (ev.kind === "pin") {
          pin.hidden = false;
          pin.querySelector(".bzl-pin-who").textContent = " " + ev.badge + " " + ev.who + "：";
          pin.querySelector(".bzl-pin-text").textContent = ev.text;
        } else {
          chat.add(ev);
        }
      }, ev.at);
    });
    setTimeout(function () { document.documentElement.dataset.chatState = "quiet"; }, last + 300);
  }
  fetch("feed.json").then(function (r) { return r.json(); }).then(play);
})();
