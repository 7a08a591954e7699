/*
 * The plugin's pre-rendered fragments, as data: which configurations of a widget are pre-rendered, the key the
 * plugin finds each under, and the compact form they are stored in (prerender.js writes them, the plugin's
 * includes/prerendered.php reads them).
 */

/** Each value one attribute can take on its own: a boolean on (''), one of its values, or one id of a list. */
export const settingsOf = (widget) =>
  Object.entries(widget.attributes).flatMap(([name, spec]) =>
    spec.kind === 'boolean' ? [{ [name]: '' }] : spec.values.map((value) => ({ [name]: value })),
  );

/**
 * The configurations pre-rendered: the defaults (or, for a widget that needs an attribute to show anything,
 * such as the evidence card's study, each single setting that renders), alone and with one more attribute set.
 * `renders(attributes)` says whether the server renderer gives that configuration a shadow root.
 */
export async function configurationsOf(widget, renders) {
  const settings = settingsOf(widget);
  const bases = (await renders({})) ? [{}] : await filterAsync(settings, renders);
  return bases.flatMap((base) => [
    base,
    ...settings.filter((setting) => !(Object.keys(setting)[0] in base)).map((setting) => ({ ...base, ...setting })),
  ]);
}

async function filterAsync(items, keep) {
  const kept = [];
  for (const item of items) if (await keep(item)) kept.push(item);
  return kept;
}

/**
 * The attributes as the plugin writes them in the tag (render.php): in the catalog's order, a boolean bare, any
 * other value quoted. The plugin looks a fragment up by exactly this text.
 */
export const attributeText = (widget, attributes) =>
  Object.keys(widget.attributes)
    .filter((name) => name in attributes)
    .map((name) => (attributes[name] === '' ? name : `${name}="${attributes[name]}"`))
    .join(' ');

/** Shorter copies cost more in the file than the text they stand for. */
const MIN_COPY_BYTES = 24;
const tokensOf = (html) => html.split(/(?=<)/);
const bytes = (text) => Buffer.byteLength(text);

/**
 * `html` as parts the plugin joins: `[start, length]` (in UTF-8 bytes, for PHP's substr) copies from `base`, and
 * strings are literal text. The configurations of one widget differ in a few places (a heading level, a footer,
 * open details), so most of each is a few copies; the zip then holds each widget's markup about once per locale.
 */
export function encodeAgainst(base, html) {
  const baseTokens = tokensOf(base);
  const offsets = [];
  const positions = new Map();
  let offset = 0;
  for (const [index, token] of baseTokens.entries()) {
    offsets.push(offset);
    offset += bytes(token);
    if (!positions.has(token)) positions.set(token, []);
    positions.get(token).push(index);
  }
  const tokens = tokensOf(html);
  const parts = [];
  for (let i = 0; i < tokens.length;) {
    let best = { index: 0, count: 0, size: 0 };
    for (const index of positions.get(tokens[i]) ?? []) {
      let count = 0;
      let size = 0;
      while (tokens[i + count] !== undefined && tokens[i + count] === baseTokens[index + count]) {
        size += bytes(tokens[i + count]);
        count += 1;
      }
      if (size > best.size) best = { index, count, size };
    }
    if (best.size >= MIN_COPY_BYTES) {
      parts.push([offsets[best.index], best.size]);
      i += best.count;
    } else {
      if (typeof parts.at(-1) === 'string') parts[parts.length - 1] += tokens[i];
      else parts.push(tokens[i]);
      i += 1;
    }
  }
  return parts;
}

/** The fragment back from its parts, as the plugin joins them. */
export const decode = (base, parts) => {
  const baseBytes = Buffer.from(base);
  return parts
    .map((part) => (typeof part === 'string' ? part : baseBytes.subarray(part[0], part[0] + part[1]).toString()))
    .join('');
};
