import { pageColorSchemeSuite } from './page-color-scheme.suite.js';

// Only in the "system-dark" group (web-test-runner.config.js): browsers launched with a dark system.
pageColorSchemeSuite('dark');
