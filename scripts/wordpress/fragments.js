/*
 * The plugin's pre-rendered fragments, as data: which configurations of a widget are pre-rendered, the key the
 * plugin finds each under, and the compact form they are stored in (prerender.js writes them, the plugin's
 * includes/prerendered.php reads them).
 */

/** Each value one attribute can take on its own: a boolean on (''), one of its values, or one id of a list. */
const settingsOf = (widget) =>
  Object.entries(widget.attributes).flatMap(([name, spec]) =>
    spec.kind === 'boolean' ? [{ [name]: '' }] : spec.values.map((value) => ({ [name]: value })),
  );

/**
 * The configurations pre-rendered: the defaults and each setting that picks the content (a `one` attribute with
 * no default: the evidence card's study, the timeline's current step, the highlighted therapy), each alone and
 * with one more attribute set. Some do not render (an evidence card needs a study): the build skips those.
 */
export function configurationsOf(widget) {
  const settings = settingsOf(widget);
  const picksContent = (setting) => {
    const spec = widget.attributes[Object.keys(setting)[0]];
    return spec.kind === 'one' && spec.default === undefined;
  };
  const configurations = [{}, ...settings.filter(picksContent)].flatMap((base) => [
    base,
    ...settings.filter((setting) => !(Object.keys(setting)[0] in base)).map((setting) => ({ ...base, ...setting })),
  ]);
  // The defaults with a content setting are also that setting's own base: once each.
  return [...new Map(configurations.map((each) => [attributeText(widget, each), each])).values()];
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

/** Where each token of `base` is: its byte offset, and the indexes of each token. Kept for the last base. */
let lastIndex = { base: undefined };
function indexOf(base) {
  if (lastIndex.base === base) return lastIndex;
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
  lastIndex = { base, baseTokens, offsets, positions };
  return lastIndex;
}

/**
 * `html` as parts the plugin joins: `[start, length]` (in UTF-8 bytes, for PHP's substr) copies from `base`, and
 * strings are literal text. The configurations of one widget differ in a few places (a heading level, a footer,
 * open details), so most of each is a few copies; the zip then holds each widget's markup about once per locale.
 */
export function encodeAgainst(base, html) {
  const { baseTokens, offsets, positions } = indexOf(base);
  const tokens = tokensOf(html);
  const tokenBytes = tokens.map(bytes);
  const parts = [];
  for (let i = 0; i < tokens.length;) {
    let best = { index: 0, count: 0, size: 0 };
    for (const index of positions.get(tokens[i]) ?? []) {
      let count = 0;
      let size = 0;
      while (tokens[i + count] !== undefined && tokens[i + count] === baseTokens[index + count]) {
        size += tokenBytes[i + count];
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
