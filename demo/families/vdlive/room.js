// vdlive room: a tiny virtual DOM. The chat is long-polled: each poll file names the cursor
// of the next; every message becomes a vnode h('li', ...) and the list is re-rendered by
// patching the <ul aria-live> against the previous vnode list (keyed by message id). The
// speaker is shown only by the avatar's alt text and the row's colour class.
(function () {
  function h(tag, attrs, kids) { return {tag: tag, attrs: attrs || {}, kids: kids || []}; }
  function create(v) {
    if (typeof v === 'string') { return document.createTextNode(v); }
    var el = document.createElement(v.tag);
    Object.keys(v.attrs).forEach(function (k) { el.setAttribute(k, v.attrs[k]); });
    v.kids.forEach(function (k) { el.appendChild(create(k)); });
    return el;
  }
  var list = document.querySelector('.vd-chat');
  var pin = document.querySelector('.vd-pin');
  var old = [];
  var msgs = [];
  function row(m) {
    return h('li', {'class': 'vd-row vd-tone-' + m.tone, 'data-key': m.id}, [
      h('img', {'class': 'vd-ava', src: m.ava, alt: m.alt, width: '24', height: '24'}),
      h('span', {'class': 'vd-said'}, [m.text])]);
  }
  function patch(next) {
    var i;
    for (i = 0; i < next.length; i += 1) {
      if (!old[i] || old[i].attrs['data-key'] !== next[i].attrs['data-key']) {
        var el = create(next[i]);
        if (list.children[i]) { list.replaceChild(el, list.children[i]); }
        else { list.appendChild(el); }
      }
    }
    old = next;
  }
  function poll(url) {
    fetch(url, {cache: 'no-store'}).then(function (r) { return r.json(); }).then(function (page) {
      page.msgs.forEach(function (m) {
        if (m.pin) { pin.textContent = m.text; pin.hidden = false; return; }
        msgs.push(m);
      });
      patch(msgs.map(row));
      document.documentElement.setAttribute('data-vd-cursor', String(page.cursor));
      if (page.next) { setTimeout(function () { poll(page.next); }, 250); }
      else { document.documentElement.setAttribute('data-vd', 'done'); }
    });
  }
  poll(list.getAttribute('data-poll'));
})();
