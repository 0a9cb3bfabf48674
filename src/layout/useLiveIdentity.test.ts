import { describe, expect, it } from 'vitest';
import type { CurrentAgent } from '../providers/currentAgent';
import { identityChange } from './useLiveIdentity';

const agent = (role: CurrentAgent['role'], active = true): CurrentAgent => ({ id: 'u', fullName: 'A', email: null, role, active });

describe('identityChange', () => {
  it('names a role change', () => {
    expect(identityChange(agent('AGENT'), agent('REVIEWER'))).toEqual({ kind: 'role', change: { from: 'AGENT', to: 'REVIEWER' } });
  });
  it('calls a vanished or inactive agents row a deactivation', () => {
    expect(identityChange(agent('AGENT'), null)).toEqual({ kind: 'deactivated' });
    expect(identityChange(agent('MANAGER'), agent('MANAGER', false))).toEqual({ kind: 'deactivated' });
  });
  it('says nothing on the first read or when nothing changed', () => {
    expect(identityChange(undefined, agent('AGENT'))).toBeNull();
    expect(identityChange(agent('AGENT'), agent('AGENT'))).toBeNull();
    expect(identityChange(null, null)).toBeNull();
  });
  it('refreshes without a message when an account is reactivated', () => {
    expect(identityChange(null, agent('AGENT'))).toEqual({ kind: 'other' });
  });
});
