// liangzhao sites: the footer's 亮照 badge opens its <dialog>; the 资质证照 tab fetches its
// panel's JSON the first time it is opened.
(function () {
  "use strict";
  document.querySelectorAll("[data-lz-open]").forEach(function (button) {
    button.addEventListener("click", function () {
      var box = document.getElementById(button.getAttribute("data-lz-open"));
      if (box && box.showModal) box.showModal();
    });
  });
  function fill(pane, doc) {
    var title = document.createElement("h2");
    title.className = "lz-pane-head";
    title.textContent = doc.title;
    pane.appendChild(title);
    var table = document.createElement("table");
    table.className = "lz-pane-table";
    doc.rows.forEach(function (row) {
      var tr = table.insertRow();
      var th = document.createElement("th");
      th.textContent = row[0];
      tr.appendChild(th);
      tr.insertCell().textContent = row[1];
    });
    pane.appendChild(table);
  }
  var tabs = document.querySelectorAll(".lz-tab");
  tabs.forEach(function (tab) {
    tab.addEventListener("click", function () {
      tabs.forEach(function (other) {
        other.setAttribute("aria-selected", String(other === tab));
        var pane = document.getElementById(other.getAttribute("data-lz-pane"));
        if (pane) pane.hidden = other !== tab;
      });
      var src = tab.getAttribute("data-lz-src");
      var pane = document.getElementById(tab.getAttribute("data-lz-pane"));
      if (src && pane && !pane.dataset.loaded) {
        pane.dataset.loaded = "1";
        fetch(src).then(function (r) { return r.json(); }).then(function (doc) { fill(pane, doc); });
      }
    });
  });
})();
