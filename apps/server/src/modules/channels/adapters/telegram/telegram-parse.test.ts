import { describe, expect, it } from 'vitest';
import {
  buildContactUpdate,
  buildDocumentUpdate,
  buildEditedUpdate,
  buildLocationUpdate,
  buildPhotoUpdate,
  buildReactionUpdate,
  buildTextUpdate,
  buildVoiceUpdate,
} from '../../../../../test/fakes/telegram-updates.js';
import { telegramChannel } from '../../../../../test/fakes/telegram-channel.js';
import type { InboundEvent } from '../port.js';
import { telegramAdapter } from './telegram.adapter.js';

// SPEC CH-03: Telegram Updates as the Bot API posts them → normalised inbound events.

const channel = telegramChannel();
const parse = (update: unknown): InboundEvent[] =>
  telegramAdapter.parse({ rawBody: Buffer.from(JSON.stringify(update)), headers: {}, query: {}, channelToken: channel.token }, channel);
const one = (update: unknown) => {
  const events = parse(update);
  expect(events).toHaveLength(1);
  return events[0]!;
};

const maria = { chatId: 5_512_345_678, firstName: 'Maria', lastName: 'Souza', username: 'maria_souza' };

// A private text message exactly as Telegram posts it.
const realText = {
  update_id: 815_230_001,
  message: {
    message_id: 42,
    from: { id: 5_512_345_678, is_bot: false, first_name: 'Maria', last_name: 'Souza', username: 'maria_souza', language_code: 'pt-br' },
    chat: { id: 5_512_345_678, first_name: 'Maria', last_name: 'Souza', username: 'maria_souza', type: 'private' },
    date: 1_796_000_000,
    text: 'Olá, minha internet caiu',
  },
};

