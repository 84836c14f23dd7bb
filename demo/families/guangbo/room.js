// guangbo room: the chat arrives over a BroadcastChannel from the room's hidden hub frame.
// The room opens the channel named in <body data-channel>, says hello, and draws every
// message it hears as a row of the chat table: <th> the speaker's role, then nick and words.
(function () {
  var name = document.body.getAttribute('data-channel');
  var ch = new BroadcastChannel(name);
  var body = document.querySelector('.bc_log tbody');
  var pin = document.querySelector('.bc_pin');
  var count = 0;
  function cell(tag, text) {
    var el = document.createElement(tag);
    el.textContent = text;
    return el;
  }
  ch.onmessage = function (ev) {
    var m = ev.data || {};
    if (m.t === 'hub') { ch.postMessage({t: 'hello'}); return; }
    if (m.t === 'pin') { pin.textContent = m.text; pin.hidden = false; return; }
    if (m.t === 'end') { document.documentElement.setAttribute('data-gb', 'done'); return; }
    if (m.t !== 'line') { return; }
    var tr = document.createElement('tr');
    tr.setAttribute('data-role', m.role);
    var th = cell('th', m.badge);
    th.setAttribute('scope', 'row');
    tr.appendChild(th);
    tr.appendChild(cell('td', m.nick));
    tr.appendChild(cell('td', m.text));
    body.appendChild(tr);
    count += 1;
    document.documentElement.setAttribute('data-gb-rows', String(count));
  };
  ch.postMessage({t: 'hello'});
})();
