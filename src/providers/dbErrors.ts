/**
 * Turns database and API refusals (PostgREST / Postgres / network errors) into a sentence the
 * user understands. Pure: returns a translation key and its values; `toUserMessage` translates.
 */
export interface ErrorDescription {
  key: string;
  values?: Record<string, string>;
}

interface PostgrestBody {
  code?: string;
  message?: string;
  details?: string | null;
  hint?: string | null;
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

const constraintOf = (body: PostgrestBody): string | undefined =>
  /constraint "([^"]+)"/.exec(body.message ?? '')?.[1];

/** "Key (code)=(LLC_FORMATION) already exists." -> { field: 'code', value: 'LLC_FORMATION' } */
export const parseKeyDetails = (details: string | null | undefined) => {
  const match = /Key \(([^)]+)\)=\((.*)\)/.exec(details ?? '');
  return match ? { field: match[1]!, value: match[2]! } : undefined;
};

export const describeDbError = (error: unknown): ErrorDescription => {
  const body = asBody(error);
  const status = (error as { status?: number } | null)?.status;
  const message = (error as { message?: string } | null)?.message ?? '';
  const code = body.code;
  const constraint = constraintOf(body);
  if (constraint && CONSTRAINT_KEYS[constraint]) return { key: CONSTRAINT_KEYS[constraint] };

  switch (code) {
    case '23505': {
      const key = parseKeyDetails(body.details);
      return key
        ? { key: 'app.errors.duplicate_value', values: key }
        : { key: 'app.errors.duplicate' };
    }
    case '23503':
      return /still referenced/.test(body.details ?? '')
        ? { key: 'app.errors.still_referenced' }
        : { key: 'app.errors.missing_reference' };
    case '23502': {
      const column = /column "([^"]+)"/.exec(body.message ?? '')?.[1] ?? '';
      return { key: 'app.errors.required', values: { field: column } };
    }
    case '23514':
      return { key: 'app.errors.check' };
    case '23P01':
      return { key: 'app.errors.conflict' };
    case '22P02':
    case '22007':
    case '22008':
    case '22023':
    case '22003':
      return { key: 'app.errors.invalid_value' };
    case '42501':
      return { key: 'app.errors.forbidden' };
    case 'PGRST116':
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
      // Our own SQL functions raise sentences meant for users.
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

export const toUserMessage = (error: unknown, translate: Translate): string => {
  const { key, values } = describeDbError(error);
  if (key === 'app.errors.raw') return values?.message ?? translate('app.errors.generic');
  return translate(key, { ...values, _: translate('app.errors.generic') });
};
