// duanshi: words are not in the page. The page names its locale dictionary in
// <meta name="i18n-src">; this script fetches it and fills every [data-i18n] element's text
// with the dictionary's entry for its key (the <title> too), then marks <html data-i18n=ready>.
(function () {
  var meta = document.querySelector('meta[name="i18n-src"]');
  var lang = document.documentElement.lang || 'zh-CN';
  var src = meta.getAttribute('content').replace('{lang}', lang);
  fetch(src, {cache: 'no-store'}).then(function (r) { return r.json(); }).then(function (dict) {
    document.querySelectorAll('[data-i18n]').forEach(function (el) {
      var text = dict[el.getAttribute('data-i18n')];
      if (text !== undefined) { el.textContent = text; }
    });
    document.documentElement.setAttribute('data-i18n', 'ready');
  });
})();
