// Plays a room's chat from its Server-Sent Events feed (EventSource): every `say` event
// carries {t: offset ms, k: tier, n: nick, w: words}; `pin` replaces the pinned line; `bye`
// closes the stream. The feed arrives at once; lines are shown at their offsets.
(function () {
  const root = document.querySelector("[data-vx-feed]");
  if (!root) return;
  const list = root.querySelector(".vx-log");
  const pin = document.querySelector(".vx-pin");
  const names = {sys: "平台", host: "主播", aide: "副播", fan: "观众"};
  const src = new EventSource(root.getAttribute("data-vx-feed"));
  document.documentElement.setAttribute("data-vx", "open");
  function line(m) {
    const li = document.createElement("li");
    li.className = "vx-line";
    li.setAttribute("data-tier", m.k);
    const tag = document.createElement("span");
    tag.className = "vx-tag";
    tag.setAttribute("role", "img");
    tag.setAttribute("aria-label", names[m.k] || "观众");
    li.appendChild(tag);
    if (m.n) {
      const nick = document.createElement("b");
      nick.className = "vx-nick";
      nick.textContent = m.n;
      li.appendChild(nick);
    }
    const words = document.createElement("span");
    words.className = "vx-words";
    words.textContent = m.w;
    li.appendChild(words);
    list.appendChild(li);
  }
  src.addEventListener("say", e => { const m = JSON.parse(e.data); setTimeout(() => line(m), m.t); });
  src.addEventListener("pin", e => {
    const m = JSON.parse(e.data);
    setTimeout(() => { pin.textContent = m.w; pin.setAttribute("data-tier", m.k); }, m.t);
  });
  src.addEventListener("bye", e => {
    src.close();
    const m = JSON.parse(e.data);
    setTimeout(() => document.documentElement.setAttribute("data-vx", "ended"), m.t + 50);
  });
})();
