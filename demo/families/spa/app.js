/* A small client-side app in the style of a React build: fetches the route's JSON
   and builds the DOM; class names are CSS-module hashes injected at build time. */
(function () {
  "use strict";
  var s = __CLASSES__;
  function el(tag, cls, kids) {
    var n = document.createElement(tag);
    if (cls) { n.className = s[cls]; }
    (kids || []).forEach(function (k) {
      n.appendChild(typeof k === "string" ? document.createTextNode(k) : k);
    });
    return n;
  }
  function link(cls, href, text) { var a = el("a", cls, [text]); a.href = href; return a; }
  function kv(list) {
    return el("div", "attrs", (list || []).map(function (f) {
      return el("div", "attrRow", [el("span", "attrKey", [f.k]), el("span", "attrVal", [f.v])]);
    }));
  }
  function header(data) {
    var base = window.__ROUTE__.base;
    return el("div", "top", [
      el("div", "platformNotice", (data.platform_notices || []).map(function (t) {
        return el("p", "noticeLine", [t]);
      })),
      el("div", "shopBar", [el("span", "shopName", [data.shop.name]),
        el("span", "shopScore", ["体验分 " + data.shop.score]),
        link("qualLink", base + "qualification", "店铺资质")])
    ]);
  }
  var views = {
    home: function (d) {
      var base = window.__ROUTE__.base;
      return [header(d), el("div", "feed", d.goods.map(function (g) {
        return el("div", "card", [link("cardTitle", base + "goods/" + g.id, g.title),
          el("span", "cardPrice", ["¥" + g.price]),
          el("div", "tags", (g.tags || []).map(function (t) { return el("span", "tag", [t]); }))]);
      })), kv(d.service)];
    },
    qualification: function (d) {
      var blocks = d.qualifications.map(function (q) {
        return el("section", "qualBlock", [el("h3", "qualType", [q.type]), kv(q.fields)]);
      });
      if (!blocks.length) { blocks = [el("p", "empty", [d.empty_text])]; }
      return [header(d), el("div", "qualPage", blocks)];
    },
    goods: function (d) {
      return [header(d), el("div", "detail", [el("h1", "detailTitle", [d.title]),
        el("span", "cardPrice", ["¥" + d.price]), kv(d.attrs),
        el("div", "detailText", (d.detail || []).map(function (t) {
          return el("p", "para", [t]); })), kv(d.service)])];
    }
  };
  fetch(window.__ROUTE__.api).then(function (r) { return r.json(); }).then(function (d) {
    var root = document.getElementById("root");
    setTimeout(function () {
      root.textContent = "";
      views[window.__ROUTE__.view](d).forEach(function (n) { root.appendChild(n); });
    }, 150);
  });
})();
