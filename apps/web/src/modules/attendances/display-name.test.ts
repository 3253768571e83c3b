import { describe, expect, it } from 'vitest';
import { displayName } from './display-name';

describe('displayName', () => {
  it('prefers the linked person, then the contact’s name, then the anonymous label', () => {
    expect(displayName({ personName: 'Ana Beatriz Souza', contact: { name: 'Ana (chat)' } }, 'Anônimo')).toBe('Ana Beatriz Souza');
    expect(displayName({ personName: null, contact: { name: ' Ana (chat) ' } }, 'Anônimo')).toBe('Ana (chat)');
    expect(displayName({ personName: '  ', contact: {} }, 'Anônimo')).toBe('Anônimo');
  });
});
