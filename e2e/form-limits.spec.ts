/**
 * Form limits (issue 12, src/common/limits.ts): a product name one character over the limit is
 * refused in the form, under the Name field, in English and in French, and nothing is saved; a
 * price typed in currency units is kept in cents and shown back in units.
 */
import { expect, test, type Page } from '@playwright/test';
import { loginAs, serviceClient, siteUrl } from './support';

const SUFFIX = Date.now().toString(36).toUpperCase();
const TOO_LONG_CODE = `E2E_LIMIT_${SUFFIX}`;
const PRICED_CODE = `E2E_PRICE_${SUFFIX}`;

// Measured 39 s and 52 s alone, over the 60 s budget while the 2-core runner is busy (the lazy
// create form took over 15 s to appear): the slow-test budget, as catalog.spec.ts has.
test.slow();

test.afterAll(async () => {
  await serviceClient().from('products').delete().in('code', [TOO_LONG_CODE, PRICED_CODE]);
});

const savedProducts = async (code: string) =>
  (await serviceClient().from('products').select('id, price_amount').eq('code', code)).data ?? [];

async function fillProduct(
  page: Page,
  labels: { code: string; name: string; type: string; typeOption: string; price: string },
  values: { code: string; name: string; price: string },
) {
  // the create form is a lazy chunk: on a loaded runner it took over 15 s to appear
  await expect(page.getByRole('textbox', { name: labels.name })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('textbox', { name: labels.code }).fill(values.code);
  await page.getByRole('textbox', { name: labels.name }).fill(values.name);
  await page.getByRole('combobox', { name: labels.type }).click();
  await page.getByRole('option', { name: labels.typeOption }).click();
  await page.getByRole('spinbutton', { name: labels.price }).fill(values.price);
}

test('a 201-character product name is refused under the Name field, in English and in French, and nothing is saved', async ({ page }) => {
  await loginAs(page, 'admin');
  await page.goto(siteUrl('/products/create'));
  const english = { code: 'Code', name: 'Name', type: 'Dossier type', typeOption: 'US LLC', price: 'Price' };
  await fillProduct(page, english, { code: TOO_LONG_CODE, name: 'N'.repeat(201), price: '10' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('At most 200 characters');
  await expect(page).toHaveURL(/\/products\/create$/);

  // At the limit exactly, the message goes away (the same number as the database's check).
  await page.getByRole('textbox', { name: 'Name' }).fill('N'.repeat(200));
  await expect(page.getByRole('textbox', { name: 'Name' })).not.toHaveAccessibleDescription('At most 200 characters');

  // react-admin's stored locale (as the language menu sets it), read by the next page load
  await page.evaluate(() => window.localStorage.setItem('RaStorepartners-backoffice.locale', JSON.stringify('fr')));
  await page.goto(siteUrl('/products/create'));
  const french = { code: 'Code', name: 'Nom', type: 'Type de dossier', typeOption: 'LLC (US)', price: 'Prix' };
  await fillProduct(page, french, { code: TOO_LONG_CODE, name: 'N'.repeat(201), price: '10' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('textbox', { name: 'Nom' })).toHaveAccessibleDescription('200 caractères au plus');
  await expect(page).toHaveURL(/\/products\/create$/);

  expect(await savedProducts(TOO_LONG_CODE)).toEqual([]);
});

test('a price typed in currency units is stored in cents and shown back in units', async ({ page }) => {
  await loginAs(page, 'admin');
  await page.goto(siteUrl('/products/create'));
  await fillProduct(
    page,
    { code: 'Code', name: 'Name', type: 'Dossier type', typeOption: 'US LLC', price: 'Price' },
    { code: PRICED_CODE, name: `E2E priced ${SUFFIX}`, price: '1234.5' },
  );
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/products\/[0-9a-f-]{36}$/);
  await expect.poll(async () => (await savedProducts(PRICED_CODE)).map((p) => p.price_amount)).toEqual([123450]);
  // the edit form shows units again, and the product page the amount in the currency
  await expect(page.getByRole('spinbutton', { name: 'Price' })).toHaveValue('1234.5');
  const id = page.url().split('/').pop()!;
  await page.goto(siteUrl(`/products/${id}/show`));
  await expect(page.getByText('$1,234.50')).toBeVisible();
});
