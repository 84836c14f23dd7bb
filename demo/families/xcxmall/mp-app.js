// Renders a 小程序 H5 storefront from window.__INITIAL_STATE__ with hash routes:
// #/ (home), #/goods/<id> (a goods page), #/qualification (商家资质).
(function () {
  const S = window.__INITIAL_STATE__;
  const app = document.getElementById("mp-app");
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function link(href, cls, text) { const a = el("a", cls, text); a.href = href; return a; }
  function home(box) {
    box.appendChild(el("h1", "mp-shop", S.shop.name));
    S.shop.banner.forEach(t => box.appendChild(el("p", "mp-banner", t)));
    const ul = el("ul", "mp-goods");
    S.goods.forEach(g => {
      const li = el("li", "mp-card");
      li.appendChild(link("#/goods/" + g.id, "mp-card-link", g.title));
      li.appendChild(el("span", "mp-price", "¥" + g.price));
      ul.appendChild(li);
    });
    box.appendChild(ul);
    S.shop.service.forEach(t => box.appendChild(el("p", "mp-service", t)));
  }
  function goods(box, id) {
    const g = S.goods.find(x => x.id === id);
    if (!g) { box.appendChild(el("p", "mp-empty", "商品不存在")); return; }
    box.appendChild(el("h1", "mp-title", g.title));
    box.appendChild(el("p", "mp-price", "¥" + g.price));
    g.desc.forEach(t => box.appendChild(el("p", "mp-desc", t)));
    box.appendChild(el("h2", "mp-h", "售后说明"));
    g.after.forEach(t => box.appendChild(el("p", "mp-after", t)));
  }
  function qualification(box) {
    box.appendChild(el("h1", "mp-title", "商家资质"));
    const q = S.qualification;
    if (q.rows.length) {
      const table = el("table", "mp-qual");
      q.rows.forEach(([k, v]) => {
        const tr = el("tr");
        tr.appendChild(el("th", "", k));
        tr.appendChild(el("td", "", v));
        table.appendChild(tr);
      });
      box.appendChild(table);
    }
    q.notes.forEach(t => box.appendChild(el("p", "mp-qual-note", t)));
  }
  function render() {
    const route = (location.hash || "#/").slice(1);
    app.textContent = "";
    const box = el("main", "mp-view");
    if (route === "/qualification") qualification(box);
    else if (route.startsWith("/goods/")) goods(box, route.slice(7));
    else home(box);
    app.appendChild(box);
    const tabs = el("nav", "mp-tabbar");
    tabs.appendChild(link("#/", "mp-tab", "首页"));
    tabs.appendChild(link("#/qualification", "mp-tab", "商家资质"));
    app.appendChild(tabs);
    app.appendChild(el("footer", "mp-tip", S.platform_tip));
    document.documentElement.setAttribute("data-mp-route", route);
  }
  window.addEventListener("hashchange", render);
  render();
})();
