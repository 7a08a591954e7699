// The SRI snippet from a build's integrity manifest, without Node's modules, so the code builder
// (demo/builder/) makes in the browser exactly what `npm run sri` prints.
export const MAIN = 'ketamine-widgets.js';
export const PACKAGE = 'ketamine-widgets';

/**
 * The folder URL the snippet loads from, ending in `/`: an `https:` or `http:` URL, or a path from the
 * site's root (`/assets/ketamine-widgets/`). The main file's URL is accepted too. A query would change
 * the URLs the browser fetches (and so the import map keys); a version range (`@0.1`) may serve a
 * newer version whose hashes differ: both are refused, with the reason.
 */
export function cdnBase(input, version) {
  if (!input) throw new Error('give the URL of the folder that holds ketamine-widgets.js');
  const absolute = /^https?:\/\//i.test(input);
  if (!absolute && !input.startsWith('/')) {
    throw new Error(`${input}: give a full URL (https://…) or a path from the site's root (/…)`);
  }
  const url = new URL(input, 'https://site.invalid');
  if (url.search || url.hash)
    throw new Error(`${input}: leave out the query and fragment; the chunks are fetched without them`);
  const pinned = new RegExp(`/${PACKAGE}@([^/]+)/`).exec(url.pathname)?.[1];
  if (pinned && pinned !== version) {
    throw new Error(
      `${input}: the hashes are those of version ${version}; put @${version} in the URL, not @${pinned} ` +
        '(a range or another version serves other files, which the browser would refuse)',
    );
  }
  const folder = url.pathname.endsWith(`/${MAIN}`)
    ? url.pathname.slice(0, -MAIN.length)
    : url.pathname.replace(/\/?$/, '/');
  return absolute ? `${url.origin}${folder}` : folder;
}

/** The HTML a webmaster pastes into the page's <head>: the import map first, as browsers require. */
export function snippet(manifest, base) {
  const url = (file) => `${base}${file}`;
  const integrity = Object.fromEntries(Object.entries(manifest.files).map(([file, hash]) => [url(file), hash]));
  const map = JSON.stringify({ integrity }, null, 2);
  return [
    `<!-- ketamine-widgets ${manifest.version}: every file's ${manifest.algorithm} hash (npm run sri) -->`,
    `<script type="importmap">\n${map}\n</script>`,
    `<script type="module" blocking="render" src="${url(MAIN)}" integrity="${manifest.files[MAIN]}" crossorigin="anonymous"></script>`,
  ].join('\n');
}