describe('Telegram inbound messages', () => {
  it('reads a text message: event id, message id, contact and time', () => {
    expect(one(realText)).toEqual({
      type: 'message',
      eventId: 'update:815230001',
      providerMessageId: '5512345678:42',
      contact: { identity: '5512345678', name: 'Maria Souza', username: 'maria_souza' },
      at: new Date(1_796_000_000 * 1000),
      message: { kind: 'text', text: 'Olá, minha internet caiu', content: null },
    });
  });

  it('names a contact without last name or username by the first name alone', () => {
    const event = one(buildTextUpdate({ updateId: 1, chatId: 77, firstName: 'João', text: 'oi' }));
    expect(event.type === 'message' && event.contact).toEqual({ identity: '77', name: 'João' });
  });

  it('takes the largest photo size, with its caption, for the media to fetch', () => {
    const event = one(buildPhotoUpdate({ ...maria, updateId: 2, fileId: 'AgACAgEAAxkBAAIBZ2', caption: 'Foto do modem', fileSize: 98_765 }));
    expect(event.type === 'message' && event.message).toEqual({
      kind: 'image',
      text: 'Foto do modem',
      content: { media: { status: 'pending' } },
      media: { providerMediaId: 'AgACAgEAAxkBAAIBZ2', mimeType: 'image/jpeg', size: 98_765 },
    });
  });

  it('reads a voice note as voice (OGG/Opus)', () => {
    const event = one(buildVoiceUpdate({ ...maria, updateId: 3, fileId: 'AwACAgEAAxkBAAIBa', fileSize: 12_000 }));
    expect(event.type === 'message' && event.message).toMatchObject({
      kind: 'voice',
      text: '',
      media: { providerMediaId: 'AwACAgEAAxkBAAIBa', mimeType: 'audio/ogg', size: 12_000 },
    });
  });

  it('reads a document with its file name and type', () => {
    const update = buildDocumentUpdate({
      ...maria,
      updateId: 4,
      fileId: 'BQACAgEAAxkBAAIBb',
      fileName: 'boleto.pdf',
      mimeType: 'application/pdf',
      caption: 'segunda via',
    });
    const event = one(update);
    expect(event.type === 'message' && event.message).toMatchObject({
      kind: 'document',
      text: 'segunda via',
      media: { providerMediaId: 'BQACAgEAAxkBAAIBb', fileName: 'boleto.pdf', mimeType: 'application/pdf' },
    });
  });

  it('reads audio, video, video notes and stickers as their kinds', () => {
    const base = { message_id: 9, from: realText.message.from, chat: realText.message.chat, date: 1_796_000_100 };
    const kinds = [
      {
        audio: {
          duration: 180,
          performer: 'Banda',
          title: 'Música',
          file_name: 'musica.mp3',
          mime_type: 'audio/mpeg',
          file_id: 'CQAC1',
          file_unique_id: 'x',
          file_size: 3_000_000,
        },
      },
      {
        video: {
          duration: 5,
          width: 1280,
          height: 720,
          file_name: 'video.mp4',
          mime_type: 'video/mp4',
          file_id: 'BAAC1',
          file_unique_id: 'x',
          file_size: 900_000,
        },
      },
      { video_note: { duration: 4, length: 240, file_id: 'DQAC1', file_unique_id: 'x', file_size: 200_000 } },
      {
        sticker: {
          width: 512,
          height: 512,
          emoji: '😀',
          set_name: 'Pack',
          is_animated: false,
          is_video: false,
          type: 'regular',
          file_id: 'CAAC1',
          file_unique_id: 'x',
          file_size: 20_000,
        },
      },
      {
        sticker: { width: 512, height: 512, emoji: '🎉', is_animated: true, is_video: false, type: 'regular', file_id: 'CAAC2', file_unique_id: 'x' },
      },
    ];
    const read = kinds.map((content, i) => one({ update_id: 10 + i, message: { ...base, ...content } }));
    expect(read.map((e) => e.type === 'message' && [e.message.kind, e.message.media?.providerMediaId, e.message.media?.mimeType])).toEqual([
      ['audio', 'CQAC1', 'audio/mpeg'],
      ['video', 'BAAC1', 'video/mp4'],
      ['video', 'DQAC1', 'video/mp4'],
      ['sticker', 'CAAC1', 'image/webp'],
      ['sticker', 'CAAC2', 'application/x-tgsticker'],
    ]);
  });

  it('reads a GIF (animation) as a video, not as the document Telegram also fills in', () => {
    const animation = { file_name: 'gato.mp4', mime_type: 'video/mp4', duration: 2, width: 320, height: 240, file_id: 'CgAC1', file_unique_id: 'x' };
    const event = one({ update_id: 20, message: { ...realText.message, text: undefined, animation, document: animation } });
    expect(event.type === 'message' && event.message.kind).toBe('video');
  });

  it('reads a location, and a venue with its name and address', () => {
    const location = one(buildLocationUpdate({ ...maria, updateId: 5, latitude: -23.55052, longitude: -46.633308 }));
    expect(location.type === 'message' && location.message).toEqual({
      kind: 'location',
      text: '',
      content: { location: { latitude: -23.55052, longitude: -46.633308 } },
    });
    const venue = {
      location: { latitude: -22.9519, longitude: -43.2105 },
      title: 'Cristo Redentor',
      address: 'Parque Nacional da Tijuca, Rio de Janeiro',
    };
    const venueEvent = one({ update_id: 6, message: { ...realText.message, text: undefined, location: venue.location, venue } });
    expect(venueEvent.type === 'message' && venueEvent.message.content?.location).toEqual({
      latitude: -22.9519,
      longitude: -43.2105,
      name: 'Cristo Redentor',
      address: 'Parque Nacional da Tijuca, Rio de Janeiro',
    });
  });

  it('reads a shared contact card; the phone becomes the contact’s only when it is their own', () => {
    const other = one(buildContactUpdate({ ...maria, updateId: 7, phone: '+5511988887777', contactFirstName: 'Pedro', contactLastName: 'Lima' }));
    expect(other.type === 'message' && other.message).toEqual({
      kind: 'contacts',
      text: '',
      content: { contacts: [{ name: 'Pedro Lima', phones: ['+5511988887777'], emails: [] }] },
    });
    expect(other.type === 'message' && other.contact.phone).toBeUndefined();
    const own = one(buildContactUpdate({ ...maria, updateId: 8, phone: '5511912345678', contactFirstName: 'Maria', own: true }));
    expect(own.type === 'message' && own.contact).toEqual({
      identity: '5512345678',
      name: 'Maria Souza',
      username: 'maria_souza',
      phone: '5511912345678',
    });
  });

  it('reads a poll or a dice as unsupported, naming what it was', () => {
    const poll = {
      id: '5',
      question: 'Pizza?',
      options: [{ text: 'Sim', voter_count: 0 }],
      total_voter_count: 0,
      is_closed: false,
      is_anonymous: true,
      type: 'regular',
      allows_multiple_answers: false,
    };
    const events = [
      one({ update_id: 30, message: { ...realText.message, text: undefined, poll } }),
      one({ update_id: 31, message: { ...realText.message, text: undefined, dice: { emoji: '🎲', value: 4 } } }),
    ];
    expect(events.map((e) => e.type === 'message' && e.message)).toEqual([
      { kind: 'unsupported', text: '', content: { providerType: 'poll' } },
      { kind: 'unsupported', text: '', content: { providerType: 'dice' } },
    ]);
  });

  it('links a reply to the message it quotes', () => {
    const event = one(buildTextUpdate({ ...maria, updateId: 9, messageId: 50, text: 'Isso mesmo', replyToMessageId: 48 }));
    expect(event.type === 'message' && event.replyToProviderMessageId).toBe('5512345678:48');
    expect(one(realText)).not.toHaveProperty('replyToProviderMessageId');
  });

  it('answers a group by its chat id and title', () => {
    const group = { id: -1_001_234_567_890, title: 'Condomínio Jardins', type: 'supergroup' };
    const event = one({ update_id: 40, message: { ...realText.message, chat: group } });
    expect(event.type === 'message' && [event.providerMessageId, event.contact]).toEqual([
      '-1001234567890:42',
      { identity: '-1001234567890', name: 'Condomínio Jardins' },
    ]);
  });
});

