import { z } from 'zod';

// SPEC ALR-04 (web push): the HTTP contract of push subscriptions, for the alert app and the console.

/** The installation's VAPID public key (base64url), for `pushManager.subscribe`. */
export const pushKeySchema = z.object({ publicKey: z.string() });

/** A browser's PushSubscription as `subscription.toJSON()` gives it. */
export const pushSubscriptionBody = z.object({
  endpoint: z.url().max(2000),
  keys: z.object({ p256dh: z.string().min(16).max(200), auth: z.string().min(8).max(100) }),
  /** PLT-01: the page's language; the pushes to this browser are written in it (pt-BR when absent). */
  locale: z.enum(['pt-BR', 'en']).optional(),
});
export type PushSubscriptionBody = z.infer<typeof pushSubscriptionBody>;

export const pushUnsubscribeBody = z.object({ endpoint: z.url().max(2000) });

/** What the service workers receive: a notification's title, text and the page a click opens. */
export const pushPayloadSchema = z.object({ title: z.string(), body: z.string(), url: z.string() });
export type PushPayload = z.infer<typeof pushPayloadSchema>;
