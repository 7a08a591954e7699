import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';

/**
 * The three engines `npm test` runs every test file in, all from Debian packages:
 * Chromium and Firefox ESR through puppeteer-core (CDP and WebDriver BiDi), WebKitGTK's
 * MiniBrowser through WebKitWebDriver under a private Xvfb display.
 * `KETAMINE_BROWSERS=chromium,firefox` (a comma list) runs fewer; the default is all three.
 */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

const minibrowser = () => {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const dir of existsSync('/usr/lib') ? readdirSync('/usr/lib') : []) {
    const path = `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`;
    if (existsSync(path)) return path;
  }
  return '/usr/lib/<multiarch>/webkit2gtk-4.1/MiniBrowser';
};

/** What each engine runs, and the Debian package that installs it. */
const needs = {
  chromium: () => [{ path: chromiumPath(), pkg: 'chromium', env: 'CHROME_PATH' }],
  firefox: () => [
    { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr', env: 'FIREFOX_PATH' },
  ],
  webkit: () => [
    {
      path: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
      pkg: 'webkit2gtk-driver',
      env: 'WEBKIT_DRIVER_PATH',
    },
    { path: minibrowser(), pkg: 'libwebkit2gtk-4.1-0', env: 'MINIBROWSER_PATH' },
    { path: process.env.XVFB_PATH ?? '/usr/bin/Xvfb', pkg: 'xvfb', env: 'XVFB_PATH' },
  ],
};

/** The engines asked for, each checked: a missing binary stops the run (a skipped engine must not pass). */
export function selectedEngines(value = process.env.KETAMINE_BROWSERS) {
  const wanted = (value ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const engines = wanted.length ? [...new Set(wanted)] : ENGINES;
  const unknown = engines.filter((e) => !ENGINES.includes(e));
  if (unknown.length) {
    throw new Error(
      `KETAMINE_BROWSERS: unknown engine ${unknown.join(', ')}; use a comma list of ${ENGINES.join(', ')}.`,
    );
  }
  const missing = engines.flatMap((e) =>
    needs[e]()
      .filter((n) => !existsSync(n.path))
      .map((n) => ({ ...n, engine: e })),
  );
  if (missing.length) {
    const lines = missing.map(
      (m) => `  ${m.engine}: ${m.path} not found (apt-get install -y ${m.pkg}, or set ${m.env})`,
    );
    const pkgs = [...new Set(missing.map((m) => m.pkg))].join(' ');
    throw new Error(
      `Browser tests need engines that are not installed:\n${lines.join('\n')}\n` +
        `Install them with: apt-get install -y ${pkgs}\n` +
        `or run fewer engines, e.g. KETAMINE_BROWSERS=chromium npm test.`,
    );
  }
  return engines;
}

/**
 * Chromium through puppeteer-core. `systemDark` launches it with a dark system scheme; other `options` add to its
 * launch options (the visual group's fixed viewport and flags).
 */
export const chromium = ({ systemDark = false, args = [], ...options } = {}) =>
  chromeLauncher({
    // Passing puppeteer-core itself (not a bundled browser) makes the runner name it "Chromium".
    puppeteer: puppeteerCore,
    launchOptions: {
      ...options,
      executablePath: chromiumPath(),
      args: [
        // The system's preferred scheme as Blink sees it (0 = dark); prefers-color-scheme follows.
        ...(systemDark ? ['--blink-settings=preferredColorScheme=0'] : []),
        ...CHROMIUM_ARGS,
        ...args,
      ],
    },
  });

const firefox = ({ systemDark }) =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: needs.firefox()[0].path,
      headless: true,
      extraPrefsFirefox: {
        // No update checks, telemetry or first-run pages: there is no network to reach.
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.reportingpolicy.firstRun': false,
        // A dark system, as headless Firefox has none of its own to follow.
        ...(systemDark && { 'ui.systemUsesDarkTheme': 1 }),
      },
    },
  });

/**
 * Child processes this run started, each in its own process group (so that killing the driver's group
 * also ends the MiniBrowser it launched); killed when the run ends, however it ends.
 */
const children = new Set();
const running = (child) => child.exitCode === null && child.signalCode === null;
const signalGroup = (child, signal) => {
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
};
const killChildren = () => {
  for (const child of children) if (running(child)) signalGroup(child, 'SIGKILL');
  children.clear();
};
process.once('exit', killChildren);
// The runner stops its browsers on Ctrl-C (SIGINT) and then exits; these two would end Node outright.
for (const [signal, code] of [
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.once(signal, () => {
    killChildren();
    process.exit(code);
  });
}

const start = (command, args, options) => {
  const child = spawn(command, args, { ...options, detached: true });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
};

const stop = (child) =>
  new Promise((resolve) => {
    if (!child || !running(child)) return resolve();
    child.once('exit', () => resolve());
    signalGroup(child, 'SIGTERM');
    setTimeout(() => running(child) && signalGroup(child, 'SIGKILL'), 2000).unref();
  });

/** Xvfb on a display number it picks itself (`-displayfd`), so parallel runs do not collide. */
async function startXvfb(path) {
  const xvfb = start(path, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr.on('data', (d) => (stderr += d));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start in 10 s: ${stderr}`)), 10000);
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    xvfb.once('error', (e) => (clearTimeout(timer), reject(e)));
    xvfb.once('exit', (code) => (clearTimeout(timer), reject(new Error(`Xvfb exited (${code}): ${stderr}`))));
  });
  return { xvfb, display };
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startDriver(path, env) {
  const port = await freePort();
  const driver = start(path, [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stderr = '';
  driver.stderr.on('data', (d) => (stderr += d));
  const deadline = Date.now() + 10000;
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return { driver, port };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port} in 10 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver. MiniBrowser has no headless mode, so the
 * launcher starts its own Xvfb and driver when the run starts and stops both when it ends.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor({ systemDark }) {
    const [driver, browser, xvfb] = needs.webkit();
    super({
      hostname: '127.0.0.1',
      port: 0, // set in initialize()
      path: '/',
      // A command that timed out is not sent again: resending a navigation to a busy page only piles up.
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: browser.path, args: ['--automation'] },
      },
    });
    this.paths = { driver: driver.path, xvfb: xvfb.path };
    // MiniBrowser, started by the driver, inherits its environment: GTK's dark variant makes WebKit's system dark.
    this.env = systemDark ? { GTK_THEME: 'Adwaita:dark' } : {};
    this.systemDark = systemDark;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = this.systemDark ? `WebKit${DARK}` : 'WebKit';
    const { xvfb, display } = await startXvfb(this.paths.xvfb);
    this.xvfb = xvfb;
    const { driver, port } = await startDriver(this.paths.driver, { ...this.env, DISPLAY: display });
    this.webkitDriver = driver;
    this.options.port = port;
  }

  async stop() {
    await super.stop();
    await stop(this.webkitDriver);
    await stop(this.xvfb);
  }
}

const DARK = ' (system dark)';
const launchers = { chromium, firefox, webkit: (options) => new WebKitLauncher(options) };

/**
 * One launcher per selected engine (see `selectedEngines`). `systemDark` launches each with a dark
 * system colour scheme (`prefers-color-scheme: dark`), which only Chromium's driver can emulate at run time.
 */
export const browsers = (engines = selectedEngines(), { systemDark = false } = {}) =>
  engines.map((e) => {
    const launcher = launchers[e]({ systemDark });
    // Named apart in the reports ("Chromium (system dark)"); WebKit names itself in initialize().
    if (systemDark && e !== 'webkit') launcher.name += DARK;
    return launcher;
  });
