import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('runs with no variables at all: port 3000, embedded database in ./data, demo seeded', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, dataDir: './data', databaseUrl: undefined, redisUrl: undefined, seedDemo: true, demoPassword: 'demo1234' });
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.cookieSecure).toBe(false);
  });

  it('reads every documented variable', () => {
    const c = loadConfig({
      PORT: '8080',
      DATA_DIR: '/var/atende',
      DATABASE_URL: 'postgres://u@db/atende',
      REDIS_URL: 'redis://cache:6379',
      PUBLIC_URL: 'https://atende.example.com.br',
      SEED_DEMO: 'false',
      DEMO_PASSWORD: 'outra-senha',
      SESSION_TTL_HOURS: '8',
    });
    expect(c).toMatchObject({
      port: 8080,
      dataDir: '/var/atende',
      databaseUrl: 'postgres://u@db/atende',
      redisUrl: 'redis://cache:6379',
      seedDemo: false,
    });
    expect(c.cookieSecure).toBe(true);
    expect(c.sessionTtlMs).toBe(8 * 3600_000);
  });

  it('takes the PBX WebSocket address for softphones from SIP_WS_URL (VOX-06), ws:// or wss:// only', () => {
    expect(loadConfig({}).sipWsUrl).toBeUndefined();
    expect(loadConfig({ SIP_WS_URL: 'wss://pbx.example.com.br:8089/ws' }).sipWsUrl).toBe('wss://pbx.example.com.br:8089/ws');
    expect(() => loadConfig({ SIP_WS_URL: 'https://pbx.example.com.br' })).toThrow(/SIP_WS_URL: must start with ws:\/\/ or wss:\/\//);
  });

  it('takes the STUN/TURN servers of built-in calls from RTC_ICE_SERVERS (VOX-06 a): none by default, JSON only', () => {
    expect(loadConfig({}).rtcIceServers).toEqual([]);
    const turn = [{ urls: 'turn:turn.example.com.br:3478', username: 'atende', credential: 'segredo' }];
    expect(loadConfig({ RTC_ICE_SERVERS: JSON.stringify(turn), RTC_PUBLIC_ADDRESS: '203.0.113.7' })).toMatchObject({
      rtcIceServers: turn,
      rtcPublicAddress: '203.0.113.7',
    });
    expect(() => loadConfig({ RTC_ICE_SERVERS: 'stun:x' })).toThrow(/RTC_ICE_SERVERS: must be a JSON array/);
  });

  it('names every invalid variable in one clear message', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', SEED_DEMO: 'maybe' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const msg = (err as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'SEED_DEMO']) expect(msg).toContain(name);
    }
  });

  it('stores blobs on disk by default and in a bucket when STORAGE_DRIVER=s3', () => {
    expect(loadConfig({}).storageDriver).toBe('fs');
    const c = loadConfig({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'atende',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(c.storageDriver).toBe('s3');
    expect(c.s3).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      bucket: 'atende',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
  });

  it('refuses the S3 driver without a bucket, naming the variable', () => {
    expect(() => loadConfig({ STORAGE_DRIVER: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ STORAGE_DRIVER: 'disk' })).toThrow(/STORAGE_DRIVER/);
  });
});
