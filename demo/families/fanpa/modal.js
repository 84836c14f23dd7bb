// fanpa: the 查看营业执照 button clones the licence panel out of its <template> into a modal.
document.addEventListener('click', function (ev) {
  var btn = ev.target.closest('[data-fp-open]');
  if (btn) {
    var tpl = document.getElementById(btn.getAttribute('data-fp-open'));
    var box = document.createElement('div');
    box.className = 'fp-modal';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-modal', 'true');
    box.appendChild(tpl.content.cloneNode(true));
    document.body.appendChild(box);
    document.documentElement.setAttribute('data-fp-modal', 'open');
    return;
  }
  if (ev.target.closest('.fp-close')) {
    var open = document.querySelector('.fp-modal');
    if (open) { open.remove(); }
    document.documentElement.removeAttribute('data-fp-modal');
  }
});
