/**
 * The bench replays what the SPA's capture recorded (stack/bench/capture.ts); this test keeps that
 * capture complete: on the small demo data of the test stack, it must open every screen of the
 * app (every page of every <Resource>, every custom route in the layout, the dashboard) as at
 * least one back-office role, and record the API requests of each list. A new resource, page or
 * route the capture does not reach fails here.
 */
import { expect, test } from '@playwright/test';
import { appScreens } from '../stack/bench/app-routes';
import { captureSpa } from '../stack/bench/capture';
import { e2eStack } from '../stack/testing/e2e-config';

test('the bench capture opens every screen of the app and records their requests', async () => {
  test.setTimeout(600_000); // 3-5 min one role at a time on a loaded 2-core machine; two at a time: docs/notes/ci.md
  const config = e2eStack();
  const capture = await captureSpa({ siteUrl: config.siteUrl, apiUrl: config.apiUrl, concurrency: 2 });
  // Every role was captured (in parallel contexts), not only the first to finish.
  expect(capture.firstLoads.map((load) => load.role)).toEqual(['admin', 'manager', 'agent', 'reviewer']);
  const routes = appScreens().map((screen) => screen.route);
  expect(routes.length).toBeGreaterThan(20);
  const opened = new Set(capture.visits.filter((visit) => visit.allowed).map((visit) => visit.route));
  const missed = routes.filter((route) => !opened.has(route));
  expect(missed, 'screens the bench capture never opened as any role').toEqual([]);
  // Every list and custom screen sent its data requests (the bench times them).
  const withRequests = new Set(capture.requests.filter((r) => r.path.startsWith('/rest/v1/')).map((r) => r.screen));
  const silent = appScreens()
    .filter((screen) => screen.kind === 'list')
    .map((screen) => screen.route)
    .filter((route) => !withRequests.has(route));
  expect(silent, 'lists without a captured REST request').toEqual([]);
  expect(capture.firstLoads.every((f) => f.afterLoginJs + f.loginPageJs > 0)).toBe(true);
});
