import { loadConfig, type Config } from '../src/platform/config.js';

export const DEMO_PASSWORD = 'demo1234';

/** The configuration every server test starts from; a test overrides what it is about. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  // Agents in tests often use HTTP only (no socket): a long grace period keeps a slow run from logging
  // them out midway. The grace-period test sets its own.
  return loadConfig(
    {},
    {
      logLevel: 'silent',
      seedDemo: true,
      demoPassword: DEMO_PASSWORD,
      presenceGraceSeconds: 3600,
      encryptionKey: 'test-encryption-key-0123456789abcdef',
      ...overrides,
    },
  );
}
