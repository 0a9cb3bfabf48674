/**
 * refunds (managers and admins refund through Stripe; REFUNDED when Stripe confirms) and team
 * (admins invite agents with a role, change roles, deactivate and reactivate).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractLinks, waitForMail } from '../../stack/services/mail/client';
import { accessToken, callFunction, closeDb, config, ordersOf, productId, q, unique } from './payments-helpers';

afterAll(closeDb);

const checkout = () => `http://127.0.0.1:${config().ports.checkout}`;

async function paidOrder() {
  const created = await callFunction<{ id: string; stripe_checkout_session_id: string }>('payment-links', {
    token: await accessToken('agent@example.com'),
    body: { product_id: await productId(), prospect_email: `${unique('refund')}@example.test` },
  });
  expect(created.status).toBe(201);
  await fetch(`${checkout()}/pay/${created.body.stripe_checkout_session_id}/pay`, {
    method: 'POST',
    headers: { accept: 'application/json' },
  });
  const [order] = await ordersOf(created.body.id);
  expect(order?.status).toBe('PAID');
  return order!;
}

async function waitForStatus(orderId: string, status: string) {
  await vi.waitFor(
    async () => {
      const [row] = await q<{ status: string }>('select status from public.orders where id = $1', [orderId]);
      expect(row?.status, `order ${orderId}`).toBe(status);
    },
    { timeout: 5_000, interval: 100 },
  );
}

describe('refunds', () => {
  it('a manager refunds a paid order through Stripe; it becomes REFUNDED when Stripe confirms', async () => {
    const order = await paidOrder();
    const answer = await callFunction('refunds', { token: await accessToken('manager@example.com'), body: { order_id: order.id } });
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ order_id: order.id, refund_status: 'succeeded', amount: order.amount });
    await waitForStatus(order.id, 'REFUNDED');
    const [row] = await q('select refunded_at from public.orders where id = $1', [order.id]);
    expect(row?.refunded_at).not.toBeNull();
    expect(await q(`select 1 from public.events where entity_id = $1 and event_type = 'PAYMENT_REFUNDED'`, [order.id])).toHaveLength(1);

    const again = await callFunction('refunds', { token: await accessToken('admin@example.com'), body: { order_id: order.id } });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatch(/only PAID orders/);
  });

  it('agents and reviewers may not refund; bad input is refused', async () => {
    const order = await paidOrder();
    for (const email of ['agent@example.com', 'reviewer@example.com']) {
      const answer = await callFunction('refunds', { token: await accessToken(email), body: { order_id: order.id } });
      expect(answer.status, email).toBe(403);
    }
    expect((await callFunction('refunds', { token: null, body: { order_id: order.id } })).status).toBe(401);
    const manager = await accessToken('manager@example.com');
    expect((await callFunction('refunds', { token: manager, body: { order_id: 'x' } })).status).toBe(400);
    expect((await callFunction('refunds', { token: manager, body: { order_id: order.id, reason: 'bored' } })).status).toBe(400);
    expect((await callFunction('refunds', { token: manager, body: { order_id: '00000000-0000-4000-8000-000000000000' } })).status).toBe(
      404,
    );
    expect(
      (
        await ordersOf(
          (await q<{ payment_link_id: string }>('select payment_link_id from public.orders where id = $1', [order.id]))[0]!.payment_link_id,
        )
      )[0]?.status,
    ).toBe('PAID');
  });
});

describe('team', () => {
  const signIn = (email: string, password: string) =>
    fetch(`${config().apiUrl}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { apikey: config().anonKey, 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
  let admin: string;
  beforeAll(async () => {
    admin = await accessToken('admin@example.com');
  });

  it('only admins manage the team', async () => {
    const manager = await accessToken('manager@example.com');
    const answer = await callFunction('team', {
      path: '/invite',
      token: manager,
      body: { email: `${unique('x')}@example.test`, role: 'AGENT' },
    });
    expect(answer.status).toBe(403);
    expect((await callFunction('team', { path: '/invite', token: null, body: {} })).status).toBe(401);
  });

  it('invites an agent with a role; the e-mail link lets them set a password and sign in with that role', async () => {
    const email = `${unique('newagent')}@example.test`;
    const since = new Date(Date.now() - 1000);
    const invited = await callFunction<{ id: string; role: string; active: boolean }>('team', {
      path: '/invite',
      token: admin,
      body: { email, role: 'REVIEWER', full_name: 'Nina New' },
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ role: 'REVIEWER', active: true });
    const [agent] = await q('select role, active, email, full_name from public.agents where id = $1', [invited.body.id]);
    expect(agent).toMatchObject({ role: 'REVIEWER', active: true, email, full_name: 'Nina New' });

    const mail = await waitForMail(config().mailWebUrl, { to: email, since });
    const link = extractLinks(mail).find((url) => url.includes('/verify'));
    expect(link).toBeDefined();
    expect(decodeURIComponent(link!)).toContain(`${config().siteUrl}/set-password`);
    const verified = await fetch(link!, { redirect: 'manual' });
    expect([302, 303]).toContain(verified.status);
    const location = verified.headers.get('location') ?? '';
    expect(location.startsWith(`${config().siteUrl}/set-password`)).toBe(true);
    const fragment = new URLSearchParams(location.split('#')[1] ?? '');
    const token = fragment.get('access_token');
    expect(token).toBeTruthy();
    const set = await fetch(`${config().apiUrl}/auth/v1/user`, {
      method: 'PUT',
      headers: { apikey: config().anonKey, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'a-new-password-123' }),
    });
    expect(set.status).toBe(200);
    expect((await signIn(email, 'a-new-password-123')).status).toBe(200);

    const again = await callFunction('team', { path: '/invite', token: admin, body: { email, role: 'AGENT' } });
    expect(again.status).toBe(409);
  });

  it('refuses bad invitations with 400', async () => {
    expect((await callFunction('team', { path: '/invite', token: admin, body: { email: 'nope', role: 'AGENT' } })).status).toBe(400);
    expect(
      (await callFunction('team', { path: '/invite', token: admin, body: { email: `${unique('x')}@example.test`, role: 'BOSS' } })).status,
    ).toBe(400);
  });

  it('changes a role and deactivates / reactivates an agent, effective at once', async () => {
    const email = `${unique('member')}@example.test`;
    const invited = await callFunction<{ id: string }>('team', { path: '/invite', token: admin, body: { email, role: 'AGENT' } });
    const id = invited.body.id;
    await q(
      `update auth.users set encrypted_password = (select encrypted_password from auth.users where email = 'agent@example.com'),
             email_confirmed_at = now() where id = $1`,
      [id],
    );
    const token = ((await (await signIn(email, 'password123')).json()) as { access_token: string }).access_token;
    const sell = () =>
      callFunction('payment-links', { token, body: { product_id: '00000000-0000-4000-8000-000000000000', prospect_email: 'a@b.co' } });
    expect((await sell()).status).toBe(400); // an AGENT may sell: only the product is wrong

    const role = await callFunction('team', { path: '/role', token: admin, body: { agent_id: id, role: 'MANAGER' } });
    expect(role.status).toBe(200);
    expect(role.body.role).toBe('MANAGER');
    expect((await sell()).status).toBe(403); // managers do not sell; same token, new role

    const off = await callFunction('team', { path: '/deactivate', token: admin, body: { agent_id: id } });
    expect(off.body).toMatchObject({ active: false });
    const [user] = await q<{ banned_until: Date | null }>('select banned_until from auth.users where id = $1', [id]);
    expect(user!.banned_until!.getTime()).toBeGreaterThan(Date.now());
    expect((await signIn(email, 'password123')).status).toBe(400);
    expect((await sell()).status).not.toBe(400);

    const on = await callFunction('team', { path: '/reactivate', token: admin, body: { agent_id: id } });
    expect(on.body).toMatchObject({ active: true });
    expect((await signIn(email, 'password123')).status).toBe(200);
  });

  it('an admin cannot demote or deactivate themselves (403, nothing changes); unknown agents are 404', async () => {
    const [me] = await q<{ id: string }>(`select id from public.agents where email = 'admin@example.com'`);
    const demote = await callFunction<{ error: string }>('team', {
      path: '/role',
      token: admin,
      body: { agent_id: me!.id, role: 'AGENT' },
    });
    expect(demote.status).toBe(403);
    expect(demote.body.error).toMatch(/own role/);
    expect((await callFunction('team', { path: '/deactivate', token: admin, body: { agent_id: me!.id } })).status).toBe(403);
    expect((await q('select role, active from public.agents where id = $1', [me!.id]))[0]).toEqual({ role: 'ADMIN', active: true });
    expect(
      (
        await callFunction('team', {
          path: '/role',
          token: admin,
          body: { agent_id: '00000000-0000-4000-8000-000000000000', role: 'AGENT' },
        })
      ).status,
    ).toBe(404);
  });
});
