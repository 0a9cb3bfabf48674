import { describe, expect, it } from 'vitest';
import { rowsIn } from '../test/exportFormat';
import { paymentLinkExportColumns } from './exporter';

const link = {
  id: 'l1',
  token: 'secret-token-abcdefghijklmnop',
  checkout_url: 'http://pay.example/secret-token-abcdefghijklmnop',
  created_at: '2026-08-16T22:47:18',
  prospect_name: 'Ada Lovelace',
  prospect_email: 'ada@example.com',
  product_id: 'p1',
  created_by: 'a1',
  expires_at: '2999-01-01T00:00:00',
  used_at: null,
  cancelled_at: null,
  // the database's computed field (public.status(payment_links)), which every read of a link carries
  status: 'active',
};
const related = { product_id: { p1: { id: 'p1', name: 'US LLC formation' } }, created_by: { a1: { id: 'a1', full_name: 'Sam Seller' } } };

describe('payment links export', () => {
  it('writes names, the status label and local dates, in French', () => {
    expect(rowsIn('fr', paymentLinkExportColumns, [link], related)).toEqual([
      {
        'Créé le': '16/08/2026 22:47:18',
        'Nom du prospect': 'Ada Lovelace',
        'E-mail du prospect': 'ada@example.com',
        Produit: 'US LLC formation',
        'Créé par': 'Sam Seller',
        Statut: 'Actif',
        'Expire le': '01/01/2999 00:00:00',
        'Utilisé le': '',
      },
    ]);
  });

  it('never writes the checkout token or link', () => {
    const text = JSON.stringify(rowsIn('en', paymentLinkExportColumns, [link], related));
    expect(text).not.toContain('secret-token');
    expect(text).not.toContain('l1');
  });
});
