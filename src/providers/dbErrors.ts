/**
 * Turns database and API refusals (PostgREST / Postgres / Edge Function / network errors) into a
 * sentence the user understands, naming the field in their language. Pure: `describeDbError`
 * returns a translation key, its values and the field (table + column); `toUserMessage`
 * translates, the field through react-admin's `resources.<table>.fields.<column>` labels.
 */
export interface FieldRef {
  table?: string;
  column: string;
}

export interface ErrorDescription {
  key: string;
  values?: Record<string, string>;
  field?: FieldRef;
}

interface PostgrestBody {
  code?: string;
  message?: string;
  details?: string | null;
  hint?: string | null;
  /** An Edge Function's validation refusal (supabase/functions/_shared/validate.ts). */
  field?: string;
  max?: number;
  resource?: string;
}

const asBody = (error: unknown): PostgrestBody => {
  if (!error || typeof error !== 'object') return {};
  const e = error as { body?: unknown; code?: unknown; message?: unknown; details?: unknown };
  if (e.body && typeof e.body === 'object') return e.body as PostgrestBody;
  // supabase-js PostgrestError: { code, message, details, hint }
  if (typeof e.code === 'string') return e as PostgrestBody;
  return {};
};

/** Constraint names of the v2 schema that deserve their own sentence. */
export const CONSTRAINT_KEYS: Record<string, string> = {
  price_amount_positive: 'app.errors.constraint.price_amount_positive',
  amount_positive: 'app.errors.constraint.amount_positive',
  position_positive: 'app.errors.constraint.position_positive',
  expires_after_creation: 'app.errors.constraint.expires_after_creation',
  token_format: 'app.errors.constraint.token_format',
  product_steps_product_id_position_key: 'app.errors.constraint.duplicate_position',
  product_steps_product_id_step_id_key: 'app.errors.constraint.duplicate_step',
  product_steps_estimated_duration_positive: 'app.errors.constraint.duration_positive',
  products_code_format: 'app.errors.constraint.code_format',
  products_currency_format: 'app.errors.constraint.currency_format',
  orders_currency_format: 'app.errors.constraint.currency_format',
  payment_links_prospect_email_format: 'app.errors.constraint.email_format',
  document_types_max_file_size_positive: 'app.errors.constraint.size_positive',
  payment_links_not_used_and_cancelled: 'app.errors.constraint.link_used_or_cancelled',
};

/** The length and range checks (20250601000850): the field they guard and its limit. */
const LIMIT_CONSTRAINTS: Record<string, { table: string; column: string; max: number; unit: 'chars' | 'value' }> = {
  products_name_length: { table: 'products', column: 'name', max: 200, unit: 'chars' },
  products_code_length: { table: 'products', column: 'code', max: 50, unit: 'chars' },
  products_description_length: { table: 'products', column: 'description', max: 2000, unit: 'chars' },
  products_stripe_ids_length: { table: 'products', column: 'stripe_price_id', max: 255, unit: 'chars' },
  products_price_amount_max: { table: 'products', column: 'price_amount', max: 1_000_000, unit: 'value' },
  steps_code_length: { table: 'steps', column: 'code', max: 50, unit: 'chars' },
  steps_label_length: { table: 'steps', column: 'label', max: 200, unit: 'chars' },
  steps_description_length: { table: 'steps', column: 'description', max: 2000, unit: 'chars' },
  document_types_code_length: { table: 'document_types', column: 'code', max: 50, unit: 'chars' },
  document_types_label_length: { table: 'document_types', column: 'label', max: 200, unit: 'chars' },
  document_types_description_length: { table: 'document_types', column: 'description', max: 2000, unit: 'chars' },
  document_types_max_file_size_max: { table: 'document_types', column: 'max_file_size_mb', max: 1024, unit: 'value' },
  product_steps_estimated_duration_max: { table: 'product_steps', column: 'estimated_duration_hours', max: 8760, unit: 'value' },
  payment_links_prospect_name_length: { table: 'payment_links', column: 'prospect_name', max: 200, unit: 'chars' },
  payment_links_prospect_email_length: { table: 'payment_links', column: 'prospect_email', max: 254, unit: 'chars' },
  agents_full_name_length: { table: 'agents', column: 'full_name', max: 200, unit: 'chars' },
};