describe('Telegram edits and reactions', () => {
  it('reads an edited message as an edit of the same message, at the edit time', () => {
    const event = one(
      buildEditedUpdate({ ...maria, updateId: 50, messageId: 42, text: 'Olá, minha internet voltou', date: 1_796_000_000, editDate: 1_796_000_090 }),
    );
    expect(event).toEqual({
      type: 'edit',
      eventId: 'update:50',
      providerMessageId: '5512345678:42',
      contact: { identity: '5512345678', name: 'Maria Souza', username: 'maria_souza' },
      at: new Date(1_796_000_090 * 1000),
      message: { kind: 'text', text: 'Olá, minha internet voltou', content: null },
    });
  });

  it('reads a reaction, its change and its removal', () => {
    const added = one(buildReactionUpdate({ ...maria, updateId: 60, messageId: 101, emoji: '👍', date: 1_796_000_200 }));
    expect(added).toEqual({
      type: 'reaction',
      eventId: 'update:60',
      providerMessageId: '5512345678:101',
      contact: { identity: '5512345678', name: 'Maria Souza', username: 'maria_souza' },
      at: new Date(1_796_000_200 * 1000),
      emoji: '👍',
    });
    const changed = one(buildReactionUpdate({ ...maria, updateId: 61, messageId: 101, emoji: '❤', oldEmoji: '👍' }));
    expect(changed.type === 'reaction' && changed.emoji).toBe('❤');
    const removed = one(buildReactionUpdate({ ...maria, updateId: 62, messageId: 101, emoji: null, oldEmoji: '❤' }));
    expect(removed.type === 'reaction' && removed.emoji).toBeNull();
  });

  it('ignores a custom-emoji reaction it cannot show', () => {
    const update = buildReactionUpdate({ ...maria, updateId: 63, messageId: 101, emoji: null });
    update.message_reaction.new_reaction = [{ type: 'custom_emoji', custom_emoji_id: '5368324170671202286' } as never];
    expect(parse(update)).toEqual([]);
  });

  it('ignores updates it did not ask for and bodies that are not updates', () => {
    const channelPost = {
      update_id: 70,
      channel_post: { message_id: 1, chat: { id: -100999, title: 'Novidades', type: 'channel' }, date: 1, text: 'x' },
    };
    expect(parse(channelPost)).toEqual([]);
    expect(parse({ update_id: 71, callback_query: { id: '1', data: 'x' } })).toEqual([]);
    expect(parse({ hello: 'world' })).toEqual([]);
    expect(parse({ update_id: 72, message: { text: 'no chat' } })).toEqual([]);
    expect(telegramAdapter.parse({ rawBody: Buffer.from('not json'), headers: {}, query: {} }, channel)).toEqual([]);
  });

  it('reads a message whose media fields have unexpected types as unsupported instead of failing', () => {
    const update = buildTextUpdate({ ...maria, updateId: 73, messageId: 40, text: 'x' }) as { message: Record<string, unknown> };
    delete update.message.text;
    update.message.photo = 'not a list of sizes';
    expect(one(update)).toMatchObject({ type: 'message', providerMessageId: `${maria.chatId}:40`, message: { kind: 'unsupported', text: '' } });
  });
});
