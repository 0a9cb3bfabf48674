/** "Send reminder now" on an unpaid order: a manager e-mails a reminder through payment-reminders/send-now. */
import { expect, test } from '@playwright/test';
import { query } from './operations-support';
import { loginAs, siteUrl } from './support';

test('a manager sends a payment reminder now, and a second one within the minute is refused', async ({ page }) => {
  const [order] = await query<{ id: string }>(
    `select o.id from public.orders o
       join public.payment_links pl on pl.id = o.payment_link_id
       join public.profiles p on p.id = o.user_id
       left join auth.users u on u.id = o.user_id
      where o.status = 'PENDING' and pl.used_at is null and pl.cancelled_at is null
        and (pl.expires_at is null or pl.expires_at > now() + interval '1 hour')
        and coalesce(u.email, p.email) is not null
        and not exists (select 1 from public.payment_reminders r
                         where r.order_id = o.id and r.sent_at > now() - interval '2 minutes')
      order by o.created_at desc limit 1`,
  );
  expect(order, 'demo data has a remindable order').toBeTruthy();
  const countReminders = async () =>
    Number((await query<{ n: string }>('select count(*) as n from public.payment_reminders where order_id = $1', [order!.id]))[0]!.n);
  const before = await countReminders();

  await loginAs(page, 'manager');
  await page.goto(siteUrl(`/orders/${order!.id}/show`));
  await page.getByRole('button', { name: 'Send reminder now' }).click();
  await expect(page.getByText('E-mail a payment reminder to the customer now?')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('Reminder sent', { exact: true })).toBeVisible();
  expect(await countReminders()).toBe(before + 1);

  await page.getByRole('button', { name: 'Send reminder now' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText(/less than a minute ago/)).toBeVisible();
  expect(await countReminders()).toBe(before + 1);
});
