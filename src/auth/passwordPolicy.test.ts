import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAuthSettings } from '../../stack/services/auth/settings';
import { PASSWORD_POLICY, passwordProblems } from './passwordPolicy';

describe('password policy of the SPA', () => {
  it('is the one of supabase/config.toml', () => {
    const server = readAuthSettings(path.resolve(__dirname, '../../supabase/config.toml'), {}).password;
    expect(PASSWORD_POLICY).toEqual({ minLength: server.minLength, requirements: server.requirements });
  });

  it("gives GoTrue's reasons", () => {
    expect(passwordProblems('123456')).toEqual(['length', 'characters']);
    expect(passwordProblems('password')).toEqual(['characters']);
    expect(passwordProblems('abc1')).toEqual(['length']);
    expect(passwordProblems('password123')).toEqual([]);
  });
});
