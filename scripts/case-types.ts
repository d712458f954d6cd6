// Writes src/schema/case-types.generated.ts: CaseInput and ParsedCase with a doc comment on every
// field, from CaseSchema and the fact catalogue (`npx tsx scripts/case-types.ts`).
// test/case-types.test.ts fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseTypesSource } from '../src/schema/case-types.js';

const file = join(import.meta.dirname, '..', 'src', 'schema', 'case-types.generated.ts');
writeFileSync(file, caseTypesSource());
console.log('src/schema/case-types.generated.ts');
