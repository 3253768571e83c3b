import type { MessageTemplate } from '@atende/shared';

// SPEC CH-02: an approved WhatsApp template has numbered placeholders {{1}}, {{2}}… in its body;
// the agent fills each one and sees the text the contact will receive before sending it.

const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

/** How many variables the template takes: its declared count, or the highest {{n}} in the body. */
export function templateVariableCount(template: Pick<MessageTemplate, 'body' | 'params'>): number {
  let highest = 0;
  for (const match of template.body.matchAll(PLACEHOLDER)) highest = Math.max(highest, Number(match[1]));
  return Math.max(template.params, highest);
}

/** The body with {{n}} replaced by the n-th value; a blank value keeps its placeholder visible. */
export function fillTemplate(body: string, params: readonly string[]): string {
  return body.replace(PLACEHOLDER, (whole, n: string) => {
    const value = params[Number(n) - 1]?.trim();
    return value ? value : whole;
  });
}

/** Every variable has a value (the server refuses blank ones). */
export function templateComplete(count: number, params: readonly string[]): boolean {
  for (let i = 0; i < count; i++) if (!params[i]?.trim()) return false;
  return true;
}

/** The values to send: exactly `count` of them, trimmed. */
export function templateParams(count: number, params: readonly string[]): string[] {
  return Array.from({ length: count }, (_, i) => params[i]?.trim() ?? '');
}

/** A stable key for a template in the picker (one name may exist in several languages). */
export const templateKey = (t: Pick<MessageTemplate, 'name' | 'language'>) => `${t.name}:${t.language}`;
