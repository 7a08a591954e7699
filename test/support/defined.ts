/**
 * `import 'ketamine-widgets'` and wait until every widget is defined, as an app that renders them at once
 * would: test files import this before their first fixture.
 */
import { ready } from '../../src/index.js';

await ready;
