import { describe, expect, it } from 'vitest';
import { catalogues, errorText, pickLocale, translator } from './i18n';

describe('alert app catalogues', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues['pt-BR']).sort());
    for (const table of Object.values(catalogues)) for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
  });

  it('speak pt-BR to Portuguese browsers and English to the rest', () => {
    expect(pickLocale('pt-BR')).toBe('pt-BR');
    expect(pickLocale('pt')).toBe('pt-BR');
    expect(pickLocale('en-US')).toBe('en');
    expect(pickLocale('es')).toBe('en');
    expect(translator('pt-BR')('callCountdown', { n: 7 })).toBe('Ligando em 7 s…');
  });

  it('translate the login error codes and leave unknown ones to the server message', () => {
    const t = translator('pt-BR');
    expect(errorText(t, 'ALERT_APP_LOGIN_FAILED')).toBe('CPF, e-mail ou senha inválidos.');
    expect(errorText(translator('en'), 'ALERT_APP_USER_INACTIVE')).toMatch(/inactive/);
    expect(errorText(t, 'SOMETHING_ELSE')).toBeNull();
  });
});
