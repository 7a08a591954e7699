import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
 * System settings that Firefox's and WebKit's drivers cannot emulate while a test runs, and how each engine is
 * launched with one (docs/accessibility-tests.md#system-settings). `webkit: null`: WebKitGTK has no such mode
 * (its `forced-colors` media feature always answers `none`), so that group's tests skip there, counted.
 */
export const SYSTEM_SETTINGS = {
  dark: {
    label: 'system dark',
    // The system's preferred scheme as Blink sees it (0 = dark); prefers-color-scheme follows.
    chromium: ['--blink-settings=preferredColorScheme=0'],
    // Headless Firefox has no system scheme of its own to follow.
    firefox: { 'ui.systemUsesDarkTheme': 1 },
    // MiniBrowser, started by the driver, inherits its environment: GTK's dark variant makes WebKit's system dark.
    webkit: { env: { GTK_THEME: 'Adwaita:dark' } },
  },
  'forced-colors': {
    label: 'forced colours',
    chromium: ['--force-high-contrast'],
    // "Override the colours specified by the page with your selections above: Always" (Settings › Colours).
    firefox: { 'browser.display.document_color_use': 2 },
    webkit: null,
  },
  'reduced-motion': {
    label: 'reduced motion',
    chromium: ['--force-prefers-reduced-motion'],
    firefox: { 'ui.prefersReducedMotion': 1 },
    // WebKitGTK's prefers-reduced-motion follows GTK's animations switch, read from gtk-3.0/settings.ini.
    webkit: { gtkSettings: { 'gtk-enable-animations': 'false' } },
  },
};

const setting = (system, engine) => (system ? SYSTEM_SETTINGS[system][engine] : undefined);

/**
 * Chromium through puppeteer-core. `system` (a key of SYSTEM_SETTINGS) launches it with that system setting;
 * other `options` add to its launch options (the visual group's fixed viewport and flags).
 */
export const chromium = ({ system, args = [], ...options } = {}) =>
  chromeLauncher({
    // Passing puppeteer-core itself (not a bundled browser) makes the runner name it "Chromium".
    puppeteer: puppeteerCore,
    launchOptions: {
      ...options,
      executablePath: chromiumPath(),
      args: [...(setting(system, 'chromium') ?? []), ...CHROMIUM_ARGS, ...args],
    },
  });

const firefox = ({ system }) =>
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
        ...setting(system, 'firefox'),
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
  constructor({ system }) {
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
    this.system = system;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    const unsupported = this.system && setting(this.system, 'webkit') === null;
    this.name = unsupported
      ? `WebKit (no ${SYSTEM_SETTINGS[this.system].label} in WebKitGTK)`
      : `WebKit${nameSuffix(this.system)}`;
    const { xvfb, display } = await startXvfb(this.paths.xvfb);
    this.xvfb = xvfb;
    const { driver, port } = await startDriver(this.paths.driver, { ...this.systemEnv(), DISPLAY: display });
    this.webkitDriver = driver;
    this.options.port = port;
  }

  /** The environment MiniBrowser inherits through the driver: the setting's variables and a GTK settings.ini. */
  systemEnv() {
    const { env = {}, gtkSettings } = setting(this.system, 'webkit') ?? {};
    if (!gtkSettings) return env;
    this.configHome = mkdtempSync(join(tmpdir(), 'ketamine-gtk-'));
    mkdirSync(join(this.configHome, 'gtk-3.0'));
    const lines = Object.entries(gtkSettings).map(([key, value]) => `${key}=${value}`);
    writeFileSync(join(this.configHome, 'gtk-3.0', 'settings.ini'), `[Settings]\n${lines.join('\n')}\n`);
    return { ...env, XDG_CONFIG_HOME: this.configHome };
  }

  async stop() {
    await super.stop();
    await stop(this.webkitDriver);
    await stop(this.xvfb);
    if (this.configHome) rmSync(this.configHome, { recursive: true, force: true });
  }
}

/** " (system dark)": a launch with a system setting is named apart in the reports. */
const nameSuffix = (system) => (system ? ` (${SYSTEM_SETTINGS[system].label})` : '');
const launchers = { chromium, firefox, webkit: (options) => new WebKitLauncher(options) };

/**
 * One launcher per selected engine (see `selectedEngines`). `system` (a key of SYSTEM_SETTINGS) launches each
 * with that system setting, which only Chromium's driver could emulate at run time.
 */
export const browsers = (engines = selectedEngines(), { system } = {}) =>
  engines.map((e) => {
    const launcher = launchers[e]({ system });
    // WebKit names itself in initialize().
    if (e !== 'webkit') launcher.name += nameSuffix(system);
    return launcher;
  });
