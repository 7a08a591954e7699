// The system packages the tests need, in one place (Debian's names). Run first by `npm test` (pretest), by
// `npm run test:wordpress` and by .ci/run; tested in scripts/lib/system-deps.test.js.
//
//   node scripts/system-deps.js [test] [wordpress]     (default: test)
//
// test:      the browser engines KETAMINE_BROWSERS names (default all three; test/support/browsers.js runs
//            them), translate-toolkit (scripts/lib/translate-toolkit.test.js), poppler-utils (pdfinfo and
//            pdftotext read printed pages back: scripts/lib/print-pdf.js) and zbar-tools (zbarimg decodes QR codes)
// wordpress: WordPress, its default theme, PHP with MySQL, MariaDB and zip (scripts/wordpress/)
//
// Nothing missing: prints nothing (one dpkg-query call). Something missing, as root on Debian: `apt-get update`
// once, then installs only what is missing, saying what. Otherwise it stops before any test starts, with the
// exact command to run. Never sudo; on macOS or Windows it only says what to install.
// KETAMINE_SYSTEM_DEPS_EXTRA adds package names (space-separated): the test asks for one that does not exist.
import { spawnSync } from 'node:child_process';

const ENGINE_PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'libwebkit2gtk-4.1-0', 'xvfb'],
};
const GROUPS = {
  test: (env) => [
    // An unknown engine is for test/support/browsers.js to name; it is not a package.
    ...(env.KETAMINE_BROWSERS || 'chromium,firefox,webkit')
      .split(',')
      .flatMap((engine) => ENGINE_PACKAGES[engine.trim().toLowerCase()] ?? []),
    'translate-toolkit',
    'poppler-utils',
    'zbar-tools',
  ],
  wordpress: () => ['wordpress', 'wordpress-theme-twentytwentythree', 'php-cli', 'php-mysql', 'mariadb-server', 'zip'],
};

const fail = (lines) => {
  console.error(lines.join('\n'));
  process.exit(1);
};

const groups = process.argv.slice(2);
for (const group of groups) if (!GROUPS[group]) fail([`system-deps: unknown group '${group}' (use test, wordpress)`]);
const packages = [
  ...new Set([
    ...(groups.length ? groups : ['test']).flatMap((group) => GROUPS[group](process.env)),
    ...(process.env.KETAMINE_SYSTEM_DEPS_EXTRA ?? '').split(/\s+/).filter(Boolean),
  ]),
];

const run = (command, args, options = {}) => spawnSync(command, args, { encoding: 'utf8', ...options });
const dpkg = run('dpkg-query', ['-W', '-f=${Package} ${db:Status-Abbrev}\\n', ...packages]);
if (dpkg.error) {
  // macOS, Windows or a Linux without dpkg: nothing is installed from here.
  console.error(
    `system-deps: not a Debian-family system, so nothing is installed. The tests use Debian's ${packages.join(' ')},\n` +
      '  or their equivalents: Chromium (CHROME_PATH), Firefox ESR (FIREFOX_PATH), WebKitGTK (WEBKIT_DRIVER_PATH,\n' +
      "  MINIBROWSER_PATH, XVFB_PATH), Python's translate-toolkit, poppler and zbar. KETAMINE_BROWSERS=chromium runs one engine.",
  );
  process.exit(0);
}
const installed = new Set(
  dpkg.stdout
    .split('\n')
    .filter((line) => / ii\s*$/.test(line))
    .map((line) => line.split(' ')[0].replace(/:.*/, '')),
);
const missing = packages.filter((pkg) => !installed.has(pkg));
if (!missing.length) process.exit(0);

const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
if (process.getuid?.() !== 0) {
  fail([
    `system-deps: the tests need Debian packages that are not installed: ${missing.join(' ')}`,
    `  Run this as root, then try again:  ${command}`,
  ]);
}
console.log(`system-deps: installing the Debian packages the tests need: ${missing.join(' ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const apt = (args) => run('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', ...missing])) {
  fail([
    `system-deps: could not install ${missing.join(' ')} (apt-get's message is above).`,
    `  Install them yourself, then try again:  ${command}`,
  ]);
}
