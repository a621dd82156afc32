// Starts the app without an inline script, so the Content-Security-Policy can forbid them.
// Trunk writes the hashed file names into this tag's data attributes (Trunk.toml), and
// scripts/post-build.mjs those of the second module.
const tag = document.getElementById('tr-boot');
const { default: init, ...bindings } = await import(tag.dataset.js);
// The second module (src/bin/extra.rs): the whole `simulate` API and the screens the first
// one never needs. Fetched once the first screen is drawn; the app asks for it through
// `tremplinExtra()`, and `tremplinReady` resolves when `wasmBindings.simulate` is the full one.
let extra;
window.tremplinExtra = () => (extra ??= import(tag.dataset.extraJs).then(async (module) => {
  await module.default({ module_or_path: tag.dataset.extraWasm });
  return module;
}));
const wasm = await init({ module_or_path: tag.dataset.wasm });
window.wasmBindings = bindings;
window.tremplinReady = window.tremplinExtra().then((module) => {
  bindings.simulate = module.simulate;
  return bindings;
});
// A failed load is said where its screen would be (src/ui/extra.rs), not as a console error.
window.tremplinReady.catch(() => {});
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
// Offline use: the service worker keeps the app's files. Never inside a host's iframe.
if ('serviceWorker' in navigator && window.top === window.self) {
  navigator.serviceWorker.register('sw.js').catch(() => {});
}
