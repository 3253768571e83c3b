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
});
