import type { ptBRSoftphone } from './pt-BR-softphone.js';

// The browser softphone's registration state (SPEC VOX-06 b), in English.
export const enSoftphone: typeof ptBRSoftphone = {
  softphone: {
    region: 'Phone',
    registered: 'Extension {{extension}} connected',
    failed: 'Extension {{extension}} could not reach the PBX',
  },
};
