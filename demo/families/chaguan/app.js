// chaguan SPA: routes on real paths (history.pushState), data from the shop's api/*.json.
// Home: banner, tea cards, 购物须知, and a footer whose licence block is fetched only when it
// scrolls into view. /zizhi: the licence block at once. /cha/<slug>: one tea's detail.
// Sets <html data-cg="ready"> after each route renders, data-cg-zz="loaded" once the
// licence block is in the page.
(function () {
  "use strict";
  var app = document.getElementById("cg-app");
  var base = app.dataset.base;
  var shop = null, observer = null;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function link(href, text) {
    var a = el("a", "", text);
    a.href = base + href;
    a.dataset.spa = "1";
    return a;
  }
  function route() {
    var rest = location.pathname.indexOf(base) === 0 ? location.pathname.slice(base.length) : "";
    if (rest === "zizhi") return { view: "zizhi" };
    var m = /^cha\/([a-z0-9-]+)$/.exec(rest);
    if (m) return { view: "tea", slug: m[1] };
    return { view: "home" };
  }
  function licenceBlock(into) {
    return fetch(base + "api/zizhi.json").then(function (r) { return r.json(); }).then(function (z) {
      into.textContent = "";
      into.appendChild(el("h3", "", z.title));
      var list = el("ul", "cg-zz");
      z.rows.forEach(function (row) {
        var li = el("li");
        li.appendChild(el("label", "", row[0]));
        li.appendChild(el("output", "", row[1]));
        list.appendChild(li);
      });
      into.appendChild(list);
      z.extra.forEach(function (t) { into.appendChild(el("p", "", t)); });
      document.documentElement.dataset.cgZz = "loaded";
    });
  }
  function nav() {
    var bar = el("nav", "cg-nav");
    bar.appendChild(el("span", "cg-brand", shop.name));
    bar.appendChild(link("", "首页"));
    shop.teas.forEach(function (t) { bar.appendChild(link("cha/" + t.slug, t.name.split(" ")[0])); });
    if (shop.zizhi) bar.appendChild(link("zizhi", "店铺资质"));
    return bar;
  }
  function home(main) {
    shop.banner.forEach(function (t) { main.appendChild(el("div", "cg-hero", t)); });
    var grid = el("div", "cg-grid");
    shop.teas.forEach(function (t) {
      var card = el("div", "cg-card");
      card.appendChild(el("h3", "", t.name));
      card.appendChild(el("p", "", t.price));
      card.appendChild(link("cha/" + t.slug, "查看详情"));
      grid.appendChild(card);
    });
    main.appendChild(grid);
    var story = el("section", "cg-story");
    story.appendChild(el("h2", "", "购物须知"));
    shop.notice.forEach(function (t) { story.appendChild(el("p", "", t)); });
    main.appendChild(story);
    var foot = el("footer", "cg-foot");
    foot.appendChild(el("p", "cg-wait", "店铺信息"));
    main.appendChild(foot);
    observer = new IntersectionObserver(function (entries) {
      if (!entries.some(function (e) { return e.isIntersecting; })) return;
      observer.disconnect();
      licenceBlock(foot);
    });
    observer.observe(foot);
  }
  function tea(main, slug) {
    var t = shop.teas.find(function (x) { return x.slug === slug; });
    if (!t) { main.appendChild(el("p", "", "商品不存在或已下架")); return; }
    main.appendChild(el("h1", "", t.name));
    main.appendChild(el("p", "", t.price));
    t.detail.forEach(function (d) { main.appendChild(el("p", "", d)); });
  }
  function render() {
    if (observer) { observer.disconnect(); observer = null; }
    delete document.documentElement.dataset.cgZz;
    app.textContent = "";
    app.appendChild(nav());
    var main = el("main");
    app.appendChild(main);
    var r = route();
    var done = Promise.resolve();
    if (r.view === "zizhi") {
      var box = el("section", "cg-foot");
      main.appendChild(box);
      done = licenceBlock(box);
    } else if (r.view === "tea") { tea(main, r.slug); } else { home(main); }
    done.then(function () { document.documentElement.dataset.cg = "ready"; });
  }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest("a[data-spa]");
    if (!a || ev.metaKey || ev.ctrlKey) return;
    ev.preventDefault();
    history.pushState(null, "", a.href);
    window.scrollTo(0, 0);
    render();
  });
  window.addEventListener("popstate", render);
  fetch(base + "api/shop.json").then(function (r) { return r.json(); }).then(function (data) {
    shop = data;
    render();
  }).catch(function () { app.textContent = "店铺加载失败，请稍后重试"; });
})();
