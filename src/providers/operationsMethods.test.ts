/**
 * The request each operations screen sends (issue 9 item 2): the fast forms of
 * docs/performance.md §2, pinned so that a slow form cannot come back. A real supabase-js client
 * talks to a recording fetch.
 */
import { createClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import type { Database } from '../types/database.types';
import { createOperationsMethods } from './operationsMethods';

const API = 'http://api.test';
const DOSSIER = 'd0000000-0000-4000-8000-000000000001';

interface Sent {
  method: string;
  path: string;
  params: URLSearchParams;
  prefer: string | null;
  range: string | null;
  body: string | null;
}

function setup(answer: (sent: Sent) => unknown = () => []) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const headers = new Headers(init?.headers);
    const request: Sent = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      params: url.searchParams,
      prefer: headers.get('Prefer'),
      range: headers.get('Range'),
      body: typeof init?.body === 'string' ? init.body : null,
    };
    sent.push(request);
    return new Response(JSON.stringify(answer(request)), {
      status: 200,
      headers: { 'Content-Type': 'application/json', 'Content-Range': '0-0/7' },
    });
  };
  const client = createClient<Database>(API, 'anon-key', {
    global: { fetch },
    auth: { persistSession: false, storageKey: `ops-test-${sent.length}-${Math.random()}` },
  });
  return { methods: createOperationsMethods(client), sent };
}

/** Every filter / modifier of a request, as PostgREST reads them. */
const paramsOf = (request: Sent) => Object.fromEntries(request.params.entries());

describe('activity and timeline events', () => {
  it('filter by the indexed dossier_id column, never payload->>dossier_id', async () => {
    const { methods, sent } = setup();
    await methods.getActivityEvents({ dossierId: DOSSIER.toUpperCase(), eventType: 'STEP_COMPLETED' }, null);
    await methods.getDossierTimeline(DOSSIER);
    const events = sent.filter((r) => r.path === '/rest/v1/events');
    expect(events).toHaveLength(2);
    for (const request of events) {
      expect(request.params.get('dossier_id')).toBe(`eq.${DOSSIER}`);
      expect([...request.params.keys()].some((key) => key.includes('payload'))).toBe(false);
    }
    expect(paramsOf(events[0]!)).toMatchObject({ event_type: 'eq.STEP_COMPLETED', order: 'created_at.desc,id.desc', limit: '50' });
  });

  it('page after the last event with a keyset cursor', async () => {
    const { methods, sent } = setup();
    await methods.getActivityEvents({}, { created_at: '2026-01-01T00:00:00+00:00', id: 'e1' }, 50);
    expect(sent[0]!.params.get('or')).toBe(
      '(created_at.lt.2026-01-01T00:00:00+00:00,and(created_at.eq.2026-01-01T00:00:00+00:00,id.lt.e1))',
    );
  });
});

describe('the review queue', () => {
  it('lists PENDING documents oldest first with only their latest version embedded', async () => {
    const version = {
      id: 'v2',
      version_number: 2,
      file_name: 'a.pdf',
      mime_type: 'application/pdf',
      file_size_bytes: 1,
      storage_path: 'p',
      uploaded_at: '2026-01-01T00:00:00Z',
    };
    const { methods, sent } = setup(() => [
      {
        id: 'doc',
        status: 'PENDING',
        dossier_id: DOSSIER,
        updated_at: '2026-01-01T00:00:00Z',
        document_types: null,
        dossiers: null,
        document_versions: [version],
      },
      {
        id: 'empty',
        status: 'PENDING',
        dossier_id: DOSSIER,
        updated_at: '2026-01-01T00:00:00Z',
        document_types: null,
        dossiers: null,
        document_versions: [],
      },
    ]);
    const queue = await methods.getReviewQueue();
    expect(sent).toHaveLength(1);
    const request = sent[0]!;
    expect(request.path).toBe('/rest/v1/documents');
    expect(paramsOf(request)).toMatchObject({
      status: 'eq.PENDING',
      order: 'updated_at.asc,id.asc',
      'document_versions.order': 'version_number.desc',
      'document_versions.limit': '1',
      limit: '100',
    });
    expect(request.params.get('select')).toContain('document_versions(');
    expect(request.prefer).toContain('count=exact');
    expect(queue).toEqual({ rows: [expect.objectContaining({ id: 'doc', version })], total: 7 });
  });
});

describe('the dossier timeline', () => {
  it('reads reviews from the dossier_reviews view by dossier_id, without the deep embed', async () => {
    const { methods, sent } = setup();
    await methods.getDossierTimeline(DOSSIER);
    const paths = sent.map((r) => r.path).sort();
    expect(paths).toEqual(['/rest/v1/dossier_reviews', '/rest/v1/dossier_status_history', '/rest/v1/events', '/rest/v1/messages']);
    for (const request of sent) {
      expect(request.params.get('dossier_id')).toBe(`eq.${DOSSIER}`);
      expect(request.params.get('order')).toBe('created_at.desc');
      expect([...request.params.keys()].filter((key) => key.includes('.'))).toEqual([]);
    }
  });
});