/**
 * Sentences our own SQL functions raise (P0001 / 22023 / 23514 / P0002), in English: each gets a
 * translated key, so French users never read them raw.
 */
const RAISED_MESSAGE_KEYS: Record<string, string> = {
  'the documents this step requires are not all approved': 'app.errors.raised.documents_not_approved',
  'this step is already completed': 'app.errors.raised.step_completed',
  'a completed step cannot be reassigned': 'app.errors.raised.step_completed',
  'a step can be assigned only to an active agent': 'app.errors.raised.assignee_inactive',
  'this document version has already been reviewed': 'app.errors.raised.version_reviewed',
  'a newer version of this document exists: review that one': 'app.errors.raised.newer_version',
  'notes are required to reject a document (the customer is told why)': 'app.errors.raised.notes_required',
  'this payment link has been paid; refund the order instead': 'app.errors.raised.link_paid',
  'this order has no Stripe payment to refund': 'app.errors.raised.nothing_to_refund',
  'you may cancel only your own payment links': 'app.errors.raised.not_your_link',
  'product_id: this product is not active': 'app.errors.raised.product_inactive',
  'product_id: no such product': 'app.errors.raised.no_such_product',
  'expires_at must be at least 30 minutes in the future': 'app.errors.raised.expiry_too_soon',
  'You cannot change your own role or deactivate yourself': 'app.errors.raised.own_account',
};

/** Tables whose names start constraint names (`<table>_<column>_key`), longest first. */
const TABLES = [
  'dossier_status_history',
  'document_versions',
  'document_reviews',
  'payment_reminders',
  'document_types',
  'step_instances',
  'product_steps',
  'payment_links',
  'notifications',
  'products',
  'profiles',
  'dossiers',
  'documents',
  'messages',
  'orders',
  'agents',
  'events',
  'steps',
];

const constraintOf = (body: PostgrestBody): string | undefined => /constraint "([^"]+)"/.exec(body.message ?? '')?.[1];

const tableOf = (body: PostgrestBody, constraint?: string): string | undefined =>
  /relation "([^"]+)"/.exec(body.message ?? '')?.[1] ?? TABLES.find((t) => constraint?.startsWith(`${t}_`));

