import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getStack } from './testing/context';
import { generateTypes, TYPES_FILE } from './gen-types';

describe('generated database types (@supabase/postgres-meta)', () => {
  it('match the schema the migrations produce (run `npm run gen:types` with the stack up after changing a migration)', async () => {
    const generated = await generateTypes(getStack().dbUrl);
    expect(generated).toContain('export type Database = {');
    const committed = readFileSync(TYPES_FILE, 'utf8');
    expect(committed, 'src/types/database.types.ts is out of date: run `npm start` then `npm run gen:types`').toBe(generated);
  }, 120_000);

});
