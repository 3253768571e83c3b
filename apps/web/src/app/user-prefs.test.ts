// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readPrefs, writePrefs } from './user-prefs';

afterEach(() => localStorage.clear());

describe('user preferences', () => {
  it('start from the defaults and are kept per user', () => {
    expect(readPrefs('u1')).toEqual({ sound: true, notificationsAsked: false, microphoneId: '', speakerId: '' });
    writePrefs('u1', { sound: false, speakerId: 'spk-1' });
    expect(readPrefs('u1')).toMatchObject({ sound: false, speakerId: 'spk-1' });
    expect(readPrefs('u2').sound).toBe(true);
  });

  it('survive garbage in storage', () => {
    localStorage.setItem('atende:prefs:u3', '{not json');
    expect(readPrefs('u3').sound).toBe(true);
    localStorage.setItem('atende:prefs:u3', JSON.stringify({ sound: 'yes', microphoneId: 7 }));
    expect(readPrefs('u3')).toMatchObject({ sound: true, microphoneId: '' });
  });
});
