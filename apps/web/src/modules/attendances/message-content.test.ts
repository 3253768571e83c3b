import { describe, expect, it } from 'vitest';
import { bodyFamily, groupReactions, mapUrl, showsBody } from './message-content';

describe('mapUrl', () => {
  it('points OpenStreetMap at the place with a marker', () => {
    expect(mapUrl(-23.5505, -46.6333)).toBe('https://www.openstreetmap.org/?mlat=-23.550500&mlon=-46.633300#map=16/-23.550500/-46.633300');
  });
});

describe('groupReactions', () => {
  it('counts each emoji once, in the order it first came', () => {
    expect(
      groupReactions([
        { emoji: '👍', authorKind: 'contact' },
        { emoji: '❤️', authorKind: 'agent' },
        { emoji: '👍', authorKind: 'agent' },
      ]),
    ).toEqual([
      { emoji: '👍', count: 2 },
      { emoji: '❤️', count: 1 },
    ]);
    expect(groupReactions([])).toEqual([]);
  });
});

describe('bodyFamily and showsBody', () => {
  it('groups the media kinds and keeps web chat files as media', () => {
    expect(bodyFamily({ kind: 'voice', attachment: null })).toBe('media');
    expect(bodyFamily({ kind: 'sticker', attachment: null })).toBe('media');
    expect(bodyFamily({ kind: 'location', attachment: null })).toBe('location');
    expect(bodyFamily({ kind: 'text', attachment: { id: 'a', fileName: 'a.pdf', contentType: 'application/pdf', size: 1 } })).toBe('media');
    expect(bodyFamily({ kind: 'text', attachment: null })).toBe('text');
  });

  it('shows a caption under media but not a template’s stored text twice', () => {
    expect(showsBody({ kind: 'image', body: 'foto do produto' })).toBe(true);
    expect(showsBody({ kind: 'template', body: 'Olá Ana' })).toBe(false);
    expect(showsBody({ kind: 'text', body: '' })).toBe(false);
  });
});
