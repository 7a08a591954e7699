// `npm start` (after the build): serves the demo clinic page, which loads the
// built CDN bundle from dist/ with one script tag, exactly as a webmaster would.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: process.cwd(), port, hostname: 'localhost', watch: false, nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server?.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`\nDemo clinic page: http://localhost:${actualPort}/demo/\nPress Ctrl+C to stop.\n`);
