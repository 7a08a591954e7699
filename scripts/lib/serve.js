// A static server for the repository root, as a CDN would serve the files: gzip or brotli, to any origin
// (`Access-Control-Allow-Origin: *`, which a module script from another site needs), and no build step of its
// own (`nodeResolve: false`).
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import compress from 'koa-compress';

/** `preferred` if it is free, else any free port. */
export async function freePort(preferred) {
  const free = (port) =>
    new Promise((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .once('listening', () => probe.close(() => resolve(true)))
        .listen(port);
    });
  return (await free(preferred)) ? preferred : 0;
}

/** As jsDelivr and unpkg: a clinic's page on another origin may load the bundle (code from the builder). */
const anyOrigin = (context, next) => {
  context.set('Access-Control-Allow-Origin', '*');
  return next();
};

/**
 * Starts the server, with any extra dev-server `middleware`; resolves to its origin (`http://localhost:PORT`)
 * and a stop function.
 */
export async function serveRepository({ port = 0, middleware = [] } = {}) {
  const server = await startDevServer({
    config: {
      rootDir: process.cwd(),
      port,
      hostname: 'localhost',
      watch: false,
      nodeResolve: false,
      middleware: [compress(), anyOrigin, ...middleware],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { origin: `http://localhost:${server.server.address().port}`, stop: () => server.stop() };
}
