// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Emitter } from './emitter';
import { installApi, type AtendeApi } from './public-api';

vi.stubGlobal('__VERSION__', '9.9.9');
const w = window as unknown as { Atende?: unknown };
const api = () => w.Atende as AtendeApi;

function targets(ready = false) {
  const calls: string[] = [];
  return {
    calls,
    events: new Emitter(),
    open: () => calls.push('open'),
    close: () => calls.push('close'),
    setUser: async (u: object) => (calls.push(`setUser:${JSON.stringify(u)}`), null),
    isReady: () => ready,
  };
}

beforeEach(() => {
  delete w.Atende;
});

describe('window.Atende', () => {
  it('replays, in order, what the stub queued before the widget loaded', () => {
    const seen: string[] = [];
    w.Atende = { q: [['setUser', { name: 'Ana' }], ['on', 'open', () => seen.push('opened')], ['open'], ['nope']] };
    const t = targets();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(installApi(t)).toBe(true);
    expect(t.calls).toEqual(['setUser:{"name":"Ana"}', 'open']);
    expect(warn).toHaveBeenCalledWith('[Atende] unknown call', 'nope');
    t.events.emit('open', undefined);
    expect(seen).toEqual(['opened']);
    expect(api().version).toBe('9.9.9');
  });

  it('runs calls pushed onto the queue after load, and installs only once', () => {
    const t = targets();
    installApi(t);
    api().q.push(['close']);
    expect(t.calls).toEqual(['close']);
    expect(installApi(targets())).toBe(false);
  });

  it('calls a late "ready" listener at once, and off() removes a listener', () => {
    const t = targets(true);
    installApi(t);
    const ready = vi.fn();
    api().on('ready', ready);
    expect(ready).toHaveBeenCalledTimes(1);
    const onClose = vi.fn();
    api().on('close', onClose);
    api().off('close', onClose);
    t.events.emit('close', undefined);
    expect(onClose).not.toHaveBeenCalled();
  });
});
