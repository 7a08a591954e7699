import { pageColorSchemeSuite } from './page-color-scheme.suite.js';

// The default group: browsers launched as they come, with a light system.
pageColorSchemeSuite('light');
