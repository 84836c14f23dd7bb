/* Live-room comments: fetch the room's comments.json and stamp each one from the template. */
(function () {
  "use strict";
  var list = document.getElementById("live-comments");
  var tpl = document.getElementById("live-comment-tpl");
  if (!list || !tpl) { return; }
  fetch(list.getAttribute("data-src"), {credentials: "same-origin"})
    .then(function (resp) { return resp.json(); })
    .then(function (items) {
      items.forEach(function (c) {
        var node = tpl.content.cloneNode(true);
        var el = node.querySelector("live-comment");
        el.setAttribute("data-identity", c.identity);
        el.setAttribute("data-seq", String(c.n));
        el.querySelector('[slot="tag"]').textContent = c.tag;
        el.querySelector('[slot="nick"]').textContent = c.nick ? c.nick + "：" : "";
        el.querySelector('[slot="text"]').textContent = c.text;
        list.appendChild(node);
      });
    })
    .catch(function () { list.setAttribute("data-error", "评论加载失败"); });
})();
