// shouqi: an accordion. Each <button aria-expanded> opens the region its aria-controls names
// by removing that region's `hidden` attribute (and hides it again on a second click).
document.addEventListener('click', function (ev) {
  var btn = ev.target.closest('button[aria-controls]');
  if (!btn) { return; }
  var region = document.getElementById(btn.getAttribute('aria-controls'));
  var open = btn.getAttribute('aria-expanded') !== 'true';
  btn.setAttribute('aria-expanded', open ? 'true' : 'false');
  region.hidden = !open;
  document.documentElement.setAttribute('data-sq-fold', open ? 'open' : 'shut');
});
