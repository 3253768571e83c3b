import { describe, expect, it } from 'vitest';
import { valuesFromContact } from './person-form';
import { applyLookup } from './person-service-api';

// SPEC PER-07: the external service's values fill the form; what it did not send stays as typed.
describe('applyLookup', () => {
  it('fills name, the first empty e-mail/phone box, the first address and custom fields', () => {
    const typed = { ...valuesFromContact({ document: '529.982.247-25', phone: '11 3456-7890' }), name: 'Jo' };
    const next = applyLookup(typed, {
      name: 'Joana Serviço',
      email: 'joana@example.com',
      phone: '11987654321',
      cep: '01310-100',
      cidade: 'São Paulo',
      uf: 'sp',
      'custom.plano': 'Premium',
    });
    expect(next.name).toBe('Joana Serviço');
    expect(next.document).toBe('529.982.247-25');
    expect(next.emails).toEqual(['joana@example.com']);
    expect(next.phones).toEqual(['11 3456-7890', '11987654321']);
    expect(next.addresses[0]).toMatchObject({ cep: '01310-100', cidade: 'São Paulo', uf: 'SP', logradouro: '' });
    expect(next.custom).toEqual({ plano: 'Premium' });
    expect(applyLookup(typed, {})).toEqual(typed);
  });
});
