// Starts the app without an inline script, so the Content-Security-Policy can forbid them.
// Trunk writes the hashed file names into this tag's data attributes (Trunk.toml).
const tag = document.getElementById('tr-boot');
const { default: init, ...bindings } = await import(tag.dataset.js);
const wasm = await init({ module_or_path: tag.dataset.wasm });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
// Offline use: the service worker keeps the app's files. Never inside a host's iframe.
if ('serviceWorker' in navigator && window.top === window.self) {
  navigator.serviceWorker.register('sw.js').catch(() => {});
}
