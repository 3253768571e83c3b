import { describe, expect, it } from 'vitest';
import { fillTemplate, templateComplete, templateKey, templateParams, templateVariableCount } from './template-fill';

const body = 'Olá {{1}}, seu pedido {{2}} saiu para entrega. Obrigado, {{1}}!';

describe('templateVariableCount', () => {
  it('takes the declared count or the highest placeholder, whichever is larger', () => {
    expect(templateVariableCount({ body, params: 2 })).toBe(2);
    expect(templateVariableCount({ body, params: 0 })).toBe(2);
    expect(templateVariableCount({ body: 'Sem variáveis', params: 0 })).toBe(0);
    expect(templateVariableCount({ body: 'Só {{ 3 }}', params: 1 })).toBe(3);
  });
});

describe('fillTemplate', () => {
  it('puts each value in every place of its number', () => {
    expect(fillTemplate(body, ['Ana', '#123'])).toBe('Olá Ana, seu pedido #123 saiu para entrega. Obrigado, Ana!');
  });

  it('keeps the placeholder of a blank or missing value in the preview', () => {
    expect(fillTemplate(body, ['  ', '#9'])).toBe('Olá {{1}}, seu pedido #9 saiu para entrega. Obrigado, {{1}}!');
    expect(fillTemplate(body, [])).toBe(body);
  });

  it('does not read the values as placeholders again', () => {
    expect(fillTemplate('A {{1}} B {{2}}', ['{{2}}', 'x'])).toBe('A {{2}} B x');
  });
});

describe('templateComplete and templateParams', () => {
  it('need every variable filled, and send exactly that many trimmed', () => {
    expect(templateComplete(2, ['Ana', ''])).toBe(false);
    expect(templateComplete(2, ['Ana'])).toBe(false);
    expect(templateComplete(2, ['Ana', ' #1 '])).toBe(true);
    expect(templateComplete(0, [])).toBe(true);
    expect(templateParams(2, ['Ana', ' #1 ', 'extra'])).toEqual(['Ana', '#1']);
  });

  it('tells the same name in two languages apart', () => {
    expect(templateKey({ name: 'pedido', language: 'pt_BR' })).not.toBe(templateKey({ name: 'pedido', language: 'en_US' }));
  });
});
