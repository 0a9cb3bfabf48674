import { describe, expect, it } from 'vitest';
import { dossierLabel, orderLabel, stepInstanceLabel } from './referenceLabels';

describe('reference labels: names, not ids', () => {
  it('names a dossier by its customer and type, an order by its customer, a step instance by its step', () => {
    expect(dossierLabel({ id: '08981d2c-0000', type: 'VISA', customer: { full_name: 'Chloe Customer' } })).toBe('Chloe Customer · VISA');
    expect(orderLabel({ id: '1a2b3c4d-0000', customer: { full_name: 'Chloe Customer' } })).toBe('Chloe Customer #1a2b3c4d');
    expect(stepInstanceLabel({ id: '08981d2c-0000', status: 'IN_PROGRESS', step: { label: 'Identity check' } })).toBe('Identity check');
  });

  it('falls back to the short id where a row was read without its label', () => {
    expect(dossierLabel({ id: '08981d2c-0000', type: 'VISA' })).toBe('VISA #08981d2c');
    expect(stepInstanceLabel({ id: '08981d2c-0000', status: 'IN_PROGRESS', step: null })).toBe('IN_PROGRESS #08981d2c');
  });
});
