import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES, jsonSchemaText } from '../../src/cli/json-schemas.js';
import { CLI_TIMEOUT, ROOT, cli } from './run-cli.js';

const committed = (name: string) => readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8');

describe.concurrent('JSON Schemas', { timeout: CLI_TIMEOUT }, () => {
  it.each(SCHEMA_NAMES)(
    'schemas/%s.schema.json is up to date (run `npm run schemas` when this fails)',
    async (name) => {
      expect(jsonSchemaText(name)).toBe(committed(name));
    },
  );

  it.each(SCHEMA_NAMES)('`aftersale-rules schema %s` prints the committed file', async (name) => {
    const r = await cli(['schema', name]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(committed(name));
  });

  it('every "$schema" in rules/ and fixtures/ points at a shipped schema', async () => {
    const files = ['rules', 'fixtures'].flatMap((d) =>
      (readdirSync(join(ROOT, d), { recursive: true, encoding: 'utf8' }) as string[])
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(ROOT, d, f)),
    );
    const broken = files.flatMap((f) => {
      const ref = (JSON.parse(readFileSync(f, 'utf8')) as { $schema?: string }).$schema;
      return ref === undefined || existsSync(resolve(dirname(f), ref)) ? [] : [`${f}: ${ref}`];
    });
    expect(broken).toEqual([]);
  });

  it('the case schema leaves defaulted fields optional for writers', async () => {
    const order = JSON.parse(committed('case')).properties.order;
    expect(order.required).toEqual(['paidAt', 'amount']);
    expect(order.properties.fulfilment.default).toBe('in_stock');
  });
});
