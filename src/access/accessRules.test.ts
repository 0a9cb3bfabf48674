import { describe, expect, it } from 'vitest';
import { ACCESS_RULES, canRoleAccess } from './accessRules';
import { AGENT_ROLES } from './roles';

describe('canRoleAccess (spec/product.md §2)', () => {
  it('gives nothing to a user without an active agent role', () => {
    for (const resource of Object.keys(ACCESS_RULES)) {
      expect(canRoleAccess(null, resource, 'list')).toBe(false);
      expect(canRoleAccess(undefined, resource, 'show')).toBe(false);
    }
  });

  it('lets every role read the catalog but only admins change it', () => {
    for (const resource of ['products', 'steps', 'document_types', 'product_steps']) {
      for (const role of AGENT_ROLES) {
        expect(canRoleAccess(role, resource, 'list')).toBe(true);
        expect(canRoleAccess(role, resource, 'show')).toBe(true);
        expect(canRoleAccess(role, resource, 'edit')).toBe(role === 'ADMIN');
        expect(canRoleAccess(role, resource, 'create')).toBe(role === 'ADMIN');
        expect(canRoleAccess(role, resource, 'delete')).toBe(role === 'ADMIN');
      }
    }
  });

  it('keeps reviewers out of sales', () => {
    for (const resource of ['payment_links', 'orders', 'payment_reminders']) {
      expect(canRoleAccess('REVIEWER', resource, 'list')).toBe(false);
      expect(canRoleAccess('AGENT', resource, 'list')).toBe(true);
    }
  });

  it('follows the business actions of each role', () => {
    expect(canRoleAccess('AGENT', 'payment_links', 'create')).toBe(true);
    expect(canRoleAccess('MANAGER', 'payment_links', 'create')).toBe(false);
    expect(canRoleAccess('MANAGER', 'orders', 'refund')).toBe(true);
    expect(canRoleAccess('AGENT', 'orders', 'refund')).toBe(false);
    expect(canRoleAccess('MANAGER', 'payment_reminders', 'send')).toBe(true);
    expect(canRoleAccess('MANAGER', 'step_instances', 'assign')).toBe(true);
    expect(canRoleAccess('AGENT', 'step_instances', 'assign')).toBe(false);
    expect(canRoleAccess('AGENT', 'step_instances', 'complete')).toBe(true);
    expect(canRoleAccess('REVIEWER', 'document_reviews', 'create')).toBe(true);
    expect(canRoleAccess('MANAGER', 'dossiers', 'edit')).toBe(true);
    expect(canRoleAccess('AGENT', 'dossiers', 'edit')).toBe(false);
    expect(canRoleAccess('ADMIN', 'profiles', 'edit')).toBe(true);
    expect(canRoleAccess('MANAGER', 'profiles', 'edit')).toBe(false);
    expect(canRoleAccess('ADMIN', 'agents', 'invite')).toBe(true);
    expect(canRoleAccess('MANAGER', 'agents', 'edit')).toBe(false);
  });

  it('lets only an ADMIN manage agents: AGENT, REVIEWER and MANAGER may only read the directory', () => {
    const manage = ['create', 'edit', 'delete', 'invite', 'deactivate', 'change_status'];
    for (const role of AGENT_ROLES) {
      expect(canRoleAccess(role, 'agents', 'list')).toBe(true);
      for (const action of manage) {
        expect(canRoleAccess(role, 'agents', action), `${role} ${action} agents`).toBe(
          role === 'ADMIN' && action !== 'delete' && action !== 'change_status',
        );
      }
    }
    expect(canRoleAccess('AGENT', 'agents.role', 'edit')).toBe(false);
  });

  it('lets every role read the team directory (agent_directory, what /agents lists for non-admins), never write it', () => {
    for (const role of AGENT_ROLES) {
      for (const action of ['list', 'show', 'read', 'export'])
        expect(canRoleAccess(role, 'agent_directory', action), `${role} ${action}`).toBe(true);
      for (const action of ['create', 'edit', 'delete', 'invite'])
        expect(canRoleAccess(role, 'agent_directory', action), `${role} ${action}`).toBe(false);
    }
    expect(canRoleAccess(null, 'agent_directory', 'list')).toBe(false);
  });

  it('treats "read" as "show", field-level resources as their resource, and refuses the unknown', () => {
    expect(canRoleAccess('AGENT', 'products', 'read')).toBe(true);
    expect(canRoleAccess('AGENT', 'products.price_amount', 'read')).toBe(true);
    expect(canRoleAccess('ADMIN', 'secrets', 'list')).toBe(false);
    expect(canRoleAccess('ADMIN', 'products', 'teleport')).toBe(false);
    expect(canRoleAccess('ADMIN', 'events', 'delete')).toBe(false);
  });
});
