/*
 * A throw-away WordPress for the plugin test: a private MariaDB (its own data folder and socket,
 * no network port) and a private copy of Debian's WordPress with its own wp-config.php, served by
 * PHP's built-in server on a free port. Nothing is written outside one temporary folder (not
 * /etc/wordpress, not /var/lib/wordpress), so a run that is killed leaves nothing a second run
 * would trip on. Each process runs in its own process group, which `stop()` ends.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const WORDPRESS_SOURCE = '/usr/share/wordpress';
const ADMIN = { user: 'admin', password: 'ketamine-test-password', email: 'admin@example.org' };

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Polls `ready()` until it is true; fails naming `what` (and the log) after `ms`. */
async function waitFor(what, ready, ms, log = () => '') {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ready().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error(`${what} did not start within ${ms / 1000} s. ${log()}`);
}

/** A background process in its own group, its output kept for error messages. */
function start(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    output: () => output,
    /** Ends the whole group: TERM, then KILL if it is still there after 5 s. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid, 'SIGTERM');
      const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Everything the test needs; `stop()` ends and removes it all, whatever was started. `muPlugins`
 * (name → PHP) go to wp-content/mu-plugins, `files` (name → text) to the site's root; of WordPress's own
 * translations (Debian's wordpress-l10n), only those of `languages` (WordPress locales, `es_ES`) are copied.
 */
export async function startWordPress({ muPlugins = {}, files = {}, languages = [] } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'ketamine-wp-'));
  const stops = [];
  // Interrupted (Ctrl-C, a CI timeout), it still stops its own process groups, then dies of the signal.
  const onSignal = (signal) => void stop().finally(() => process.kill(process.pid, signal));
  const stop = async () => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    for (const each of stops.reverse()) await each().catch((error) => console.error(error));
    rmSync(root, { recursive: true, force: true });
  };
  for (const signal of SIGNALS) process.once(signal, onSignal);
  try {
    // The database: a private data folder and socket.
    const data = join(root, 'db');
    const socket = join(root, 'mysql.sock');
    execFileSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        '--user=root',
        `--datadir=${data}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
      ],
      { stdio: 'pipe' },
    );
    const db = start('mariadbd', [
      '--no-defaults',
      '--user=root',
      `--datadir=${data}`,
      `--socket=${socket}`,
      `--pid-file=${join(root, 'mariadb.pid')}`,
      '--skip-networking',
      '--skip-log-bin',
      '--innodb-flush-log-at-trx-commit=0',
    ]);
    stops.push(() => db.stop());
    const sql = (statement) =>
      execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], { stdio: 'pipe' });
    await waitFor('MariaDB', async () => (sql('SELECT 1'), true), 30000, db.output);
    sql(
      "CREATE DATABASE wordpress; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';",
    );

    // WordPress: a copy, so that its wp-config.php and wp-content are ours alone.
    const site = join(root, 'www');
    cpSync(WORDPRESS_SOURCE, site, {
      recursive: true,
      // Debian links some libraries (underscore, backbone, getID3) from elsewhere, some relatively.
      dereference: true,
      filter: (path) => {
        const translations = join(WORDPRESS_SOURCE, 'wp-content/languages');
        if (path === translations || !path.startsWith(translations)) return true;
        // admin-es_ES.mo, es_ES.mo, continents-cities-es_ES.mo…, and WordPress's script translations es_ES-<md5>.json.
        return languages.some((locale) =>
          new RegExp(`(^|-)${locale}(\\.mo|-[0-9a-f]{32}\\.json)$`).test(basename(path)),
        );
      },
    });
    rmSync(join(site, '.htaccess'), { force: true });
    for (const [name, text] of Object.entries(muPlugins)) {
      mkdirSync(join(site, 'wp-content/mu-plugins'), { recursive: true });
      writeFileSync(join(site, 'wp-content/mu-plugins', name), text);
    }
    for (const [name, text] of Object.entries(files)) writeFileSync(join(site, name), text);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(root, 'debug.log')}' );
$table_prefix = 'wp_';
define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`,
    );
    const php = start('php', ['-S', `127.0.0.1:${port}`, '-t', site], {
      cwd: site,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    stops.push(() => php.stop());
    await waitFor('php -S', async () => (await fetch(`${url}/readme.html`)).ok, 15000, php.output);

    const install = await fetch(`${url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: new URLSearchParams({
        weblog_title: 'Clinic test site',
        user_name: ADMIN.user,
        admin_password: ADMIN.password,
        admin_password2: ADMIN.password,
        pw_weak: '1',
        admin_email: ADMIN.email,
        blog_public: '0',
      }),
    });
    const page = await install.text();
    if (!page.includes('Success!')) throw new Error(`WordPress did not install: ${page.slice(0, 500)}`);
    return { url, site, root, admin: ADMIN, stop, debugLog: join(root, 'debug.log'), phpOutput: php.output };
  } catch (error) {
    await stop();
    throw error;
  }
}
