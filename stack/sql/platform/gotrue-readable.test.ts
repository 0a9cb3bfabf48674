/**
 * Users that the running stack holds (seed.sql's, and those the auth service creates) are
 * readable by the real GoTrue: no NULL where GoTrue scans a non-nullable value, and an 'email'
 * identity for each (see gotrue-columns.ts).
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { getStack } from '../../testing/context';
import { createConfirmedUser, serviceClient, uniqueEmail } from '../../services/auth/test-helpers';
import { gotrueUnreadableUsers } from './gotrue-columns';

async function problems(userIds?: string[]) {
  const client = new pg.Client({ connectionString: getStack().dbUrl });
  await client.connect();
  try {
    return await gotrueUnreadableUsers(client, userIds);
  } finally {
    await client.end();
  }
}

describe('users as GoTrue reads them', () => {
  it('holds for the seeded demo accounts', async () => {
    const seeded = ['a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000005', 'c0000000-0000-4000-8000-000000000001'];
    expect(await problems(seeded)).toEqual([]);
  });

  it('holds for users the auth service creates (admin create, invite) and after an e-mail change', async () => {
    const admin = serviceClient();
    const created = await createConfirmedUser(admin, 'gotrue-readable');
    const invited = await admin.auth.admin.inviteUserByEmail(uniqueEmail('gotrue-invited'));
    expect(invited.error).toBeNull();
    const newEmail = uniqueEmail('gotrue-changed');
    const changed = await admin.auth.admin.updateUserById(created.id, { email: newEmail, email_confirm: true });
    expect(changed.error).toBeNull();
    expect(await problems([created.id, invited.data.user!.id])).toEqual([]);
  });

  it('fails when a user has a NULL token column or no identity (the check can fail)', async () => {
    const admin = serviceClient();
    const user = await createConfirmedUser(admin, 'gotrue-broken');
    const client = new pg.Client({ connectionString: getStack().dbUrl });
    await client.connect();
    try {
      await client.query('begin');
      await client.query('update auth.users set recovery_token = null where id = $1', [user.id]);
      await client.query('delete from auth.identities where user_id = $1', [user.id]);
      expect(await gotrueUnreadableUsers(client, [user.id])).toEqual([
        { userId: user.id, problem: 'auth.users.recovery_token is null' },
        { userId: user.id, problem: 'no email identity' },
      ]);
    } finally {
      await client.query('rollback');
      await client.end();
    }
  });
});
