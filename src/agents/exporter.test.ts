import { describe, expect, it } from 'vitest';
import { rowsIn } from '../test/exportFormat';
import { agentExportColumns } from './exporter';

describe('agents export', () => {
  it('writes the role label and yes/no in French', () => {
    const agent = {
      id: 'a1',
      full_name: 'Sam Seller',
      email: 'sam@example.com',
      role: 'ADMIN',
      active: false,
      created_at: '2026-08-16T22:47:18',
    };
    expect(rowsIn('fr', agentExportColumns, [agent])).toEqual([
      { Nom: 'Sam Seller', 'E-mail': 'sam@example.com', Rôle: 'Administrateur', Actif: 'Non', 'Créé le': '16/08/2026 22:47:18' },
    ]);
  });
});
