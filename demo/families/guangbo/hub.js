// guangbo hub: a hidden same-origin frame that reads the room's msgs.ndjson (one JSON
// message a line, `at` in ms) and broadcasts each on the room's channel once the room
// has said hello. It shows nothing itself.
(function () {
  var name = document.body.getAttribute('data-channel');
  var ch = new BroadcastChannel(name);
  var started = false;
  function play(lines) {
    lines.forEach(function (m) {
      setTimeout(function () { ch.postMessage(m); }, m.at);
    });
  }
  ch.onmessage = function (ev) {
    if (started || !ev.data || ev.data.t !== 'hello') { return; }
    started = true;
    fetch(document.body.getAttribute('data-feed')).then(function (r) { return r.text(); })
      .then(function (text) {
        play(text.split('\n').filter(Boolean).map(function (l) { return JSON.parse(l); }));
      });
  };
  ch.postMessage({t: 'hub'});
})();
