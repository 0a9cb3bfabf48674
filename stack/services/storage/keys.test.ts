import { describe, expect, it } from 'vitest';
import { assertBucketId, assertObjectName, splitBucketPath } from './keys';

describe('object names', () => {
  it('keeps ordinary names, trimming outer slashes', () => {
    expect(assertObjectName('/a/b/c d (1).pdf/')).toBe('a/b/c d (1).pdf');
  });

  it.each(['', '/', 'a/../b', '../b', 'a/./b', 'a//b', 'a/<b>', 'a\\b', 'x'.repeat(1025)])('refuses %j', (name) => {
    expect(() => assertObjectName(name)).toThrowError(/Invalid key/);
  });
});

describe('bucket paths', () => {
  it('splits the bucket from the name', () => {
    expect(splitBucketPath('documents/a/b.pdf')).toEqual({ bucket: 'documents', name: 'a/b.pdf' });
    expect(splitBucketPath('documents')).toEqual({ bucket: 'documents', name: '' });
  });

  it('refuses odd bucket ids', () => {
    expect(() => assertBucketId('a/b')).toThrowError(/Invalid bucket id/);
    expect(() => splitBucketPath('/x')).toThrowError(/Invalid bucket id/);
  });
});
