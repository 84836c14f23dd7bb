// chuangkou: the 亮照 badge of a site builder. The badge has no address of its own (href is
// javascript:void(0), or it is a <button>); clicking it opens the certificate page named by
// its data-cert in a popup window, as the builder's 电子亮照 plug-in does.
(function () {
  document.querySelectorAll('[data-cert]').forEach(function (el) {
    el.addEventListener('click', function (ev) {
      ev.preventDefault();
      var win = window.open(el.getAttribute('data-cert'), 'ckcert',
                            el.getAttribute('data-features') || 'width=560,height=680');
      document.documentElement.setAttribute('data-ck', win ? 'opened' : 'blocked');
    });
  });
  document.documentElement.setAttribute('data-ck-ready', '1');
})();
