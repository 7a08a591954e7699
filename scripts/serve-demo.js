// `npm start` (after the build): serves the demo clinic page, which loads the built CDN bundle from dist/ with
// one script tag, exactly as a webmaster would, and the code builder (demo/builder/), whose pre-rendered
// variant the server renders on request (`/prerendered/…`, in a child process).
import { existsSync } from 'node:fs';
import { freePort, serveRepository } from './lib/serve.js';
import { prerenderMiddleware } from './lib/prerender.js';

const { origin } = await serveRepository({
  port: Number(process.env.PORT) || (await freePort(8000)),
  middleware: [prerenderMiddleware],
});
if (!existsSync('dist/cdn/ketamine-widgets.js') || !existsSync('dist/builder'))
  console.warn('Nothing built yet (dist/cdn/, dist/builder/): run `npm start`, which builds first.');
console.log(`\nDemo clinic page: ${origin}/demo/\nGet the code:     ${origin}/demo/builder/\nPress Ctrl+C to stop.\n`);
