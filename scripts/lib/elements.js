import { readdirSync } from 'node:fs';

/** Every element's folder under src/elements/ (`evidence-card`, …); its tag is `ketamine-<name>`. */
export const ELEMENTS = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
