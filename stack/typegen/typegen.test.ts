import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getStack } from '../testing/context';
import { generateTypes, TYPES_FILE } from './generate';
import { tsType } from './render';

describe('generated database types', () => {
  it('match the schema the migrations produce (run `npm run gen:types` with the stack up after changing a migration)', async () => {
    const generated = await generateTypes(getStack().dbUrl);
    const committed = readFileSync(TYPES_FILE, 'utf8');
    expect(committed, 'src/types/database.types.ts is out of date: run `npm start` then `npm run gen:types`').toBe(generated);
  });

  it('map PostgreSQL types to what PostgREST returns as JSON', () => {
    const enums = new Set(['order_status']);
    expect(tsType('int8', null, enums)).toBe('number');
    expect(tsType('timestamptz', null, enums)).toBe('string');
    expect(tsType('jsonb', null, enums)).toBe('Json');
    expect(tsType('array', 'text', enums)).toBe('string[]');
    expect(tsType('order_status', null, enums)).toBe('Database["public"]["Enums"]["order_status"]');
  });
});
