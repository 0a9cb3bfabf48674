import { describe, expect, it } from 'vitest';
import { rowsIn } from '../test/exportFormat';
import { messageExportColumns } from './exporter';

const message = {
  id: 'message-uuid-1',
  dossier_id: 'dossier-uuid-1',
  sender_id: 'agent-uuid-1',
  sender_type: 'AGENT',
  body: 'Please upload your passport.',
  attachments: [{ path: 'dossier-uuid-1/secret-attachment.pdf', name: 'checklist.pdf' }],
  created_at: '2026-08-16T22:47:18',
  read_at: null,
};
const related = { dossier_id: { 'dossier-uuid-1': { id: 'dossier-uuid-1', type: 'DUBAI', customer: { full_name: 'Chloe Customer' } } } };

describe('messages export', () => {
  it('names the dossier and the sender kind, keeps the text, counts the attachments', () => {
    expect(rowsIn('en', messageExportColumns, [message], related)).toEqual([
      {
        Sent: '8/16/2026, 10:47:18 PM',
        Dossier: 'Chloe Customer · Dubai setup',
        Sender: 'Agent',
        Message: 'Please upload your passport.',
        Read: '',
        Attachments: 1,
      },
    ]);
  });

  it('titles the columns in French and never writes an attachment path or an id', () => {
    const rows = rowsIn('fr', messageExportColumns, [message], related);
    expect(rows[0]).toMatchObject({ 'Envoyé le': '16/08/2026 22:47:18', Expéditeur: 'Agent', 'Pièces jointes': 1 });
    const text = JSON.stringify(rows);
    expect(text).not.toContain('secret-attachment');
    expect(text).not.toMatch(/uuid/);
  });
});
