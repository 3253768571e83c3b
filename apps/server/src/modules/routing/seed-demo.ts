import type { Scope } from '../../platform/db/tenant.js';
import { routingRepo } from './routing.repository.js';

/** Issue list demo: voice "Suporte" (inbound), "Vendas" (outbound), chat "Atendimento". */
export async function seedRoutingDemo(s: Scope, agentIds: string[], companyId: string | null) {
  const members = agentIds.map((userId) => ({ userId, capacity: 3 }));
  const suporte = await routingRepo.insert(s, { name: 'Suporte', kind: 'voice', direction: 'inbound', companyId });
  const vendas = await routingRepo.insert(s, { name: 'Vendas', kind: 'voice', direction: 'outbound', companyId });
  const atendimento = await routingRepo.insert(s, { name: 'Atendimento', kind: 'chat', direction: null, companyId });
  for (const q of [suporte, vendas, atendimento]) await routingRepo.addMembers(s, q.id, members);
  return { suporte: suporte.id, vendas: vendas.id, atendimento: atendimento.id };
}