/** "Key (code)=(LLC_FORMATION) already exists." -> { field: 'code', value: 'LLC_FORMATION' } */
export const parseKeyDetails = (details: string | null | undefined) => {
  const match = /Key \(([^)]+)\)=\((.*)\)/.exec(details ?? '');
  return match ? { field: match[1]!.replace(/"/g, ''), value: match[2]! } : undefined;
};

/** `products_code_key` on products -> code (a unique constraint PostgreSQL named itself). */
const uniqueColumnOf = (constraint: string | undefined, table: string | undefined): string | undefined => {
  if (!constraint || !table || !constraint.startsWith(`${table}_`) || !constraint.endsWith('_key')) return undefined;
  const column = constraint.slice(table.length + 1, -'_key'.length);
  return column || undefined;
};

const describeFunctionRefusal = (body: PostgrestBody): ErrorDescription | undefined => {
  if (!body.field) return undefined;
  const field = { table: body.resource, column: body.field };
  switch (body.code) {
    case 'too_long':
      return { key: 'app.errors.too_long', values: { max: String(body.max ?? '') }, field };
    case 'invalid_email':
      return { key: 'app.errors.invalid_email', field };
    case 'required':
      return { key: 'app.errors.required', field };
    default:
      return { key: 'app.errors.invalid_field', field };
  }
};

export const describeDbError = (error: unknown): ErrorDescription => {
  const body = asBody(error);
  const status = (error as { status?: number } | null)?.status;
  const message = (error as { message?: string } | null)?.message ?? '';
  const code = body.code;
  const fromFunction = describeFunctionRefusal(body);
  if (fromFunction) return fromFunction;
  const constraint = constraintOf(body);
  if (constraint && CONSTRAINT_KEYS[constraint]) return { key: CONSTRAINT_KEYS[constraint] };
  const limit = constraint ? LIMIT_CONSTRAINTS[constraint] : undefined;
  if (limit) {
    return {
      key: limit.unit === 'chars' ? 'app.errors.too_long' : 'app.errors.too_large',
      values: { max: limit.max.toLocaleString('en-US') },
      field: { table: limit.table, column: limit.column },
    };
  }
  const raised = RAISED_MESSAGE_KEYS[body.message ?? ''];
  if (raised) return { key: raised };
  const table = tableOf(body, constraint);

  switch (code) {
    case '23505': {
      const key = parseKeyDetails(body.details);
      if (key && !key.field.includes(',')) {
        return { key: 'app.errors.duplicate_value', values: { value: key.value }, field: { table, column: key.field } };
      }
      const column = uniqueColumnOf(constraint, table);
      return column ? { key: 'app.errors.duplicate_field', field: { table, column } } : { key: 'app.errors.duplicate' };
    }
    case '23503':
      return /still referenced/.test(body.details ?? '') ? { key: 'app.errors.still_referenced' } : { key: 'app.errors.missing_reference' };
    case '23502': {
      const column = /column "([^"]+)"/.exec(body.message ?? '')?.[1] ?? '';
      return { key: 'app.errors.required', field: { table, column } };
    }
    case '23514':
      return { key: 'app.errors.check' };
    case '23P01':
      return { key: 'app.errors.conflict' };
    case '22001': {
      // value too long for type character varying(n)
      const max = /\((\d+)\)/.exec(body.message ?? '')?.[1] ?? '';
      return { key: 'app.errors.too_long_unnamed', values: { max } };
    }
    case '22P02':
    case '22007':
    case '22008':
    case '22023':
    case '22003':
      return { key: 'app.errors.invalid_value' };
    case '42501':
      return { key: 'app.errors.forbidden' };
    case 'PGRST116':
    case 'P0002':
      return { key: 'app.errors.not_found_or_forbidden' };
    case 'PGRST202':
    case '42883':
      return { key: 'app.errors.unavailable' };
    case '40001':
    case '40P01':
      return { key: 'app.errors.concurrent' };
    case '57014':
      return { key: 'app.errors.timeout' };
    case 'PGRST301':
    case 'PGRST302':
    case 'PGRST303':
      return { key: 'app.errors.session' };
    case 'P0001':
      // Our own SQL functions raise sentences meant for users; unknown ones are shown as they are.
      return body.message ? { key: 'app.errors.raw', values: { message: body.message } } : { key: 'app.errors.generic' };
  }
  if (status === 401) return { key: 'app.errors.session' };
  if (status === 403) return { key: 'app.errors.forbidden' };
  if (status === 404) return { key: 'app.errors.not_found_or_forbidden' };
  if (status === 409) return { key: 'app.errors.duplicate' };
  if (/Failed to fetch|NetworkError|fetch failed|Load failed/i.test(message)) {
    return { key: 'app.errors.network' };
  }
  return { key: 'app.errors.generic' };
};

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The label a form shows for a column: `resources.<table>.fields.<column>`, else the column in words. */
export const fieldLabel = (field: FieldRef, translate: Translate): string => {
  const fallback = field.column.replace(/_/g, ' ');
  return field.table ? translate(`resources.${field.table}.fields.${field.column}`, { _: fallback }) : fallback;
};

export const toUserMessage = (error: unknown, translate: Translate): string => {
  const { key, values, field } = describeDbError(error);
  if (key === 'app.errors.raw') return values?.message ?? translate('app.errors.generic');
  const named = field ? { field: fieldLabel(field, translate) } : {};
  return translate(key, { ...values, ...named, _: translate('app.errors.generic') });
};
