// Writes schemas/<name>.schema.json from the zod schemas (`npm run schemas`). The files are
// committed and shipped; test/cli/schemas.test.ts fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_NAMES, jsonSchemaText } from '../src/cli/json-schemas.js';

const dir = join(import.meta.dirname, '..', 'schemas');
mkdirSync(dir, { recursive: true });
for (const name of SCHEMA_NAMES) {
  writeFileSync(join(dir, `${name}.schema.json`), jsonSchemaText(name));
  console.log(`schemas/${name}.schema.json`);
}
