import { describe, expect, it } from 'vitest';
import { rowsIn } from '../test/exportFormat';
import { documentVersionExportColumns } from './exporter';

const version = {
  id: 'version-uuid-1',
  document_id: 'document-uuid-1',
  dossier_id: 'dossier-uuid-1',
  version_number: 2,
  file_name: 'passport.pdf',
  file_size_bytes: 1536,
  mime_type: 'application/pdf',
  storage_path: 'dossier-uuid-1/document-uuid-1/secret-object-name.pdf',
  uploaded_at: '2026-08-16T22:47:18',
  uploaded_by_id: 'customer-uuid-1',
  uploaded_by_type: 'USER',
};
// the document (first hop), then its dossier and type (second hop, keyed via the document)
const related = {
  document_id: { 'document-uuid-1': { id: 'document-uuid-1', dossier_id: 'dossier-uuid-1', document_type_id: 'type-uuid-1' } },
  'document_id.dossier_id': { 'dossier-uuid-1': { id: 'dossier-uuid-1', type: 'CORP', customer: { full_name: 'Chloe Customer' } } },
  'document_id.document_type_id': { 'type-uuid-1': { id: 'type-uuid-1', label: 'Passport' } },
};

describe('document versions export', () => {
  it('names the dossier and document type, writes the size and uploader in words, in French', () => {
    expect(rowsIn('fr', documentVersionExportColumns, [version], related)).toEqual([
      {
        'Déposé le': '16/08/2026 22:47:18',
        Dossier: 'Chloe Customer · Société (US)',
        'Type de document': 'Passport',
        Version: 2,
        Fichier: 'passport.pdf',
        Taille: '1,5 KB',
        Type: 'application/pdf',
        'Déposé par': 'Client',
      },
    ]);
  });

  it('never writes the storage path or an id', () => {
    const text = JSON.stringify(rowsIn('en', documentVersionExportColumns, [version], related));
    expect(text).not.toContain('secret-object-name');
    expect(text).not.toMatch(/uuid/);
  });
});
