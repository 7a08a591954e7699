// `npm start` (after the build): serves the demo clinic page, which loads the
// built CDN bundle from dist/ with one script tag, exactly as a webmaster would.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

/** PORT, else 8000 if it is free, else any free port. */
async function choosePort() {
  if (process.env.PORT) return Number(process.env.PORT);
  const free = (port) =>
    new Promise((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .once('listening', () => probe.close(() => resolve(true)))
        .listen(port);
    });
  return (await free(8000)) ? 8000 : 0;
}

const server = await startDevServer({
  config: { rootDir: process.cwd(), port: await choosePort(), hostname: 'localhost', watch: false, nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
console.log(`\nDemo clinic page: http://localhost:${port}/demo/\nPress Ctrl+C to stop.\n`);
