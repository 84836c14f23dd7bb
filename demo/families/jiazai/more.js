// jiazai: 加载更多 fetches the next page of goods as an HTML fragment and appends its cards.
(function () {
  var list = document.querySelector('.yl-list');
  var btn = document.querySelector('.yl-more');
  if (!list || !btn) { return; }
  btn.addEventListener('click', function () {
    btn.disabled = true;
    fetch(list.getAttribute('data-more')).then(function (r) { return r.text(); })
      .then(function (html) {
        list.insertAdjacentHTML('beforeend', html);
        btn.remove();
        document.documentElement.setAttribute('data-jz-more', 'loaded');
      });
  });
})();
