// `npm run schemas`: writes schemas/<name>.schema.json, a JSON Schema for each
// kind of clinic-supplied content, generated from the zod schemas (the single
// source). Editors such as VS Code use them to check clinic JSON as it is typed.
import { mkdir, writeFile } from 'node:fs/promises';
import { importTs } from './lib/import-ts.js';

const { jsonSchemas } = await importTs(/* ts */ `
  export { jsonSchemas } from './src/json-schemas.ts';
`);
await mkdir('schemas', { recursive: true });
for (const [name, schema] of Object.entries(await jsonSchemas())) {
  const file = `schemas/${name}.schema.json`;
  await writeFile(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
