// danmu: the room. 弹幕 fly across the video as pixels on a <canvas> (no text in the DOM); the
// only text is an offscreen screen-reader log (role=log, aria-live=polite) that announces each
// 弹幕 with its speaker and keeps only the last few rows, as announcers do: older rows are
// removed. The feed comes from a Web Worker (dm-worker.js).
(function () {
  var root = document.documentElement;
  var stage = document.querySelector('canvas.c-dm-canvas');
  var log = document.querySelector('ol.u-dm-sr');
  var keep = Number(log.getAttribute('data-keep') || 5);
  var ctx = stage.getContext('2d');
  var flying = [];
  var lanes = 6;
  var n = 0;
  function hex(c) { return '#' + ('000000' + c.toString(16)).slice(-6); }
  function frame() {
    ctx.fillStyle = '#101820';
    ctx.fillRect(0, 0, stage.width, stage.height);
    ctx.font = '18px sans-serif';
    flying = flying.filter(function (f) { return f.x + f.w > 0; });
    flying.forEach(function (f) {
      ctx.fillStyle = f.colour;
      ctx.fillText(f.text, f.x, f.y);
      f.x -= 3;
    });
    window.requestAnimationFrame(frame);
  }
  function announce(dm) {
    var li = document.createElement('li');
    li.className = 'u-dm-sr-row';
    var who = document.createElement('span');
    who.className = 'u-dm-sr-who';
    who.textContent = dm.role + ' ' + dm.nick + '：';
    li.appendChild(who);
    li.appendChild(document.createTextNode(dm.text));
    log.appendChild(li);
    while (log.children.length > keep) { log.removeChild(log.firstElementChild); }
  }
  var worker = new Worker(stage.getAttribute('data-worker'));
  worker.onmessage = function (ev) {
    if (ev.data.kind === 'end') { root.setAttribute('data-dm', 'done'); return; }
    var dm = ev.data.dm;
    var line = dm.role === '主播' ? dm.text : dm.nick + '：' + dm.text;
    ctx.font = '18px sans-serif';
    flying.push({text: line, x: stage.width, y: 28 + (n % lanes) * 30,
                 w: ctx.measureText(line).width, colour: hex(dm.colour)});
    n += 1;
    announce(dm);
    root.setAttribute('data-dm-count', String(n));
  };
  worker.postMessage({feed: stage.getAttribute('data-feed')});
  window.requestAnimationFrame(frame);
})();
