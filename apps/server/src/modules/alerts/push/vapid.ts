import webPush from 'web-push';
import { pushVapidKeys } from '../../../db/schema/push.js';
import type { Platform } from '../../../platform/platform.js';

// SPEC ALR-04 (web push): the installation's VAPID keys, made at first start and kept in the
// database (private key sealed), so every instance and every restart signs with the same pair and
// browsers' subscriptions stay valid.

export type VapidKeys = { publicKey: string; privateKey: string };

const cache = new WeakMap<Platform, Promise<VapidKeys>>();

async function loadOrCreate(platform: Platform): Promise<VapidKeys> {
  const fresh = webPush.generateVAPIDKeys();
  // Instances starting together race here: the first insert wins and everyone reads its row.
  const row = await platform.tenant.inSystem(async (s) => {
    await s.tx
      .insert(pushVapidKeys)
      .values({ id: 1, publicKey: fresh.publicKey, privateKeySealed: platform.secrets.seal(fresh.privateKey) })
      .onConflictDoNothing();
    const [stored] = await s.tx.select().from(pushVapidKeys);
    return stored!;
  });
  const privateKey = platform.secrets.open(row.privateKeySealed);
  if (!privateKey) throw new Error('VAPID private key unreadable (ENCRYPTION_KEY changed?)');
  return { publicKey: row.publicKey, privateKey };
}

export function vapidKeys(platform: Platform): Promise<VapidKeys> {
  let keys = cache.get(platform);
  if (!keys) {
    keys = loadOrCreate(platform);
    keys.catch(() => cache.delete(platform));
    cache.set(platform, keys);
  }
  return keys;
}
