import { describe, expect, it } from 'vitest';
import type { GetListParams } from 'react-admin';
import { withoutEmbeds } from './listEmbeds';
import { toListRequest } from './listRequests';

const params = (over: Partial<GetListParams> = {}): GetListParams => ({
  pagination: { page: 1, perPage: 25 },
  sort: { field: 'created_at', order: 'DESC' },
  filter: {},
  ...over,
});

describe('list requests as the SPA sends them', () => {
  it('asks every list for the exact count (never estimated or planned)', () => {
    for (const resource of ['orders', 'dossiers', 'events', 'document_versions', 'payment_links', 'products']) {
      expect(toListRequest(resource, params()).params.meta?.headers).toEqual({ Prefer: 'count=exact' });
    }
  });

  it('sends the search box of orders, dossiers, customers and payment links to their trigram search function', () => {
    const orders = toListRequest('orders', params({ filter: { q: '  chloe cust ', status: 'PAID' } }));
    expect(orders.resource).toBe('rpc/search_orders');
    expect(orders.params.filter).toEqual({ 'q@': 'chloe cust', status: 'PAID' });
    expect(toListRequest('dossiers', params({ filter: { q: 'x' } })).resource).toBe('rpc/search_dossiers');
    expect(toListRequest('profiles', params({ filter: { q: 'x' } })).resource).toBe('rpc/search_profiles');
    // the link's status is the database's computed field (public.status(payment_links)), filtered as is
    expect(toListRequest('payment_links', params({ filter: { q: 'x', status: 'used' } })).params.filter).toEqual({
      'q@': 'x',
      status: 'used',
    });
  });

  it('keeps a blank search on the table, and other lists’ search as an ilike on their columns', () => {
    expect(toListRequest('orders', params({ filter: { q: '   ' } })).resource).toBe('orders');
    const products = toListRequest('products', params({ filter: { q: 'llc' } }));
    expect(products.resource).toBe('products');
    expect(products.params.filter).toEqual({ 'and@': '(or(code.ilike."*llc*",name.ilike."*llc*"))' });
  });

  it('sorts by the label a reference column shows, through a to-one embed', () => {
    const request = toListRequest('orders', params({ sort: { field: 'customer.full_name', order: 'ASC' } }));
    expect(request.params.sort).toEqual({ field: 'customer(full_name)', order: 'ASC' });
    expect(request.params.meta?.columns).toEqual(['*', 'customer:profiles!user_id(full_name)']);
    const steps = toListRequest('step_instances', params({ sort: { field: 'step.label', order: 'DESC' } }));
    expect(steps.params.sort?.field).toBe('step(label)');
    expect(steps.params.meta?.columns).toEqual(['*', 'step:steps!step_id(label)']);
  });

  it('leaves a sort on an unknown relation or a plain column alone', () => {
    expect(toListRequest('orders', params({ sort: { field: 'nobody.name', order: 'ASC' } })).params.sort?.field).toBe('nobody.name');
    expect(toListRequest('products', params({ sort: { field: 'name', order: 'ASC' } })).params.meta?.columns).toBeUndefined();
  });

  it('embeds the labels that name dossiers, orders and step instances', () => {
    expect(toListRequest('dossiers', params()).params.meta?.columns).toEqual(['*', 'customer:profiles!user_id(full_name)']);
    expect(toListRequest('products', params()).params.meta?.columns).toBeUndefined();
  });

  it('writes a record without the embeds a list added', () => {
    expect(
      withoutEmbeds('dossiers', { id: 'd1', status: 'OPEN', customer: { full_name: 'X' }, product: { name: 'P' } }, ['product']),
    ).toEqual({ id: 'd1', status: 'OPEN' });
  });
});
