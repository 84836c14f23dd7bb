// hxlive: a tiny hypermedia loader in the manner of htmx. An element with hx-get is fetched
// when its hx-trigger fires ("load", "load delay:300ms", "every 1s"); the answer is an HTML
// fragment swapped per hx-swap (outerHTML, innerHTML, beforeend). Elements of the answer marked
// hx-swap-oob replace the element of the same id elsewhere (the host's caption, the pin). The
// chat is a chain: each fragment ends with the sentinel that loads the next.
(function () {
  var live = 0;
  function parse(text) {
    var t = document.createElement('template');
    t.innerHTML = text;
    return t.content;
  }
  function swap(el, how, text) {
    var frag = parse(text);
    frag.querySelectorAll('[hx-swap-oob]').forEach(function (oob) {
      var old = document.getElementById(oob.id);
      oob.removeAttribute('hx-swap-oob');
      if (old) { old.replaceWith(oob); process(oob); }
    });
    var added = Array.prototype.slice.call(frag.children);
    if (how === 'outerHTML') { el.replaceWith(frag); }
    else if (how === 'beforeend') { el.appendChild(frag); }
    else { el.innerHTML = ''; el.appendChild(frag); }
    added.forEach(process);
  }
  function fire(el) {
    live += 1;
    fetch(el.getAttribute('hx-get'), {cache: 'no-store', headers: {'HX-Request': 'true'}})
      .then(function (r) { return r.text(); })
      .then(function (text) {
        swap(el, el.getAttribute('hx-swap') || 'innerHTML', text);
        live -= 1;
        if (!document.querySelector('.hxr-more')) {
          document.documentElement.setAttribute('data-hx', 'done');
        }
      });
  }
  function arm(el) {
    if (el.hxArmed) { return; }
    el.hxArmed = true;
    var trig = el.getAttribute('hx-trigger') || 'load';
    var every = /^every (\d+)s$/.exec(trig);
    var delay = /delay:(\d+)ms/.exec(trig);
    if (every) { setInterval(function () { fire(el); }, Number(every[1]) * 1000); }
    else { setTimeout(function () { fire(el); }, delay ? Number(delay[1]) : 0); }
  }
  function process(node) {
    if (!node || node.nodeType !== 1) { return; }
    if (node.hasAttribute('hx-get')) { arm(node); }
    node.querySelectorAll('[hx-get]').forEach(arm);
  }
  process(document.body);
})();
