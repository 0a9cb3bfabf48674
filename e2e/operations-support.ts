/** Arrangements of the operations end-to-end tests: dossiers at a given step, files in storage. */
import pg from 'pg';
import { e2eStack } from '../stack/testing/e2e-config';
import { buildDemoPdf } from '../stack/services/storage/demo-content';
import { serviceClient } from './support';

export const CUSTOMER_ID = 'c0000000-0000-4000-8000-000000000001';
export const CUSTOMER2_ID = 'c0000000-0000-4000-8000-000000000002';
export const AGENT_ID = 'a0000000-0000-4000-8000-000000000003';

export async function query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eStack().dbUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function backdateDocument(documentId: string, at: string): Promise<void> {
  const client = new pg.Client({ connectionString: e2eStack().dbUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    await client.query('update public.documents set updated_at = $2 where id = $1', [documentId, at]);
    await client.query('commit');
  } finally {
    await client.end();
  }
}

export interface ArrangedDossier {
  dossierId: string;
  stepInstanceIds: Record<string, string>;
}

/** An LLC_FORMATION dossier of `customerId` whose current step is `currentStep` (earlier steps completed). */
export async function arrangeDossier(
  customerId: string,
  currentStep: string,
  options: { assignedTo?: string | null } = {},
): Promise<ArrangedDossier> {
  const [dossier] = await query<{ id: string }>(
    `insert into public.dossiers (user_id, product_id, type, status)
     select $1, p.id, p.dossier_type, 'IN_PROGRESS' from public.products p where p.code = 'LLC_FORMATION'
     returning id`,
    [customerId],
  );
  const steps = await query<{ code: string; step_id: string; position: number }>(
    `select s.code, s.id as step_id, ps.position from public.product_steps ps
     join public.products p on p.id = ps.product_id join public.steps s on s.id = ps.step_id
     where p.code = 'LLC_FORMATION' order by ps.position`,
  );
  const currentPosition = steps.find((s) => s.code === currentStep)!.position;
  const ids: Record<string, string> = {};
  for (const step of steps) {
    const status = step.position < currentPosition ? 'COMPLETED' : step.position === currentPosition ? 'IN_PROGRESS' : 'PENDING';
    const [row] = await query<{ id: string }>(
      `insert into public.step_instances (dossier_id, step_id, status, assigned_to) values ($1, $2, $3, $4) returning id`,
      [dossier!.id, step.step_id, status, step.position === currentPosition ? (options.assignedTo ?? null) : null],
    );
    ids[step.code] = row!.id;
  }
  await query('update public.dossiers set current_step_instance_id = $2 where id = $1', [dossier!.id, ids[currentStep]]);
  return { dossierId: dossier!.id, stepInstanceIds: ids };
}

/** A document of the dossier for the step, with one version whose PDF is in the documents bucket. */
export async function arrangeDocument(
  dossier: ArrangedDossier,
  stepCode: string,
  typeCode: string,
  options: { status?: 'PENDING' | 'APPROVED'; uploadedAt?: string; fileName?: string } = {},
): Promise<{ documentId: string; versionId: string; path: string }> {
  const [doc] = await query<{ id: string }>(
    `insert into public.documents (dossier_id, document_type_id, step_instance_id, status)
     select $1, dt.id, $2, 'PENDING' from public.document_types dt where dt.code = $3 returning id`,
    [dossier.dossierId, dossier.stepInstanceIds[stepCode], typeCode],
  );
  const fileName = options.fileName ?? `${typeCode.toLowerCase()}.pdf`;
  const [version] = await query<{ id: string }>(
    `insert into public.document_versions (document_id, storage_path, uploaded_by_id, uploaded_by_type, file_name, mime_type, uploaded_at)
     values ($1, 'pending', (select user_id from public.dossiers where id = $2), 'USER', $3, 'application/pdf', coalesce($4::timestamptz, now()))
     returning id`,
    [doc!.id, dossier.dossierId, fileName, options.uploadedAt ?? null],
  );
  const path = `${dossier.dossierId}/${doc!.id}/${version!.id}-${fileName}`;
  await query('update public.document_versions set storage_path = $2 where id = $1', [version!.id, path]);
  // A new version puts its document back to PENDING (trigger): set the wanted status afterwards.
  if (options.status === 'APPROVED') await query(`update public.documents set status = 'APPROVED' where id = $1`, [doc!.id]);
  // The review queue lists PENDING documents by updated_at (the time their latest version came
  // in): a back-dated upload back-dates its document too (the updated_at trigger is off for it).
  if (options.uploadedAt) await backdateDocument(doc!.id, options.uploadedAt);
  const service = serviceClient();
  const { error } = await service.storage
    .from('documents')
    .upload(path, buildDemoPdf(`E2E ${fileName}`), { contentType: 'application/pdf' });
  if (error) throw new Error(`upload: ${error.message}`);
  return { documentId: doc!.id, versionId: version!.id, path };
}
