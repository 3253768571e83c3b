import { organizations } from '../../db/schema/tenancy.js';
import type { Scope } from '../../platform/db/tenant.js';
import type { Platform } from '../../platform/platform.js';
import { formsRepo } from './forms.repository.js';
import { scriptsRepo } from './scripts.repository.js';
import { treeRepo } from './tree.repository.js';

// Demo knowledge base, script and form (SPEC KB-01…KB-03, ATT-11, ATT-12), in seed 002's words.
async function seedDemoKnowledge(s: Scope) {
  if ((await treeRepo.categories(s)).length) return; // seeded on an earlier start
  const internet = await treeRepo.insertCategory(s, { name: 'Internet' });
  await treeRepo.insertItem(s, {
    categoryId: internet.id,
    kind: 'information',
    title: 'Velocidade reduzida',
    keywords: 'lentidão, internet lenta, velocidade',
    solutionHtml: '<p>Reinicie o modem e aguarde dois minutos. Se persistir, registre uma solicitação.</p>',
  });
  await treeRepo.insertItem(s, {
    categoryId: internet.id,
    kind: 'request_type',
    title: 'Visita técnica',
    keywords: 'técnico, visita, instalação',
    guidance: 'Confirme o endereço e um telefone de contato do cliente antes de registrar.',
    identified: true,
  });
  await treeRepo.insertItem(s, {
    categoryId: internet.id,
    kind: 'request_type',
    title: 'Reclamação anônima',
    keywords: 'reclamação, denúncia',
    guidance: 'Não peça nem registre dados pessoais: a reclamação é anônima.',
    identified: false,
  });
  await scriptsRepo.insert(s, { title: 'Abertura', body: 'Olá {nome_cliente}, meu nome é {nome_agente}. Como posso ajudar?' });
  await formsRepo.insert(s, {
    name: 'Dados do equipamento',
    icon: 'device',
    group: 'Suporte técnico',
    fields: [
      { key: 'modelo', label: 'Modelo', type: 'text', required: true, options: [] },
      { key: 'numero_serie', label: 'Número de série', type: 'text', required: false, options: [] },
    ],
  });
}

/** Demo's knowledge base; safe to run on every start (nothing is added twice). */
export async function seedKnowledgeDemo(platform: Platform): Promise<void> {
  const [demo] = (await platform.tenant.inSystem((s) => s.tx.select({ id: organizations.id, slug: organizations.slug }).from(organizations))).filter(
    (o) => o.slug === 'demo',
  );
  if (demo) await platform.tenant.inTenant(demo.id, null, seedDemoKnowledge);
}
