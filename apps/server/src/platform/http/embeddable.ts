// SPEC CH-01: the web-chat widget runs on customers' sites, so its script and its API are the only
// addresses other origins may load (script tag, images) and call (CORS). Everything else, the
// console and its pages included, stays same-origin.
const EMBEDDABLE_PREFIXES = ['/api/widget/'];
const EMBEDDABLE_PATHS = ['/widget.js'];

export function isEmbeddable(url: string): boolean {
  const path = url.split('?', 1)[0]!;
  return EMBEDDABLE_PATHS.includes(path) || EMBEDDABLE_PREFIXES.some((p) => path.startsWith(p));
}
