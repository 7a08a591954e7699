import { z } from 'zod';
import { contentSchemas } from './validate.js';

/**
 * JSON Schema (draft 2020-12) for each kind of clinic content, from the zod
 * schemas. Used by `npm run schemas` and by the test that keeps schemas/ in
 * step with the code. Not part of the shipped bundle.
 */
export function jsonSchemas(): Record<string, object> {
  return Object.fromEntries(
    Object.entries(contentSchemas).map(([name, schema]) => [
      name,
      { title: `ketamine-widgets: ${name}`, ...z.toJSONSchema(schema, { io: 'input' }) },
    ]),
  );
}
