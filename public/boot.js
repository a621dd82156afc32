// Starts the app without an inline script, so the Content-Security-Policy can forbid them.
// Trunk writes the hashed file names into this tag's data attributes (Trunk.toml), and
// scripts/post-build.mjs those of the second module.
const tag = document.getElementById('tr-boot');
// The second module (src/bin/extra.rs): the whole `simulate` API and the screens the first one
// never needs. Its small glue is fetched now, beside the first module; its Wasm once the first
// screen is drawn. The app asks for it through `tremplinExtra()`.
let glue;
const glueLoaded = import(tag.dataset.extraJs).then((m) => (glue = m));
let extra;
let loading;
window.tremplinExtra = () => (loading ??= glueLoaded.then(async (m) => {
  await m.default({ module_or_path: tag.dataset.extraWasm });
  return (extra = m);
}));
// Called before the second module is ready (right at start-up), `simulate` loads it at once,
// synchronously, so the API never throws and never needs a promise.
const now = () => {
  if (extra) return extra;
  if (!glue) return null;
  const request = new XMLHttpRequest();
  request.open('GET', tag.dataset.extraWasm, false);
  request.overrideMimeType('text/plain; charset=x-user-defined');
  request.send();
  const text = request.responseText;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  glue.initSync({ module: bytes });
  return (extra = glue);
};
const unavailable = (message) => JSON.stringify({ error: { code: 'invalid_input', path: '', message } });
const notReady = unavailable('the computation module is still loading: await window.tremplinReady, then call simulate again');
const failed = unavailable('the computation module could not be loaded (offline without the kept copy?): reload the page');
// The crash panel (index.html's template, drawn by the panic hook of ui/shell.rs): after a
// panic the WebAssembly cannot run any more code, so its button is handled here.
addEventListener('click', (e) => e.target.closest?.('.tr-crash button') && location.reload());
let bindings, wasm;
try {
  let init;
  ({ default: init, ...bindings } = await import(tag.dataset.js));
  wasm = await init({ module_or_path: tag.dataset.wasm });
} catch (error) {
  // The app could not be fetched or started (offline without the kept copy, a browser without
  // WebAssembly): the same panel, unless a panic already showed it.
  if (!document.querySelector('.tr-crash')) {
    document.body.innerHTML = document.getElementById('tr-crash').innerHTML.replace('{code}', 'TR-LOAD');
  }
  throw error;
}
// The home screen written into index.html at build time (src/bin/first-paint.rs) gives way to
// the app's, drawn just below it by now (its first effects ran before this line, in the same
// task, so nothing is painted in between and nothing moves). Where both trees match, element
// by element, the one the person had focused is focused again and an opened menu stays open.
const first = document.getElementById('tr-first');
const app = document.querySelector('.tr-app:not(#tr-first)');
if (first && app) {
  const now = app.querySelectorAll('*');
  let i = 0;
  for (const old of first.querySelectorAll('*')) {
    const e = now[i++];
    if (!e || e.tagName !== old.tagName || e.className !== old.className) break;
    if (old.open) e.open = true;
    if (old === document.activeElement) e.focus();
  }
  first.remove();
}
bindings.simulate = (...args) => {
  let module;
  try {
    module = now();
  } catch {
    // Offline without the kept copy: said like any other answer of the API.
    return failed;
  }
  return module ? module.simulate(...args) : notReady;
};
window.wasmBindings = bindings;
window.tremplinReady = window.tremplinExtra().then(() => bindings);
// A failed load is said where its screen would be, not as an unhandled rejection.
window.tremplinReady.catch(() => {});
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
// Offline use: the service worker keeps the app's files. Never inside a host's iframe.
if ('serviceWorker' in navigator && window.top === window.self) {
  navigator.serviceWorker.register('sw.js').catch(() => {});
}
