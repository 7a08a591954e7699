// `npm start` (after the build): serves the demo clinic page, which loads the
// built CDN bundle from dist/ with one script tag, exactly as a webmaster would.
import { freePort, serveRepository } from './lib/serve.js';

const { origin } = await serveRepository({ port: Number(process.env.PORT) || (await freePort(8000)) });
console.log(`\nDemo clinic page: ${origin}/demo/\nPress Ctrl+C to stop.\n`);
