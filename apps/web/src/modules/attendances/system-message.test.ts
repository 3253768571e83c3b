import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { parseSystemBody, systemText } from './system-message';

// A stand-in `t` that shows the key and its values.
const t = ((key: string, values?: Record<string, unknown>) => `${key}${values ? ` ${JSON.stringify(values)}` : ''}`) as unknown as TFunction;

describe('parseSystemBody', () => {
  it('reads the three notices the server writes', () => {
    expect(parseSystemBody('{"code":"protocol","protocol":"2026-0000000001"}')).toEqual({ code: 'protocol', protocol: '2026-0000000001' });
    expect(parseSystemBody('{"code":"finished","protocol":"2026-0000000001","surveyToken":"abc"}')).toEqual({
      code: 'finished',
      protocol: '2026-0000000001',
      surveyToken: 'abc',
    });
    expect(parseSystemBody('{"code":"transferred","comment":"cliente VIP"}')).toEqual({ code: 'transferred', comment: 'cliente VIP' });
  });

  it('turns anything else into an unknown notice instead of failing', () => {
    for (const body of ['', 'texto solto', '{"code":"nova"}', '42', 'null', '{"code":"protocol","protocol":7}']) {
      const notice = parseSystemBody(body);
      expect(['unknown', 'protocol']).toContain(notice.code);
    }
    expect(parseSystemBody('{"code":"protocol","protocol":7}')).toEqual({ code: 'protocol', protocol: '' });
    expect(parseSystemBody('<img src=x onerror=alert(1)>')).toEqual({ code: 'unknown' });
  });
});

describe('systemText', () => {
  it('translates each notice with its data', () => {
    expect(systemText(t, '{"code":"protocol","protocol":"2026-0000000001"}')).toBe('attendances.system.protocol {"protocol":"2026-0000000001"}');
    expect(systemText(t, '{"code":"finished","protocol":"2026-0000000002","surveyToken":"x"}')).toBe(
      'attendances.system.finished {"protocol":"2026-0000000002"}',
    );
    expect(systemText(t, '{"code":"transferred","comment":"ver boleto"}')).toBe('attendances.system.transferred {"comment":"ver boleto"}');
    expect(systemText(t, 'garbage')).toBe('attendances.system.unknown');
  });
});
