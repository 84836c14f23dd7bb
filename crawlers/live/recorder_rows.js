// Live recorder, part 1 of 3 (assembled into recorder.js's closure by crawlers/live/recorder.py):
// one row's words as the page shows them. read(row) gives its author (a named element, else
// the part found by structure), its badges and labels, its text and the raw role hints the
// roles are read from later (crawlers/live/roles.py); shadow roots are read through when a
// row is drawn by a web component. Reads only; it writes no event.
  function attrs(e) {
    var out = {};
    if (!e || !e.attributes) return out;
    for (var i = 0; i < e.attributes.length && i < 20; i++) {
      var a = e.attributes[i];
      if (a.name === "class" || a.name === "style") continue;
      out[a.name] = String(a.value).slice(0, 120);
    }
    return out;
  }
  function rootOf(e) { return e.shadowRoot || (keep ? keep.root(e) : null); }
  // Whether e draws a shadow root itself or in an element of its own (a row drawn by a web
  // component); only then are its words read through the roots (a bounded look).
  function composed(e) {
    if (!shadows.size || !e || e.nodeType !== 1) return false;
    if (rootOf(e)) return true;
    var all = e.getElementsByTagName("*");
    for (var i = 0; i < all.length && i < 500; i++) if (rootOf(all[i])) return true;
    return false;
  }
  // Elements under e matching sel, those in its shadow roots too (each root before the
  // host's light children), at most 2000.
  function deepAll(e, sel) {
    var out = [], budget = 2000;
    (function walk(scope) {
      var r = scope.nodeType === 1 ? rootOf(scope) : null;
      if (r) walk(r);
      for (var k = scope.firstElementChild; k && budget > 0; k = k.nextElementSibling) {
        budget--;
        if (!sel || k.matches(sel)) out.push(k);
        walk(k);
      }
    })(e);
    return out;
  }
  function all(row, sel) {
    return composed(row) ? deepAll(row, sel) : Array.from(row.querySelectorAll(sel));
  }
  function first(row, sels) {
    for (var i = 0; i < sels.length; i++) {
      var e = composed(row) ? deepAll(row, sels[i])[0] : row.querySelector(sels[i]);
      if (e) return e;
    }
    return null;
  }
  // Shown words under n through its shadow roots, without style and script text.
  function deepText(n) {
    var r = n.nodeType === 1 ? rootOf(n) : null, out = r ? deepText(r) : "";
    for (var c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.data;
      else if (c.nodeType === 1 && !/^(STYLE|SCRIPT|TEMPLATE)$/.test(c.tagName)) out += deepText(c);
    }
    return out;
  }
  function text(e) {
    if (!e) return "";
    return ((composed(e) ? deepText(e) : e.textContent) || "").replace(/\s+/g, " ").trim();
  }
  // The leaf parts of a row that show words: text elements, and images by their alt text.
  function parts(row) {
    var out = [];
    all(row, "*").forEach(function (e) {
      if (e.tagName === "IMG") { out.push({e: e, text: (e.getAttribute("alt") || "").trim(), img: true}); }
      else if (/^(STYLE|SCRIPT)$/.test(e.tagName)) { return; }
      else if (!e.firstElementChild && !rootOf(e) && text(e)) { out.push({e: e, text: text(e), img: false}); }
    });
    return out;
  }
  function separator(t) { return /^[\s：:|>\-—·]*$/.test(t); }
  // The author part found by structure: the first short words of the row that more words
  // follow (badges, images and separators aside). Short words before a name the row ends
  // with a colon ("副播 小助手阿亮：…"), or drawn as a chip of their own colour before a
  // short name ("[主播] 美美 …"), are the speaker's labels, not the author.
  function authorPart(row) {
    var words = parts(row).filter(function (p) { return !p.img && !separator(p.text); });
    if (words.length < 2 || words[0].text.length > 24) return null;
    for (var i = 1; i < words.length - 1 && i <= C.max_labels; i++) {
      if (words[i - 1].text.length > C.label_chars) break;
      if (words[i].text.length <= 24 && /[：:]$/.test(words[i].text)) return words[i].e;
    }
    if (words.length >= 3 && words[0].text.length <= C.label_chars && words[1].text.length <= 24
        && chip(words[0].e, row)) return words[1].e;
    return words[0].e;
  }
  // An element painted as a tag: its own background colour, unlike the row's.
  function chip(e, row) {
    var bg = getComputedStyle(e).backgroundColor;
    return !/^(transparent|rgba\(0, 0, 0, 0\))$/.test(bg) && bg !== getComputedStyle(row).backgroundColor;
  }
  // The row's short words before its author part: labels shown beside the name (主播, 副播).
  function labelsBefore(row, author) {
    var out = [];
    if (!author) return out;
    parts(row).some(function (p) {
      if (p.e === author || p.e.contains(author) || author.contains(p.e)) return true;
      var pos = p.e.compareDocumentPosition(author);
      var before = pos & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_DISCONNECTED);
      if (before && !p.img && !separator(p.text) && p.text.length <= C.label_chars) out.push(p.e);
      return false;
    });
    return out;
  }
  function stem(src) {
    var m = /([^\/?#]+?)(\.[a-z0-9]+)?([?#].*)?$/i.exec(src || "");
    return m ? m[1] : "";
  }
  // A badge's words: its text, else its alt / aria-label / title; an image badge without
  // any of these gives its file name, as a class-like hint only.
  function badgeOf(b) {
    var said = text(b), label = said || b.getAttribute("alt") || b.getAttribute("aria-label")
      || b.getAttribute("title") || "";
    var cls = String(b.className || "");
    if (!label && b.tagName === "IMG") cls += " " + stem(b.getAttribute("src"));
    return {text: label.trim(), "class": cls.trim(), shown: !!said};
  }
  function read(row) {
    var named = first(row, C.author), author = named || authorPart(row);
    var badges = [], marks = new Set();
    all(row, C.badge.join(",")).forEach(function (b) { marks.add(b); });
    all(row, "img,[aria-label],[title]").forEach(function (b) { marks.add(b); });
    labelsBefore(row, author).forEach(function (b) { marks.add(b); });
    marks.forEach(function (b) {
      if (author && (b === author || b.contains(author) || author.contains(b))) return;
      var badge = badgeOf(b);
      if (badge.text || badge["class"]) badges.push(badge);
    });
    var content = text(row);
    badges.forEach(function (b) { if (b.shown) content = content.replace(b.text, ""); });
    if (author) content = content.replace(text(author), "");
    var style = getComputedStyle(row);
    badges = badges.map(function (b) { return {text: b.text, "class": b["class"]}; });
    return {
      dom_text: text(row), text: content.replace(/^[\s：:]+/, "").trim(),
      speaker: text(author).replace(/[：:]\s*$/, ""),
      hints: {badges: badges, author_class: author ? String(author.className || "") : null,
              author_attrs: attrs(author), row_class: String(row.className || ""), row_attrs: attrs(row),
              style: {color: style.color, font_style: style.fontStyle, background: style.backgroundColor}}
    };
  }
  // Words without the digits and marks a counter or a clock ticks in.
  function skeleton(s) { return String(s || "").replace(/[\d\s.,:：%+\-·]/g, ""); }
