import * as z from 'zod/mini';
import { WIDGETS } from './widgets.js';

/**
 * JSON Schema (draft 2020-12) for each kind of clinic content, by kind, from
 * the widgets' zod schemas. Used by `npm run schemas` and by the test that
 * keeps schemas/ in step with the code. Not part of the shipped bundle.
 */
export async function jsonSchemas(): Promise<Record<string, object>> {
  const entries = await Promise.all(
    Object.values(WIDGETS).map(async ({ content }) => [
      content.kind,
      { title: `ketamine-widgets: ${content.kind}`, ...z.toJSONSchema(await content.schema(), { io: 'input' }) },
    ]),
  );
  return Object.fromEntries(entries);
}
