import { describe, expect, it } from 'vitest';
import { reviewErrorKey } from './reviewErrors';

describe('reviewErrorKey', () => {
  it('recognises the SQL function refusals', () => {
    expect(reviewErrorKey({ message: 'x', body: { code: 'P0001', message: 'this document version has already been reviewed' } })).toBe(
      'already_reviewed',
    );
    expect(reviewErrorKey({ message: 'a newer version of this document exists: review that one' })).toBe('newer_version');
    expect(reviewErrorKey({ body: { code: '22023', message: 'notes are required to reject a document (the customer is told why)' } })).toBe(
      'notes_required',
    );
    expect(reviewErrorKey({ body: { code: '42501', message: 'only active reviewers and admins can review documents' } })).toBe('forbidden');
  });

  it('leaves other errors to the generic message', () => {
    expect(reviewErrorKey(new Error('Failed to fetch'))).toBeNull();
    expect(reviewErrorKey(undefined)).toBeNull();
  });
});
