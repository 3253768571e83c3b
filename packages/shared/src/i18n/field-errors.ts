import type { Locale } from '../roles.js';
import type { ExpectedKind, FieldRule, FieldRuleParams } from '../validation/field-rules.js';

// Field error messages by rule (issue item "every error goes through the catalogue in the
// request's language"). i18next-style `{{min}}` placeholders, so the console translates the same
// keys (`fieldErrors.rules.*`) after a language switch.
type FieldErrorCatalogue = { rules: Record<FieldRule, string>; expected: Record<ExpectedKind, string> };

const ptBR: FieldErrorCatalogue = {
  rules: {
    required: 'Campo obrigatório.',
    invalid: 'Valor inválido.',
    invalid_type: 'Informe {{expected}}.',
    too_short: 'Use ao menos {{min}} caracteres.',
    too_long: 'Use no máximo {{max}} caracteres.',
    too_small: 'Informe um valor de no mínimo {{min}}.',
    too_big: 'Informe um valor de no máximo {{max}}.',
    greater_than: 'Informe um valor maior que {{min}}.',
    less_than: 'Informe um valor menor que {{max}}.',
    too_few: 'Escolha ao menos {{min}} itens.',
    too_many: 'Escolha no máximo {{max}} itens.',
    invalid_format: 'Formato inválido.',
    invalid_email: 'Informe um e-mail válido.',
    invalid_date: 'Informe uma data válida.',
    invalid_time: 'Use o formato HH:MM.',
    invalid_id: 'Identificador inválido.',
    not_in_list: 'Escolha uma das opções disponíveis.',
    unknown_field: 'Campo não reconhecido.',
    invalid_body: 'O conteúdo enviado não pôde ser lido.',
    invalid_characters: 'Contém um caractere que não pode ser guardado (byte nulo ou caractere inválido).',
    invalid_cpf: 'CPF inválido. Confira os dígitos.',
    invalid_cnpj: 'CNPJ inválido. Confira os caracteres.',
    invalid_phone: 'Telefone inválido. Inclua o DDD.',
    invalid_cep: 'O CEP deve ter 8 dígitos.',
    invalid_uf: 'Escolha uma UF válida.',
    invalid_extension: 'O ramal deve ter de 2 a 8 dígitos.',
    invalid_time_zone: 'Escolha um fuso horário válido.',
    invalid_hours: 'Informe ao menos um período de trabalho, com início antes do fim (HH:MM).',
    unique: 'Este valor já está em uso.',
    private_target: 'Endereços privados ou locais não são permitidos.',
    unknown_reference: 'Escolha apenas itens existentes e ativos, sem repetir.',
    unknown_column: 'Esta coluna não existe nesta visão.',
    duplicate: 'Um mesmo campo aparece duas vezes.',
    exactly_one: 'Escolha exatamente uma das opções.',
    end_before_start: 'O fim deve ser depois do início.',
    required_not_asked: 'Um campo obrigatório precisa ser perguntado.',
    process_already_set: 'O atendimento já está em um processo: encaminhe-o.',
    default_calendar_no_company: 'O calendário padrão não pertence a uma empresa.',
    default_calendar_kept: 'O calendário padrão não pode ser excluído.',
  },
  expected: {
    text: 'um texto',
    number: 'um número',
    integer: 'um número inteiro',
    boolean: 'sim ou não',
    list: 'uma lista',
    object: 'um objeto',
    date: 'uma data',
    value: 'um valor válido',
  },
};

const en: FieldErrorCatalogue = {
  rules: {
    required: 'Required field.',
    invalid: 'Invalid value.',
    invalid_type: 'Enter {{expected}}.',
    too_short: 'Use at least {{min}} characters.',
    too_long: 'Use at most {{max}} characters.',
    too_small: 'Enter a value of at least {{min}}.',
    too_big: 'Enter a value of at most {{max}}.',
    greater_than: 'Enter a value greater than {{min}}.',
    less_than: 'Enter a value less than {{max}}.',
    too_few: 'Choose at least {{min}} items.',
    too_many: 'Choose at most {{max}} items.',
    invalid_format: 'Invalid format.',
    invalid_email: 'Enter a valid e-mail.',
    invalid_date: 'Enter a valid date.',
    invalid_time: 'Use the HH:MM format.',
    invalid_id: 'Invalid identifier.',
    not_in_list: 'Choose one of the available options.',
    unknown_field: 'Unrecognized field.',
    invalid_body: 'The content sent could not be read.',
    invalid_characters: 'Contains a character that cannot be stored (a NUL byte or an invalid character).',
    invalid_cpf: 'Invalid CPF. Check the digits.',
    invalid_cnpj: 'Invalid CNPJ. Check the characters.',
    invalid_phone: 'Invalid phone number. Include the area code.',
    invalid_cep: 'The CEP must have 8 digits.',
    invalid_uf: 'Choose a valid state (UF).',
    invalid_extension: 'The extension must have 2 to 8 digits.',
    invalid_time_zone: 'Choose a valid time zone.',
    invalid_hours: 'Enter at least one working period, starting before it ends (HH:MM).',
    unique: 'This value is already in use.',
    private_target: 'Private or local addresses are not allowed.',
    unknown_reference: 'Choose only existing, active items, without repeating any.',
    unknown_column: 'This column does not exist in this view.',
    duplicate: 'The same field appears twice.',
    exactly_one: 'Choose exactly one of the options.',
    end_before_start: 'The end must come after the start.',
    required_not_asked: 'A required field must be asked.',
    process_already_set: 'The attendance is already in a process: forward it instead.',
    default_calendar_no_company: 'The default calendar belongs to no company.',
    default_calendar_kept: 'The default calendar cannot be deleted.',
  },
  expected: {
    text: 'a text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'yes or no',
    list: 'a list',
    object: 'an object',
    date: 'a date',
    value: 'a valid value',
  },
};

export const fieldErrorMessages: Record<Locale, FieldErrorCatalogue> = { 'pt-BR': ptBR, en };

/** A rule worded in `locale`, its limits filled in. */
export function fieldErrorMessage(rule: FieldRule, params: FieldRuleParams | undefined, locale: Locale): string {
  const table = fieldErrorMessages[locale];
  const values: Record<string, string> = {
    ...(params?.min !== undefined ? { min: String(params.min) } : {}),
    ...(params?.max !== undefined ? { max: String(params.max) } : {}),
    expected: table.expected[params?.expected ?? 'value'],
  };
  const template = table.rules[rule] ?? table.rules.invalid;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
