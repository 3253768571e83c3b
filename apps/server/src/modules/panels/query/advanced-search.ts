import type { AdvancedSearchKind, FieldRule, FieldRuleParams } from '@atende/shared';
import { sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../platform/errors.js';
import { formFilter, type Filters } from './filters.js';
import type { FormColumns } from './form-columns.js';
import { nameOrDocumentMatches } from './name-match.js';
import { containsText } from './text-match.js';

// SPEC PAN-08 "Pesquisa avançada": by period only, protocol, code, customer, operator (Resgate),
// opening operator, city, contact origin, finished in period, full address, condominium. Every
// kind but protocol and code is bounded by the period (opening time; closing time for "finished").
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const invalid = (path: string, rule: FieldRule, params?: FieldRuleParams) =>
  new AppError('PANEL_FILTER_INVALID', { fields: [{ path: `querystring.${path}`, rule, ...(params ? { params } : {}) }] });

function date(path: string, s: string | undefined): Date | null {
  if (!s) return null;
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) throw invalid(path, 'invalid_date');
  return d;
}

/** A user or origin given by id, or by (part of) its name. */
const byIdOrName = (idColumn: string, nameColumn: string, value: string) =>
  UUID.test(value) ? sql`${sql.raw(idColumn)} = ${value}` : containsText(sql.raw(nameColumn), value);

/** The condition (and joins) of one kind of search; shared with the pivot's filter (PAN-09). */
export function criterion(organizationId: string, kind: AdvancedSearchKind, value: string): { condition: SQL; joins: Filters['joins'] } {
  const needs = () => {
    if (!value) throw invalid('value', 'required');
  };
  switch (kind) {
    case 'period':
    case 'finished':
      return { condition: sql.raw('true'), joins: [] };
    case 'protocol':
      needs();
      return { condition: containsText(sql.raw('a.protocol'), value), joins: [] };
    case 'code': {
      if (!/^\d{1,15}$/.test(value)) throw invalid('value', 'invalid_type', { expected: 'integer' });
      return { condition: sql`a.code = ${Number(value)}`, joins: [] };
    }
    case 'customer': {
      needs();
      return { condition: nameOrDocumentMatches(organizationId, value), joins: [] };
    }
    case 'operator':
      needs();
      return { condition: byIdOrName('a.assignee_id', 'ua.name', value), joins: UUID.test(value) ? [] : ['ua'] };
    case 'opening_operator':
      needs();
      return { condition: byIdOrName('a.opened_by', 'uo.name', value), joins: UUID.test(value) ? [] : ['uo'] };
    case 'city':
      needs();
      return { condition: containsText(sql.raw('a.address_city'), value), joins: [] };
    case 'origin':
      needs();
      return { condition: byIdOrName('a.contact_origin_id', 'og.name', value), joins: UUID.test(value) ? [] : ['og'] };
    case 'address':
      needs();
      return {
        condition: containsText(
          sql.raw("concat_ws(' ', a.address_street, a.address_number, a.address_district, a.address_city, a.address_state, a.address_cep)"),
          value,
        ),
        joins: [],
      };
    case 'condo':
      needs();
      return { condition: containsText(sql.raw('a.address_condo'), value), joins: [] };
    case 'form_field':
      // Needs the form columns of the caller: answered by `advancedSearch` only.
      throw invalid('kind', 'not_in_list');
  }
}

/**
 * SPEC ATT-12: "Busca avançada" by an "Informações Personalizadas" answer: text, CPF/CNPJ and CEP
 * fields match "contains"; numbers, dates, lists and checkboxes "equals" (one value of its type).
 */
function formCriterion(forms: FormColumns, field: unknown, value: string): { condition: SQL; joins: Filters['joins'] } {
  const form = typeof field === 'string' ? forms.get(field) : undefined;
  if (!form) throw invalid('field', field ? 'not_in_list' : 'required');
  if (!value) throw invalid('value', 'required');
  if ((form.type === 'number' || form.type === 'datetime') && value.includes('..')) throw invalid('value', 'invalid_format');
  return { condition: formFilter(form, value), joins: [] };
}

/** The advanced-search criterion of a request (`kind`+`value`), if any. */
export function advancedSearch(
  organizationId: string,
  query: Record<string, unknown>,
  forms: FormColumns = new Map(),
): Filters & { searched: boolean } {
  const kind = query.kind as AdvancedSearchKind | undefined;
  const value = String(query.value ?? '').trim();
  if (!kind) return { conditions: [], joins: [], searched: false };
  const { condition, joins } = kind === 'form_field' ? formCriterion(forms, query.field, value) : criterion(organizationId, kind, value);
  const conditions = [condition];
  if (kind !== 'protocol' && kind !== 'code') {
    const column = kind === 'finished' ? 'a.finished_at' : 'a.created_at';
    const from = date('from', query.from as string | undefined);
    const to = date('to', query.to as string | undefined);
    if (from) conditions.push(sql`${sql.raw(column)} >= ${from.toISOString()}::timestamptz`);
    if (to) conditions.push(sql`${sql.raw(column)} <= ${to.toISOString()}::timestamptz`);
    if (kind === 'finished') conditions.push(sql.raw("a.status = 'finished'"));
  }
  return { conditions, joins, searched: true };
}
