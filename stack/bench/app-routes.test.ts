import { describe, expect, it } from 'vitest';
import { appScreens, routeOf } from './app-routes';

describe('the app screens the bench captures', () => {
  const screens = appScreens();
  const routes = screens.map((s) => `${s.kind} ${s.route}`);

  it('reads the resources of src/App.tsx with the pages their modules declare', () => {
    expect(routes).toContain('list /orders');
    expect(routes).toContain('show /orders/:id/show');
    expect(routes).not.toContain('edit /orders/:id'); // orders have no edit page
    expect(routes).toContain('edit /dossiers/:id');
    expect(routes).toContain('create /agents/create');
    // Resources without pages (references only) are not screens.
    expect(routes.some((r) => r.includes('/events'))).toBe(false);
  });

  it('reads the custom routes inside the layout and the dashboard, not the public pages', () => {
    expect(routes).toContain('dashboard /');
    expect(routes).toEqual(expect.arrayContaining(['custom /review-queue', 'custom /step-board', 'custom /my-work', 'custom /activity']));
    expect(routes.some((r) => r.includes('payment-complete') || r.includes('set-password'))).toBe(false);
  });

  it('maps a visited path back to its route', () => {
    expect(routeOf('/orders/123/show', screens)).toBe('/orders/:id/show');
    expect(routeOf('/agents/create', screens)).toBe('/agents/create');
    expect(routeOf('/dossiers/abc', screens)).toBe('/dossiers/:id');
    expect(routeOf('/nowhere', screens)).toBeUndefined();
  });
});
