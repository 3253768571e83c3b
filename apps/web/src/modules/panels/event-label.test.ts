import { i18nResources } from '@atende/shared/i18n';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventLabel } from './event-label';

const t = i18next.createInstance();
beforeAll(() => t.init({ resources: i18nResources, lng: 'pt-BR', interpolation: { escapeValue: false } }));

describe('event labels (PAN-05)', () => {
  it("names the seed's interactions in pt-BR", () => {
    expect(eventLabel(t.t, 'sla_incremented')).toBe('Alteração de SLA');
    expect(eventLabel(t.t, 'subprocess_started', { subprocessName: 'Vistoria' })).toBe('Iniciando subprocesso Vistoria');
    expect(eventLabel(t.t, 'taken')).toBe('Resgate de atendimento');
    expect(eventLabel(t.t, 'protocol_issued', { protocol: '2026.000123' })).toBe('Atendimento protocolo 2026.000123 iniciado');
  });

  it('falls back for an unknown type', () => {
    expect(eventLabel(t.t, 'lead_created')).toBe('Evento lead_created');
  });
});
