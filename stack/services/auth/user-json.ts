/** The user object as GoTrue serialises it (models.User), with a synthesised e-mail identity. */
import { createHash } from 'node:crypto';
import type { UserRow } from './users';

const iso = (value: Date | null) => (value ? value.toISOString() : undefined);

/** Stable identity id derived from the user id (there is no auth.identities table locally). */
function identityId(userId: string): string {
  const hex = createHash('sha256').update(`email-identity:${userId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function identities(user: UserRow) {
  if (!user.email) return [];
  return [
    {
      identity_id: identityId(user.id),
      id: user.id,
      user_id: user.id,
      identity_data: {
        email: user.email,
        email_verified: user.email_confirmed_at !== null,
        phone_verified: false,
        sub: user.id,
      },
      provider: 'email',
      last_sign_in_at: iso(user.last_sign_in_at) ?? iso(user.created_at),
      created_at: iso(user.created_at),
      updated_at: iso(user.updated_at),
      email: user.email,
    },
  ];
}

export function userJson(user: UserRow): Record<string, unknown> {
  const confirmedAt = [user.email_confirmed_at, user.phone_confirmed_at]
    .filter((d): d is Date => d !== null)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  const json: Record<string, unknown> = {
    id: user.id,
    aud: user.aud,
    role: user.role,
    email: user.email ?? '',
    email_confirmed_at: iso(user.email_confirmed_at),
    invited_at: iso(user.invited_at),
    phone: user.phone ?? '',
    phone_confirmed_at: iso(user.phone_confirmed_at),
    confirmation_sent_at: iso(user.confirmation_sent_at),
    confirmed_at: iso(confirmedAt ?? null),
    recovery_sent_at: iso(user.recovery_sent_at),
    last_sign_in_at: iso(user.last_sign_in_at),
    app_metadata: user.raw_app_meta_data,
    user_metadata: user.raw_user_meta_data,
    identities: identities(user),
    created_at: iso(user.created_at),
    updated_at: iso(user.updated_at),
    banned_until: iso(user.banned_until),
    deleted_at: iso(user.deleted_at),
    is_anonymous: user.is_anonymous,
  };
  // omitempty, like Go's encoder.
  for (const key of Object.keys(json)) if (json[key] === undefined) delete json[key];
  return json;
}
