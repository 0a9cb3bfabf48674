/**
 * The columns GoTrue (supabase/auth internal/models: User, Identity) scans into non-nullable Go
 * values (string, time.Time, uuid.UUID, bool, int, JSONMap): a NULL in any of them makes hosted
 * GoTrue answer 500 "Database error querying schema" for that user.
 */
import type pg from 'pg';

export const GOTRUE_NON_NULL_USER_COLUMNS = [
  'instance_id',
  'id',
  'aud',
  'role',
  'confirmation_token',
  'recovery_token',
  'email_change_token_current',
  'email_change_token_new',
  'email_change',
  'phone_change_token',
  'phone_change',
  'reauthentication_token',
  'email_change_confirm_status',
  'raw_app_meta_data',
  'raw_user_meta_data',
  'created_at',
  'updated_at',
  'is_sso_user',
  'is_anonymous',
] as const;

export const GOTRUE_NON_NULL_IDENTITY_COLUMNS = [
  'id',
  'provider_id',
  'user_id',
  'identity_data',
  'provider',
  'created_at',
  'updated_at',
] as const;

export interface GoTrueReadProblem {
  userId: string;
  problem: string;
}

/** Users (optionally only `userIds`) GoTrue could not read: a NULL column, or no e-mail identity. */
export async function gotrueUnreadableUsers(client: pg.Client, userIds?: string[]): Promise<GoTrueReadProblem[]> {
  const filter = userIds ? 'where u.id = any($1::uuid[])' : '';
  const params = userIds ? [userIds] : [];
  const nullUser = GOTRUE_NON_NULL_USER_COLUMNS.map((c) => `case when u.${c} is null then '${c}' end`).join(', ');
  const { rows: users } = await client.query<GoTrueReadProblem>(
    `select u.id::text as "userId", 'auth.users.' || x.col || ' is null' as problem
     from auth.users u cross join lateral unnest(array[${nullUser}]) as x(col)
     ${filter} ${filter ? 'and' : 'where'} x.col is not null`,
    params,
  );
  const nullIdentity = GOTRUE_NON_NULL_IDENTITY_COLUMNS.map((c) => `case when i.${c} is null then '${c}' end`).join(', ');
  const { rows: identities } = await client.query<GoTrueReadProblem>(
    `select u.id::text as "userId", 'auth.identities.' || x.col || ' is null' as problem
     from auth.users u join auth.identities i on i.user_id = u.id
     cross join lateral unnest(array[${nullIdentity}]) as x(col)
     ${filter} ${filter ? 'and' : 'where'} x.col is not null`,
    params,
  );
  const { rows: missing } = await client.query<GoTrueReadProblem>(
    `select u.id::text as "userId", 'no email identity' as problem
     from auth.users u
     ${filter} ${filter ? 'and' : 'where'} u.email is not null
       and not exists (select 1 from auth.identities i where i.user_id = u.id and i.provider = 'email'
                        and i.provider_id = u.id::text and i.identity_data ->> 'email' = u.email)`,
    params,
  );
  return [...users, ...identities, ...missing];
}
