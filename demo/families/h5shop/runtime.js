/* H5 shop runtime: builds the page from window.__H5_STATE__ (CSS-module style class names). */
(function () {
  "use strict";
  var S = window.__H5_STATE__ || {};
  var app = document.getElementById("app");
  var K = {
    page: "_3kQ1x", bar: "_9fZ0a", shop: "_1mWq7", intro: "_7pLr2", feed: "_2vNc8",
    card: "_5tHb3", price: "_0yRe6", sheet: "_8uJd4", open: "_6xKs9", row: "_4gMn1",
    key: "_1bTz5", val: "_2cYw0", pic: "_3aPf7", detail: "_9hVq3", after: "_5eXu2",
    rv: "_7wDk6", nick: "_0qSj4", tag: "_6rLm8", notice: "_4zBy1", back: "_8nCo5"
  };
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined) { n.textContent = text; }
    return n;
  }
  function rows(box, list) {
    (list || []).forEach(function (r) {
      var line = el("div", K.row);
      line.appendChild(el("span", K.key, r[0]));
      line.appendChild(el("span", K.val, r[1]));
      box.appendChild(line);
    });
  }
  function cert(c, box) {
    box.appendChild(el("h3", "", c.title));
    if (c.image) {
      var img = el("img", K.pic);
      img.src = c.image.src; img.alt = c.image.alt;
      box.appendChild(img);
    }
    rows(box, c.rows);
    if (c.third) {
      box.appendChild(el("h4", "", c.third.head));
      rows(box, c.third.rows);
    }
  }
  var page = el("div", K.page);
  var bar = el("header", K.bar);
  bar.appendChild(el("span", K.shop, S.shop || ""));
  if (S.platform) { bar.appendChild(el("span", K.tag, S.platform)); }
  page.appendChild(bar);
  if (S.page === "home") {
    (S.intro || []).forEach(function (t) { page.appendChild(el("p", K.intro, t)); });
    if (S.cert && S.certMode === "sheet") {
      var btn = el("button", K.open, S.cert.title);
      var sheet = el("section", K.sheet);
      sheet.hidden = true;
      cert(S.cert, sheet);
      btn.addEventListener("click", function () { sheet.hidden = !sheet.hidden; });
      page.appendChild(btn);
      page.appendChild(sheet);
    }
    var feed = el("ul", K.feed);
    (S.goods || []).forEach(function (g) {
      var li = el("li", K.card);
      var a = el("a", "", g.title);
      a.href = g.href;
      li.appendChild(a);
      li.appendChild(el("span", K.price, "¥" + g.price));
      feed.appendChild(li);
    });
    page.appendChild(feed);
    if (S.cert && S.certMode === "block") {
      var box = el("section", K.sheet);
      cert(S.cert, box);
      page.appendChild(box);
    }
    if (S.certLink) {
      var link = el("a", K.open, S.certLink.text);
      link.href = S.certLink.href;
      page.appendChild(link);
    }
  } else if (S.page === "cert") {
    var holder = el("section", K.sheet);
    cert(S.cert, holder);
    page.appendChild(holder);
  } else if (S.page === "goods") {
    page.appendChild(el("h1", "", S.title));
    page.appendChild(el("div", K.price, "¥" + S.price));
    if (S.notice) {
      var n = el("div", K.notice);
      n.appendChild(el("b", K.tag, S.platform + "官方提示"));
      n.appendChild(el("span", "", S.notice));
      page.appendChild(n);
    }
    var d = el("article", K.detail);
    d.appendChild(el("h2", "", "商品详情"));
    (S.detail || []).forEach(function (t) { d.appendChild(el("p", "", t)); });
    page.appendChild(d);
    if ((S.aftersale || []).length) {
      var af = el("section", K.after);
      af.appendChild(el("h2", "", "售后说明"));
      S.aftersale.forEach(function (t) { af.appendChild(el("p", "", t)); });
      page.appendChild(af);
    }
    if ((S.reviews || []).length) {
      var rv = el("section", K.rv);
      rv.appendChild(el("h2", "", "买家评价"));
      S.reviews.forEach(function (r) {
        var item = el("div", K.row);
        item.appendChild(el("span", K.nick, r.nick));
        item.appendChild(el("span", K.tag, "买家"));
        item.appendChild(el("p", "", r.text));
        rv.appendChild(item);
      });
      page.appendChild(rv);
    }
    var back = el("a", K.back, "进店逛逛");
    back.href = S.home;
    page.appendChild(back);
  }
  app.appendChild(page);
})();
