/**
 * SPEC VOX-06 (a) "Permitir chamadas de voz": a web-chat channel whose settings name a voice queue
 * offers "Ligar" in its widget; the visitor's calls ring that queue's agents. Unset: no calls.
 */
export function voiceQueueOf(settings: unknown): string | null {
  const id = (settings as { voiceQueueId?: unknown } | null)?.voiceQueueId;
  return typeof id === 'string' && id ? id : null;
}
