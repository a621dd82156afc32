// The integration page: the snippet and the live preview follow the options form.
const form = document.getElementById('options');
const here = new URL('.', location.href);

function options() {
  const data = new FormData(form);
  const o = {};
  o.theme = data.get('theme');
  if (data.get('prefill')) o.prefill = data.get('prefill');
  const lock = data.getAll('lock');
  if (lock.length) o.lock = lock.join(',');
  if (data.get('start')) o.start = data.get('start');
  if (data.get('compact')) o.compact = '';
  if (data.get('events')) o.events = 'result';
  return o;
}

const attr = (k, v) => (v === '' ? ` data-${k}` : ` data-${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);

function render() {
  const o = options();
  const snippet = `<script src="${here}embed.js"${Object.entries(o).map(([k, v]) => attr(k, v)).join('')} async></script>`;
  document.getElementById('snippet').textContent = snippet;
  const preview = document.getElementById('preview');
  const el = document.createElement('tremplin-simulateur');
  for (const [k, v] of Object.entries(o)) el.setAttribute(k, v);
  preview.replaceChildren(el);
}

const log = document.getElementById('events-log');
for (const type of ['ready', 'resize', 'step', 'result']) {
  document.addEventListener(`tremplin:${type}`, (e) => {
    log.textContent = (JSON.stringify(e.detail) + '\n' + log.textContent).split('\n').slice(0, 8).join('\n');
  });
}

document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copy-status');
  try {
    await navigator.clipboard.writeText(document.getElementById('snippet').textContent);
    status.textContent = 'Code copié.';
  } catch {
    status.textContent = 'La copie automatique n’a pas marché : sélectionnez le code ci-dessus.';
  }
});

document.getElementById('app-origin').textContent = here.origin;
document.getElementById('csp-lines').textContent =
  `script-src ${here.origin};\nframe-src ${here.origin};`;

form.addEventListener('input', render);
form.addEventListener('change', render);
render();
