// Starts Clientwise. The loader is an external module (not Trunk's inline script) so that the
// page's Content-Security-Policy can forbid inline scripts. Trunk writes the hashed file names
// of the JS glue and the WebAssembly into this script tag's data attributes.
const tag = document.querySelector('script[data-wasm]');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
