import { describe, expect, it } from 'vitest';
import { rowsIn } from '../test/exportFormat';
import { productExportColumns } from './exporter';

describe('products export', () => {
  it('writes the price in currency units and labels in French', () => {
    const product = {
      id: 'p1',
      code: 'LLC_FORMATION',
      name: 'US LLC formation',
      dossier_type: 'LLC',
      price_amount: 99900,
      currency: 'USD',
      active: true,
      updated_at: '2026-08-16T22:47:18',
    };
    expect(rowsIn('fr', productExportColumns, [product])).toEqual([
      {
        Code: 'LLC_FORMATION',
        Nom: 'US LLC formation',
        'Type de dossier': 'LLC (US)',
        Prix: '999,00\u00a0$US',
        Actif: 'Oui',
        'Modifié le': '16/08/2026 22:47:18',
      },
    ]);
  });
});
