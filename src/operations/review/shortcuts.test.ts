import { describe, expect, it } from 'vitest';
import { reviewActionFor } from './shortcuts';

describe('reviewActionFor', () => {
  it('maps A R N J K, either case', () => {
    expect(['a', 'R', 'n', 'J', 'k'].map((key) => reviewActionFor({ key }))).toEqual(['approve', 'reject', 'notes', 'next', 'previous']);
  });

  it('ignores other keys and modified presses (browser shortcuts stay usable)', () => {
    expect(reviewActionFor({ key: 'x' })).toBeNull();
    expect(reviewActionFor({ key: 'r', ctrlKey: true })).toBeNull();
    expect(reviewActionFor({ key: 'a', metaKey: true })).toBeNull();
  });

  it('ignores keys typed into the notes field', () => {
    const textarea = document.createElement('textarea');
    expect(reviewActionFor({ key: 'a', target: textarea })).toBeNull();
    expect(reviewActionFor({ key: 'a', target: document.createElement('div') })).toBe('approve');
  });
});
