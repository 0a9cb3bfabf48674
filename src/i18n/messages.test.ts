import { describe, expect, it } from 'vitest';
import englishAppMessages from './en';
import frenchAppMessages from './fr';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a message tree as "a.b.c" -> text. */
const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
};

const en = flatten(englishAppMessages as unknown as Tree);
const fr = flatten(frenchAppMessages as unknown as Tree);
const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('English and French messages', () => {
  it('have the same keys', () => {
    expect([...fr.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !fr.has(k))).toEqual([]);
  });

  it('use the same placeholders and plural forms for each of our keys', () => {
    // react-admin's own packs (ra.*) are translated upstream and phrase some plurals differently.
    const mismatches = [...en].filter(([key, text]) => {
      if (key.startsWith('ra.')) return false;
      const other = fr.get(key) ?? '';
      return placeholders(text).join() !== placeholders(other).join() || text.includes('||||') !== other.includes('||||');
    });
    expect(mismatches.map(([key]) => key)).toEqual([]);
  });

  it('have no empty French text in our keys', () => {
    const empty = [...fr].filter(([key, text]) => /^(app|resources|ops)\./.test(key) && text.trim() === '');
    expect(empty).toEqual([]);
  });
});
