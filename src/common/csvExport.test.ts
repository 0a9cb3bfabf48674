import type { RaRecord } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { fetchRelations, secondHopRecord } from './csvExport';

/** react-admin's fetchRelatedRecords over an in-memory table per resource. */
const fakeFetchRelated =
  (tables: Record<string, Record<string, RaRecord>>, calls: string[]) => async (records: RaRecord[], source: string, reference: string) => {
    calls.push(`${reference}:${records.map((r) => String(r[source])).join(',')}`);
    const table = tables[reference] ?? {};
    return Object.fromEntries(
      records.filter((r) => r[source] != null && table[String(r[source])]).map((r) => [String(r[source]), table[String(r[source])]!]),
    );
  };

describe('export relations', () => {
  it('follows a second hop through the records of the first one', async () => {
    const tables = {
      documents: { doc1: { id: 'doc1', document_type_id: 'dt1' } },
      document_types: { dt1: { id: 'dt1', label: 'Passport' } },
    };
    const calls: string[] = [];
    const versions = [{ id: 'v1', document_id: 'doc1' }];
    const related = await fetchRelations(
      versions,
      [
        { source: 'document_id', reference: 'documents' },
        { source: 'document_type_id', reference: 'document_types', via: 'document_id' },
      ],
      fakeFetchRelated(tables, calls),
    );
    expect(calls).toEqual(['documents:doc1', 'document_types:dt1']);
    expect(secondHopRecord(related, 'document_id', 'document_type_id', versions[0]!)).toEqual({ id: 'dt1', label: 'Passport' });
  });

  it('skips a second hop when the first one found nothing', async () => {
    const calls: string[] = [];
    const related = await fetchRelations(
      [{ id: 'v1', document_id: 'gone' }],
      [
        { source: 'document_id', reference: 'documents' },
        { source: 'document_type_id', reference: 'document_types', via: 'document_id' },
      ],
      fakeFetchRelated({}, calls),
    );
    expect(calls).toEqual(['documents:gone']);
    expect(related['document_id.document_type_id']).toEqual({});
  });
});
