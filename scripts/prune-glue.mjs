// The wasm-bindgen glue cut down to what the optimised Wasm still has. wasm-opt removes the
// Wasm exports that the app never uses (index.html's data-wasm-opt-params: the ReadableStream
// adapters that Leptos's server_fn exports through wasm-streams, unused by a client-side app);
// this removes their JS classes and every import function the Wasm no longer imports, so that
// terser can then drop the helpers only they used. Fails the build if the glue it returns still
// calls a Wasm export that is gone.
import { parse } from 'acorn';

/** `wasm.NAME` member names used inside `node`'s source text. */
const wasmCalls = (text) => new Set([...text.matchAll(/\bwasm\.([A-Za-z0-9_$]+)/g)].map((m) => m[1]));

export function pruneGlue(js, wasmBytes) {
  const module = new WebAssembly.Module(wasmBytes);
  const exports = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  const imports = new Set(WebAssembly.Module.imports(module).map((e) => `${e.module}\u0000${e.name}`));
  const ast = parse(js, { ecmaVersion: 'latest', sourceType: 'module' });
  const cuts = [];
  const src = (n) => js.slice(n.start, n.end);

  // 1. Exported classes that call a Wasm export that is gone, with their finalizers and
  //    Symbol.dispose lines.
  const gone = new Set();
  for (const node of ast.body) {
    const decl = node.type === 'ExportNamedDeclaration' ? node.declaration : null;
    if (decl?.type === 'ClassDeclaration' && [...wasmCalls(src(decl))].some((name) => !exports.has(name))) {
      gone.add(decl.id.name);
      cuts.push(node);
    }
  }
  const mentionsGone = (text) => [...gone].some((name) => new RegExp(`\\b${name}(Finalization)?\\b`).test(text));
  for (const node of ast.body) {
    if (!cuts.includes(node) && (node.type === 'IfStatement' || node.type === 'VariableDeclaration' || node.type === 'ExpressionStatement') && mentionsGone(src(node))) {
      cuts.push(node);
    }
  }

  // 2. Import functions the Wasm no longer imports: the properties of the object that
  //    __wbg_get_imports returns under each module name.
  const getImports = ast.body.find((n) => n.type === 'FunctionDeclaration' && n.id.name === '__wbg_get_imports');
  if (!getImports) throw new Error('prune-glue: no __wbg_get_imports in the wasm-bindgen glue');
  const objects = new Map();
  for (const stmt of getImports.body.body) {
    if (stmt.type === 'VariableDeclaration') {
      for (const d of stmt.declarations) if (d.init?.type === 'ObjectExpression') objects.set(d.id.name, d.init);
    }
  }
  const ret = getImports.body.body.find((n) => n.type === 'ReturnStatement');
  let kept = 0;
  for (const prop of ret?.argument?.properties ?? []) {
    const moduleName = prop.key.value ?? prop.key.name;
    const object = objects.get(prop.value.name);
    if (!object) continue;
    for (const p of object.properties) {
      if (p.type !== 'Property' || p.key.type !== 'Identifier') continue;
      if (imports.has(`${moduleName}\u0000${p.key.name}`)) kept += 1;
      else cuts.push({ start: p.start, end: js.indexOf(',', p.end) === p.end ? p.end + 1 : p.end });
    }
  }
  if (kept === 0) throw new Error('prune-glue: no import of the Wasm found in the glue');

  let out = js;
  for (const c of cuts.sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + out.slice(c.end);
  const missing = [...wasmCalls(out)].filter((name) => !exports.has(name));
  if (missing.length) throw new Error(`prune-glue: the glue still calls Wasm exports that are gone: ${missing.join(', ')}`);
  return { js: out, classes: [...gone], imports: kept };
}
