/**
 * pdf.js, loaded once per process with the code of its worker (which runs in this thread in Node).
 *
 * Its legacy build, the one made for Node, bundles core-js polyfills. On the JavaScript engine of
 * Node 20, core-js replaces a few built-ins for the whole thread with script versions that correct
 * edge cases pdf.js never meets (pushing onto an array whose length is read-only, JSON source
 * text): above all `Array.prototype.push`, which pdf.js and the page layout call for every glyph
 * and text item. The engine's own are put back once both parts are loaded. On engines that need no
 * correction (newer Node, Electron) nothing was replaced and nothing changes.
 */
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const REPLACED: [object, PropertyKey][] = [
  [Array.prototype, 'push'],
  [JSON, 'stringify'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
];

let loading: Promise<Pdfjs> | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const natives = REPLACED.map(([owner, key]) => ({
      owner,
      key,
      descriptor: Object.getOwnPropertyDescriptor(owner, key)!,
    }));
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // Loaded now rather than on the first document, so that its own polyfills are undone too;
      // it makes itself known to pdf.js as `globalThis.pdfjsWorker`.
      // @ts-expect-error: the worker module ships without type declarations.
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return pdfjs;
    } finally {
      for (const { owner, key, descriptor } of natives) Object.defineProperty(owner, key, descriptor);
    }
  })();
  return loading;
}
