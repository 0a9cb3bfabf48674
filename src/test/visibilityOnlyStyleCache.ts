/**
 * An Emotion cache for whole-app dom tests that keeps only the CSS rules jsdom's visibility
 * checks read.
 *
 * jsdom's getComputedStyle walks every rule of every style sheet for each element it is asked
 * about. Testing Library's *ByRole queries ask it for each element of the tree (to skip hidden
 * ones), MUI's TextareaAutosize asks it on every render; with the few thousand rules MUI writes
 * for the whole back-office, that was a third of a test's time, and Emotion's development mode
 * (one <style> tag per rule, re-parsed by jsdom) another sixth. Tests never read colours or
 * spacing, only whether an element is hidden: the rules that can hide one are kept, in one sheet
 * written with insertRule (Emotion's "speedy" mode).
 */
import createCache, { type EmotionCache } from '@emotion/cache';

/** What Testing Library's isInaccessible and jest-dom's toBeVisible read from CSS. */
const HIDES_AN_ELEMENT = /display:\s*none|visibility:\s*(hidden|collapse)|opacity:\s*0(?![.\d])/;

export const visibilityOnlyStyleCache = (): EmotionCache => {
  const cache = createCache({ key: 'test', speedy: true });
  const insert = cache.sheet.insert.bind(cache.sheet);
  cache.sheet.insert = (rule: string) => {
    if (HIDES_AN_ELEMENT.test(rule)) insert(rule);
  };
  return cache;
};
