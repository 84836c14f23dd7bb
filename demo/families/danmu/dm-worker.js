// danmu: the room's feed reader, run as a dedicated Web Worker. It fetches the room's 弹幕 file
// (Bilibili-style XML: <d p="time,mode,size,colour,role,nick">words</d>), and posts each 弹幕 to
// the page at its time; a worker has no DOMParser, so the XML is read with a pattern.
self.onmessage = function (ev) {
  var url = ev.data.feed;
  var speed = ev.data.speed || 1;
  fetch(url, {cache: 'no-store'}).then(function (r) { return r.text(); }).then(function (xml) {
    var re = /<d p="([^"]*)">([\s\S]*?)<\/d>/g, m, items = [];
    var unescape = function (s) {
      return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
    };
    while ((m = re.exec(xml)) !== null) {
      var p = m[1].split(',');
      items.push({t: Number(p[0]), colour: Number(p[3]), role: unescape(p[4] || ''),
                  nick: unescape(p[5] || ''), text: unescape(m[2])});
    }
    var last = 0;
    items.forEach(function (it) {
      last = Math.max(last, it.t);
      setTimeout(function () { self.postMessage({kind: 'dm', dm: it}); }, it.t * 1000 / speed);
    });
    setTimeout(function () { self.postMessage({kind: 'end', count: items.length}); },
               last * 1000 / speed + 300);
  });
};
