import { describe, expect, it } from 'vitest';
import { pickLocale, roleAtLeast } from './roles.js';

describe('roles and locales', () => {
  it('orders roles admin > supervisor > agent', () => {
    expect(roleAtLeast('admin', 'supervisor')).toBe(true);
    expect(roleAtLeast('supervisor', 'supervisor')).toBe(true);
    expect(roleAtLeast('agent', 'supervisor')).toBe(false);
    expect(roleAtLeast('supervisor', 'admin')).toBe(false);
  });

  it('picks pt-BR by default and from any Portuguese tag, English from English tags', () => {
    expect(pickLocale(undefined)).toBe('pt-BR');
    expect(pickLocale('pt-PT,en;q=0.8')).toBe('pt-BR');
    expect(pickLocale('en-US,en;q=0.9')).toBe('en');
    expect(pickLocale('fr-FR, en;q=0.5')).toBe('en');
    expect(pickLocale('de-DE')).toBe('pt-BR');
  });
});
