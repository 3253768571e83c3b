import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { clock, fileSize, systemLine } from './text';

const pt = translator('pt-BR');
const en = translator('en');

describe('systemLine', () => {
  it('words the protocol message in the visitor’s language', () => {
    const body = JSON.stringify({ code: 'protocol', protocol: '2026-0000000001' });
    expect(systemLine(body, pt)).toEqual({ text: 'Seu protocolo de atendimento é 2026-0000000001', protocol: '2026-0000000001' });
    expect(systemLine(body, en)?.text).toBe('Your service protocol is 2026-0000000001');
  });

  it('words the end with the protocol and keeps the survey token for the link', () => {
    const body = JSON.stringify({ code: 'finished', protocol: '2026-0000000002', surveyToken: 'abc123' });
    expect(systemLine(body, pt)).toEqual({
      text: 'Atendimento finalizado. Protocolo: 2026-0000000002',
      protocol: '2026-0000000002',
      surveyToken: 'abc123',
    });
    expect(systemLine(JSON.stringify({ code: 'finished', protocol: 'P', surveyToken: null }), en)).toEqual({
      text: 'Service finished. Protocol: P',
      protocol: 'P',
      surveyToken: undefined,
    });
  });

  it('hides codes meant for staff and shows plain text as it is', () => {
    expect(systemLine(JSON.stringify({ code: 'transferred', toUserId: 'x' }), pt)).toBeNull();
    expect(systemLine('Bem-vindo <b>!</b>', pt)).toEqual({ text: 'Bem-vindo <b>!</b>' });
  });
});

describe('formatting', () => {
  it('writes sizes with the locale’s decimal mark', () => {
    expect(fileSize(1.5 * 1024 * 1024, 'pt-BR')).toBe('1,5 MB');
    expect(fileSize(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(fileSize(44, 'en')).toBe('44 B'); // as the console writes it
  });

  it('writes the time of day, and nothing for a bad date', () => {
    expect(clock('2026-03-01T15:04:00', 'pt-BR')).toBe('15:04');
    expect(clock('not a date', 'pt-BR')).toBe('');
  });
});
