import type { Scope } from '../../platform/db/tenant.js';
import { listStaff, userIdByExtension } from '../tenancy/index.js';

/** A PBX names the agent by extension ("ramal") or e-mail (VOX-06b); undefined when nobody matches. */
export async function agentByPbxUser(s: Scope, user: string): Promise<string | undefined> {
  const text = user.trim();
  if (!text) return undefined;
  if (text.includes('@')) return (await listStaff(s)).find((u) => u.email.toLowerCase() === text.toLowerCase())?.id;
  return userIdByExtension(s, text);
}
