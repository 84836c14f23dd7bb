// Renders a notes-family page from window.__INITIAL_STATE__ (the page ships no markup of its own).
(function () {
  "use strict";
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text) { node.textContent = text; }
    return node;
  }
  function add(parent, kids) {
    kids.forEach(function (kid) { if (kid) { parent.appendChild(kid); } });
    return parent;
  }
  function tips(state) {
    return add(el("div", "reds-official"), (state.tips || []).map(function (t) {
      var row = el("p", "reds-official-tip");
      add(row, [el("span", "reds-badge-official", "官方"), el("span", "reds-tip-text", t)]);
      return row;
    }));
  }
  function header(shop) {
    var box = el("div", "reds-shop-header");
    add(box, [el("h1", "reds-shop-name", shop.name), el("p", "reds-shop-fans", shop.fans)]);
    (shop.bio || []).forEach(function (line) { box.appendChild(el("p", "reds-shop-bio", line)); });
    return box;
  }
  function shopPage(state) {
    var shop = state.shop, main = el("div", "reds-shop");
    main.appendChild(header(shop));
    if (shop.notice.length) {
      var notice = add(el("div", "reds-shop-notice"), [el("h3", "reds-sec-title", "店铺公告")]);
      shop.notice.forEach(function (n) { notice.appendChild(el("p", "reds-notice-line", n)); });
      main.appendChild(notice);
    }
    var feed = el("div", "reds-feeds");
    state.notes.forEach(function (n) {
      var card = el("section", "reds-note-card");
      var link = el("a", "reds-note-cover", n.title);
      link.href = n.url;
      add(card, [link, el("span", "reds-like", "♡ " + n.likes)]);
      feed.appendChild(card);
    });
    var goods = el("div", "reds-goods");
    state.goods.forEach(function (g) {
      add(goods, [add(el("div", "reds-goods-item"),
        [el("span", "reds-goods-title", g.title), el("span", "reds-goods-price", "¥" + g.price)])]);
    });
    var info = add(el("div", "reds-shop-info"), [el("h3", "reds-sec-title", "店铺信息"),
      el("p", "reds-info-line", "开店时间 " + shop.since)]);
    if (shop.entry) {
      var entry = el("a", "reds-info-entry", shop.entry + " >");
      entry.href = shop.entryUrl;
      info.appendChild(entry);
    }
    return add(main, [feed, goods, info]);
  }
  function qualPage(state) {
    var q = state.qualification, main = el("div", "reds-qual");
    add(main, [el("h2", "reds-qual-title", "资质证照"), el("p", "reds-qual-hint", q.hint)]);
    if (q.empty) { main.appendChild(el("p", "reds-qual-empty", q.empty)); }
    q.blocks.forEach(function (b) {
      var block = add(el("div", "reds-qual-block"), [el("h4", "reds-qual-name", b.title)]);
      b.fields.forEach(function (f) {
        add(block, [add(el("div", "reds-qual-row"),
          [el("span", "reds-qual-key", f[0]), el("span", "reds-qual-val", f[1])])]);
      });
      if (b.image) {
        var img = el("img", "reds-qual-img");
        img.src = b.image;
        img.alt = b.alt;
        block.appendChild(img);
      }
      main.appendChild(block);
    });
    return main;
  }
  function comment(c) {
    var box = el("div", c.reply ? "reds-reply" : "reds-comment");
    var who = add(el("div", "reds-comment-author"), [el("span", "reds-nick", c.user),
      c.tag ? el("span", "reds-author-tag", c.tag) : null]);
    add(box, [who, el("p", "reds-comment-text", c.text)]);
    (c.replies || []).forEach(function (r) { box.appendChild(comment(r)); });
    return box;
  }
  function notePage(state) {
    var n = state.note, main = el("div", "reds-note-detail");
    var author = add(el("div", "reds-author-wrapper"),
      [el("span", "reds-nick", n.author), el("span", "reds-author-tag", "商家")]);
    add(main, [author, el("h1", "reds-note-title", n.title)]);
    n.body.forEach(function (p) { main.appendChild(el("p", "reds-note-text", p)); });
    if (n.goods) {
      add(main, [add(el("div", "reds-note-goods"), [el("span", "reds-goods-title", n.goods),
        el("span", "reds-goods-price", "¥" + n.price)])]);
    }
    var list = add(el("div", "reds-comments"), [el("h3", "reds-sec-title", "共 " + n.comments.length + " 条评论")]);
    n.comments.forEach(function (c) { list.appendChild(comment(c)); });
    return add(main, [list]);
  }
  function render() {
    var state = window.__INITIAL_STATE__, app = document.getElementById("app");
    var view = { shop: shopPage, qualification: qualPage, note: notePage }[state.page](state);
    app.textContent = "";
    add(app, [view, tips(state)]);
    document.title = state.title;
    document.documentElement.setAttribute("data-ready", "1");
  }
  window.addEventListener("DOMContentLoaded", function () { setTimeout(render, 400); });
}());
