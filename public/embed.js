/* Tremplin loader, protocol v1 */
(() => {
  const V = 1, d = document, me = d.currentScript, base = new URL('.', me.src), frames = [],
    OPT = ['theme', 'lang', 'lock', 'compact', 'start', 'events', 'prefill'];
  const read = (el, p) => Object.fromEntries(OPT.map((k) => [k, el.getAttribute(p + k)]).filter((e) => e[1] != null));
  const frame = (owner, o) => {
    const q = new URLSearchParams({ embed: 1, origin: location.origin }), f = d.createElement('iframe');
    OPT.slice(0, 6).forEach((k) => k in o && q.set(k, o[k] || 1));
    Object.assign(f, { src: base + 'index.html?' + q + (o.prefill ? '#' + o.prefill : ''), title: 'Simulateur Tremplin', loading: 'lazy', allow: 'clipboard-write', owner: owner || f });
    f.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals');
    f.style.cssText = 'display:block;width:100%;height:40rem;border:0';
    frames.push(f);
    return f;
  };
  addEventListener('message', (e) => {
    const m = e.data, f = frames.find((f) => f.contentWindow == e.source);
    if (!f || e.origin != base.origin || !m || m.source != 'tremplin' || (m.v != V && m.v != V - 1)) return;
    if (m.type == 'resize' && m.height > 0) f.style.height = m.height + 'px';
    if (m.type == 'step' && f.getBoundingClientRect().top < 0) f.scrollIntoView();
    f.owner.dispatchEvent(new CustomEvent('tremplin:' + m.type, { detail: m, bubbles: true }));
  });
  customElements.get('tremplin-simulateur') || customElements.define('tremplin-simulateur', class extends HTMLElement {
    connectedCallback() { this.firstChild || this.append(frame(this, read(this, ''))); }
  });
  const links = d.querySelectorAll('a[data-tremplin]');
  links.forEach((a) => a.replaceWith(frame(0, read(a, 'data-'))));
  links.length || d.querySelector('tremplin-simulateur') || me.after(frame(0, read(me, 'data-')));
})();
