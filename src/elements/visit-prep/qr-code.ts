import { html, svg, type TemplateResult } from 'lit';

/** Modules of white space around the code: scanners need a quiet zone of four. */
const QUIET_ZONE = 4;

type Encode = typeof import('uqr').encode;
let encode: Encode | undefined;
let loading: Promise<void> | undefined;

/**
 * The QR encoder (uqr) is a chunk of its own, fetched only when a clinic gives its page's address; resolves when
 * it is ready. Until then (and on the server) `qrCode` draws an empty box of the same size, so nothing moves.
 */
export function loadQrEncoder(): Promise<void> {
  loading ??= import('uqr').then((module) => {
    encode = module.encode;
  });
  return loading;
}

export const qrEncoderReady = (): boolean => encode !== undefined;

/**
 * The QR code of `url` (a web link, checked before) as an inline SVG: uqr gives the matrix of dark modules,
 * drawn as one path. The URL is data in an attribute, never markup. Black on white whatever the theme,
 * so every scanner reads it; `label` names it for screen readers.
 */
export function qrCode(url: string, label: string): TemplateResult {
  if (!encode) return html`<div part="qr" class="qr" role="img" aria-label=${label}></div>`;
  const { data, size } = encode(url, { border: 0, ecc: 'M' });
  const dark = data.flatMap((row, y) => row.flatMap((on, x) => (on ? [`M${x} ${y}h1v1h-1z`] : [])));
  const extent = size + QUIET_ZONE * 2;
  return html`<svg
    part="qr"
    class="qr"
    role="img"
    aria-label=${label}
    viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${extent} ${extent}"
    shape-rendering="crispEdges"
  >
    ${svg`<rect x=${-QUIET_ZONE} y=${-QUIET_ZONE} width=${extent} height=${extent} fill="#fff"></rect>
    <path d=${dark.join('')} fill="#000"></path>`}
  </svg>`;
}
