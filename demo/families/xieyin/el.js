// xieyin: custom elements without shadow DOM or <slot>. Each <xy-*> element names a
// <script type="text/template"> (data-tpl); on connection it parses the template, fills every
// [data-f] with its own data-* value (text only) or, for a JSON list, one child element per
// entry (the tag in data-each), and replaces its own children with the result.
(function () {
  function fill(host) {
    var tpl = document.getElementById(host.getAttribute('data-tpl'));
    var box = document.createElement('div');
    box.innerHTML = tpl.textContent;
    box.querySelectorAll('[data-f]').forEach(function (slot) {
      var raw = host.getAttribute('data-' + slot.getAttribute('data-f')) || '';
      var each = slot.getAttribute('data-each');
      if (!each) { slot.textContent = raw; return; }
      JSON.parse(raw || '[]').forEach(function (entry) {
        var el = document.createElement(each);
        if (Array.isArray(entry)) {
          entry.forEach(function (part) {
            var cell = document.createElement('span');
            cell.className = 'xyk-part';
            cell.textContent = part;
            el.appendChild(cell);
          });
        } else { el.textContent = entry; }
        slot.appendChild(el);
      });
    });
    host.replaceChildren.apply(host, Array.prototype.slice.call(box.childNodes));
    host.setAttribute('data-filled', '1');
  }
  ['xy-head', 'xy-notice', 'xy-goods', 'xy-ask', 'xy-licence'].forEach(function (name) {
    customElements.define(name, class extends HTMLElement {
      connectedCallback() { fill(this); }
    });
  });
  document.documentElement.setAttribute('data-xy', 'ready');
})();
