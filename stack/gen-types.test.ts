import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getStack } from './testing/context';
import { generateTypes, TYPES_FILES } from './gen-types';

describe('generated database types (@supabase/postgres-meta)', () => {
  it('match the schema the migrations produce (run `npm run gen:types` with the stack up after changing a migration)', async () => {
    const generated = await generateTypes(getStack().dbUrl);
    expect(generated).toContain('export type Database = {');
    for (const file of TYPES_FILES) {
      const committed = readFileSync(file, 'utf8');
      expect(committed, `${file} is out of date: run \`npm start\` then \`npm run gen:types\``).toBe(generated);
    }
  }, 120_000);
});
