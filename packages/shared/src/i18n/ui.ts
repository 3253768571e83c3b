// Console text, pt-BR first. Each area keeps both languages side by side so they stay in step;
// a unit test checks that both locales have exactly the same keys.
const ptBR = {
  app: { name: 'Atende' },
};
const en: typeof ptBR = {
  app: { name: 'Atende' },
};
export const uiMessages = { 'pt-BR': ptBR, en } as const;
