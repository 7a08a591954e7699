// The pre-rendered variant of a bench page: the page run through the CLI (`ketamine-widgets render`, in its own
// process, as a static-site build would), and the bytes of the HTML the server renderer writes per widget and
// locale (bench/prerendered-bytes.js, also in its own process: the renderer's DOM stand-ins stay out of this one).
import { execFileSync } from 'node:child_process';
import { PAGES_DIR, writePage } from './pages.js';

const CLI = 'bin/ketamine-widgets.js';

/** Writes `html` with every widget pre-rendered to bench/.pages/<name>; returns its URL path. */
export function writePrerenderedPage(name, html) {
  const source = writePage(`source-${name}`, html).slice(1);
  execFileSync(process.execPath, [CLI, 'render', source, '-o', `${PAGES_DIR}/${name}`], { stdio: 'ignore' });
  return `/${PAGES_DIR}/${name}`;
}

/** Per widget (the registry's example) and locale: the pre-rendered element's bytes, raw and gzipped. */
export function prerenderedBytes() {
  return JSON.parse(execFileSync(process.execPath, ['bench/prerendered-bytes.js'], { encoding: 'utf8' }));
}
