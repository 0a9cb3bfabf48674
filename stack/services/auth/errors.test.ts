import { describe, expect, it } from 'vitest';
import type http from 'node:http';
import { AuthError, errorBody, modernApiVersion } from './errors';

const request = (version?: string) => ({ headers: version ? { 'x-supabase-api-version': version } : {} }) as http.IncomingMessage;

describe('GoTrue error shapes', () => {
  const error = new AuthError(400, 'invalid_credentials', 'Invalid login credentials');

  it('uses { code, message } for API version 2024-01-01 and later', () => {
    expect(modernApiVersion(request('2024-01-01'))).toBe('2024-01-01');
    expect(modernApiVersion(request('2025-06-30'))).toBe('2024-01-01');
    expect(errorBody(error, true)).toEqual({ code: 'invalid_credentials', message: 'Invalid login credentials' });
  });

  it('uses the legacy { code: status, error_code, msg } otherwise', () => {
    expect(modernApiVersion(request())).toBeUndefined();
    expect(modernApiVersion(request('2023-12-31'))).toBeUndefined();
    expect(modernApiVersion(request('garbage'))).toBeUndefined();
    expect(errorBody(error, false)).toEqual({ code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' });
  });

  it('keeps extra fields such as weak_password reasons', () => {
    const weak = new AuthError(422, 'weak_password', 'Password should be at least 6 characters.', {
      weak_password: { reasons: ['length'] },
    });
    expect(errorBody(weak, true)).toMatchObject({ weak_password: { reasons: ['length'] } });
  });
});
