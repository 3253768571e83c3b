import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../app/i18n';
import { checkDetail } from './check-detail';

describe('checkDetail', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('pt-BR');
  });

  it('says Atende’s own failure codes in the admin’s language, with the cause', async () => {
    const t = i18n.t.bind(i18n);
    expect(checkDetail(t, { ok: false, code: 'network', detail: 'connect ECONNREFUSED 127.0.0.1:443' })).toBe(
      'o provedor não respondeu (connect ECONNREFUSED 127.0.0.1:443)',
    );
    await i18n.changeLanguage('en');
    try {
      expect(checkDetail(i18n.t.bind(i18n), { ok: false, code: 'not_configured', detail: 'Bot token missing' })).toBe(
        'the channel is not configured (Bot token missing)',
      );
    } finally {
      await i18n.changeLanguage('pt-BR');
    }
  });

  it('keeps the provider’s own words', () => {
    const t = i18n.t.bind(i18n);
    expect(checkDetail(t, { ok: false, code: '401', detail: 'Unauthorized' })).toBe('Unauthorized');
    expect(checkDetail(t, { ok: true, detail: '@atende_demo_bot (Atende Demo)' })).toBe('@atende_demo_bot (Atende Demo)');
  });
});
