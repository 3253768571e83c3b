import { en } from './ui/en.js';
import { ptBR } from './ui/pt-BR.js';

// Console text, pt-BR first. `en` is typed as `typeof ptBR`, so a key missing or extra in either
// locale is a type error; a unit test also checks that both locales have exactly the same keys.
// Each locale is split by area (ui/<locale>.ts, ui/<locale>-attendance.ts) to keep files short.
export const uiMessages = { 'pt-BR': ptBR, en } as const;