describe('the step board read model', () => {
  const AS_OF = '2026-06-01T10:00:00.000Z';

  it('pages one column on the server with its exact count, on indexed columns split at asOf', async () => {
    const { methods, sent } = setup();
    const page = await methods.getStepBoardPage({ group: 'state', value: 'unassigned' }, {}, 25, 25, AS_OF);
    const request = sent[0]!;
    expect(request.path).toBe('/rest/v1/step_board');
    expect(paramsOf(request)).toMatchObject({
      assigned_to: 'is.null',
      due_order: `gte.${AS_OF}`,
      order: 'due_order.asc.nullslast,id.asc.nullslast',
      offset: '25',
      limit: '25',
    });
    // Never the computed columns (board_column, overdue): they cannot use an index.
    expect(request.params.has('board_column')).toBe(false);
    expect(request.params.has('overdue')).toBe(false);
    expect(request.prefer).toContain('count=exact');
    expect(page.total).toBe(7);
    expect(page.asOf).toBe(AS_OF);
  });

  it('searches through search_step_board (the trigram index), never an ilike on the view, with the same filters and page', async () => {
    const { methods, sent } = setup();
    await methods.getStepBoardPage({ group: 'state', value: 'overdue' }, { search: '  Jane  Doe ' }, 0, 25, AS_OF);
    const request = sent[0]!;
    expect(request.path).toBe('/rest/v1/rpc/search_step_board');
    expect(request.method).toBe('GET');
    expect(paramsOf(request)).toMatchObject({
      q: 'Jane  Doe',
      due_order: `lt.${AS_OF}`,
      order: 'due_order.asc.nullslast,id.asc.nullslast',
      offset: '0',
      limit: '25',
    });
    expect(request.params.has('search_text')).toBe(false);
    expect(request.prefer).toContain('count=exact');
  });

  it('splits overdue from assigned at the same moment, and filters by assignee, status, overdue', async () => {
    const { methods, sent } = setup();
    await methods.getStepBoardPage({ group: 'state', value: 'overdue' }, { assignee: 'a1', status: 'PENDING' }, 0, 25, AS_OF);
    await methods.getStepBoardPage({ group: 'state', value: 'assigned' }, {}, 0, 25, AS_OF);
    await methods.getStepBoardPage({ group: 'status', value: 'IN_PROGRESS' }, { assignee: 'none', overdueOnly: true }, 0, 25, AS_OF);
    expect(paramsOf(sent[0]!)).toMatchObject({
      due_order: `lt.${AS_OF}`,
      assigned_to: 'eq.a1',
      status: 'eq.PENDING',
      order: 'due_order.asc.nullslast,id.asc.nullslast',
    });
    expect(paramsOf(sent[1]!)).toMatchObject({ assigned_to: 'not.is.null', due_order: `gte.${AS_OF}` });
    expect(paramsOf(sent[2]!)).toMatchObject({ status: 'eq.IN_PROGRESS', assigned_to: 'is.null', due_order: `lt.${AS_OF}` });
    for (const request of sent) expect(request.params.has('board_column') || request.params.has('overdue')).toBe(false);
  });

  it('takes now as asOf for a first page', async () => {
    const { methods } = setup();
    const before = Date.now();
    const page = await methods.getStepBoardPage({ group: 'state', value: 'overdue' }, {}, 0, 25);
    expect(Date.parse(page.asOf)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(page.asOf)).toBeLessThanOrEqual(Date.now());
  });

  it('reads workloads and the assignable agents from their SQL views (no step rows)', async () => {
    const { methods, sent } = setup();
    await methods.getStepWorkloads();
    await methods.getAssignableAgents();
    expect(sent.map((r) => r.path)).toEqual(['/rest/v1/step_workloads', '/rest/v1/assignable_agents']);
  });
});

describe('files and dossier look-up', () => {
  it('signs a file of the documents bucket through the Storage API', async () => {
    const { methods, sent } = setup(() => ({ signedURL: '/object/sign/documents/d/x.pdf?token=t' }));
    const url = await methods.getDocumentSignedUrl('d/x.pdf');
    expect(sent[0]).toMatchObject({ method: 'POST', path: '/storage/v1/object/sign/documents/d/x.pdf' });
    expect(JSON.parse(sent[0]!.body!)).toEqual({ expiresIn: 60 });
    expect(url).toBe(`${API}/storage/v1/object/sign/documents/d/x.pdf?token=t`);
  });

  it('finds dossiers by customer or id prefix, and asks nothing for an empty term', async () => {
    const { methods, sent } = setup();
    expect(await methods.lookupDossiers('  ')).toEqual([]);
    await methods.lookupDossiers('Chloé d0000000');
    expect(sent).toHaveLength(1);
    expect(paramsOf(sent[0]!)).toMatchObject({ search_text: 'ilike.*chloé*d0000000*', limit: '10' });
  });
});
