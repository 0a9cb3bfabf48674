import { expect, test } from '@playwright/test';
import { loginAs, menuSections } from './support';

test('switching to French translates the menu and the lists, and is remembered', async ({ page }) => {
  await loginAs(page, 'admin');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();

  await expect(page.getByTestId('menu-section-sales')).toContainText('Ventes');
  expect(await menuSections(page)).toEqual({
    sales: ['Liens de paiement', 'Commandes', 'Relances de paiement'],
    operations: [
      'File de revue',
      'Affectation des étapes',
      'Mon travail',
      'Activité',
      'Dossiers',
      'Étapes de dossier',
      'Documents',
      'Versions de document',
      'Messages',
    ],
    catalog: ['Produits', 'Étapes', 'Types de document'],
    team: ['Agents', 'Clients'],
  });
  await expect(page.getByTestId('identity-role')).toHaveText('Administrateur');

  await page.getByRole('menuitem', { name: 'Produits' }).click();
  const headers = page.locator('thead th');
  await expect(headers.filter({ hasText: 'Nom' })).toHaveCount(1);
  await expect(headers.filter({ hasText: 'Type de dossier' })).toHaveCount(1);
  await expect(headers.filter({ hasText: 'Prix' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Exporter' })).toBeVisible();
  await expect(page.locator('tbody').getByText('LLC (US)').first()).toBeVisible();
  await expect(
    page
      .locator('tbody')
      .getByText(/999,00\s\$US/)
      .first(),
  ).toBeVisible();

  // Remembered across a reload.
  await page.reload();
  await expect(page.getByTestId('menu-section-catalog')).toContainText('Catalogue');
  await expect(headers.filter({ hasText: 'Prix' })).toHaveCount(1);
});
