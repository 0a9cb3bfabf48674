import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PHONE, STAFF_ROLES, loginAs, openScreen, walkScreens } from './screens';

const APP_NAME = 'Partners back-office';

/**
 * The axe rules that can never report a serious or critical violation: rules with a fixed impact
 * below serious (axe sets every result of such a rule to the rule's impact) or whose checks all
 * have a lower one. They are skipped after the page's first audit (read from the axe-core that audit
 * injected): the results kept below are exactly the same, and a walk runs about a third fewer rules.
 */
const rulesBelowSerious = (page: Page) =>
  page.evaluate(() => {
    type Check = string | { id: string };
    type Rule = { id: string; impact?: string; any: Check[]; all: Check[]; none: Check[] };
    const audit = (
      window as unknown as { axe?: { _audit?: { rules: Rule[]; checks: Record<string, { metadata?: { impact?: string } }> } } }
    ).axe?._audit;
    if (!audit) return [];
    const rank = ['minor', 'moderate', 'serious', 'critical'];
    const highest = (rule: Rule) => {
      if (rule.impact) return rank.indexOf(rule.impact);
      const checks = [...rule.any, ...rule.all, ...rule.none].map((c) => audit.checks[typeof c === 'string' ? c : c.id]);
      // a check without a known impact could be anything: the rule is kept
      return Math.max(...checks.map((c) => (c?.metadata?.impact ? rank.indexOf(c.metadata.impact) : rank.length)));
    };
    return audit.rules.filter((rule) => highest(rule) < rank.indexOf('serious')).map((rule) => rule.id);
  });

const skippedRules = new WeakMap<Page, string[]>();

/**
 * Serious and critical axe violations of the screen on display, as "rule: target" lines. With
 * `contentOnly`, only the app bar and the page's content are audited: the menu is the same on every
 * screen of a role, so the walk audits it (the whole page) once, on the dashboard.
 */
const seriousViolations = async (page: Page, contentOnly = false) => {
  const axe = new AxeBuilder({ page });
  if (contentOnly) axe.include('header').include('#main-content');
  const skipped = skippedRules.get(page);
  if (skipped?.length) axe.disableRules(skipped);
  const { violations } = await axe.analyze();
  if (!skipped) skippedRules.set(page, await rulesBelowSerious(page));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id}: ${n.target.join(' ')}`));
};

/** The tab title must name the screen ("Orders · Partners back-office"), not only the app. */
const titleProblems = async (page: Page) => {
  const title = await page.title();
  const screen = title.endsWith(` · ${APP_NAME}`) ? title.slice(0, -` · ${APP_NAME}`.length).trim() : '';
  return screen ? [] : [`generic page title "${title}"`];
};

/** Every screen of the role (menu screens, a record's show and edit pages), one page session. */
const auditEveryScreen = async (page: Page, size?: typeof PHONE) => {
  const found: Record<string, string[]> = {};
  let recordPages = 0;
  await walkScreens(
    page,
    async (path) => {
      const problems = [...(await seriousViolations(page, path !== '/')), ...(await titleProblems(page))];
      if (/[0-9a-f-]{36}/.test(path)) recordPages += 1;
      if (problems.length) found[path.replace(/[0-9a-f-]{36}/, ':id')] = problems;
      console.log(size ? 'phone' : 'desktop', path, JSON.stringify(problems));
    },
    size,
  );
  return { found, recordPages };
};

// Each role's screens are audited at both sizes by two walks side by side, each in its own page
// (its own renderer process) of one signed-in context: the walks only read, and axe keeps one core
// busy per page, so on two cores the pair takes little more than one walk.
for (const role of STAFF_ROLES) {
  test(`no serious accessibility violation and a named title on the ${role}'s screens (desktop, and phone 390 x 844)`, async ({
    page,
    context,
  }) => {
    test.setTimeout(900_000); // a cap for a loaded runner: one role took over 5 min at load 25 on 2 cores
    await loginAs(page, role);
    const phone = await context.newPage();
    await phone.goto(page.url());
    await expect(phone.getByTestId('identity-role')).toBeVisible();
    const [desktop, onPhone] = await Promise.all([auditEveryScreen(page), auditEveryScreen(phone, PHONE)]);
    expect({ desktop: desktop.found, phone: onPhone.found }).toEqual({ desktop: {}, phone: {} });
    // Both walks reach records (show and edit pages), not only the menu's screens.
    expect(desktop.recordPages, 'record pages audited on the desktop').toBeGreaterThan(0);
    expect(onPhone.recordPages, 'record pages audited on the phone').toBeGreaterThan(0);
  });
}

test('the audit of a walk still reports serious and critical violations once rules are skipped', async ({ page }) => {
  await loginAs(page, 'admin');
  expect(await seriousViolations(page)).toEqual([]); // the page's first audit: every rule
  await openScreen(page, '/products');
  // a button without a name (critical) and light grey text on white (serious), inside the content
  await page.locator('#main-content').evaluate((main) => {
    main.insertAdjacentHTML(
      'afterbegin',
      '<button id="canary-button"></button><p id="canary-text" style="color:#ccc;background:#fff">Barely readable</p>',
    );
  });
  const found = await seriousViolations(page, true);
  expect(found).toEqual(expect.arrayContaining(['button-name: #canary-button', 'color-contrast: #canary-text']));
});

test('the login page has no serious accessibility violation', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

/** The focused element's name (aria-label, form name or text) and whether it is a list row. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const name = el?.getAttribute('aria-label') || el?.getAttribute('name') || el?.textContent || '';
    return { name: name.trim(), row: el?.matches('tbody tr') ?? false };
  });

/** Presses Tab until the focused element matches; false when it is not reached within `presses`. */
const tabTo = async (page: Page, matches: (el: { name: string; row: boolean }) => boolean, presses = 60) => {
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return true;
  }
  return false;
};

test('a list, a record and a form are usable with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, 'admin');
  await openScreen(page, '/products');
  expect(await tabTo(page, ({ name }) => /Create/.test(name))).toBe(true);
  expect(await tabTo(page, ({ name }) => name === 'Export')).toBe(true);
  // A row of the list is a Tab stop, and Enter opens its record.
  expect(await tabTo(page, ({ row }) => row)).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/products\/[0-9a-f-]{36}\/show$/);
  // From the record, Edit is reached by Tab and opened with Enter.
  expect(await tabTo(page, ({ name }) => name === 'Edit')).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/products\/[0-9a-f-]{36}$/);
  await expect(page.locator('textarea[name="description"]')).toBeVisible({ timeout: 60_000 });
  // In the form: every field is on the Tab path, a field is typed in, Save is reached and Enter saves.
  const fields: string[] = [];
  expect(
    await tabTo(page, ({ name }) => {
      fields.push(name);
      return name === 'description';
    }),
  ).toBe(true);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Keyboard.');
  expect(
    await tabTo(page, ({ name }) => {
      fields.push(name);
      return /Save/.test(name);
    }),
  ).toBe(true);
  expect(fields).toEqual(expect.arrayContaining(['code', 'name', 'description', 'price_amount']));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Element updated')).toBeVisible();
});
