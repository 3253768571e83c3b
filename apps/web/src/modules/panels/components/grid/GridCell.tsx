import { Badge, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { eventLabel } from '../../event-label';
import { formatDateTime, formatDay, formatHours } from '../../format';
import { enumLabel, stateColor } from '../../labels';
import type { ColumnDef, Row } from '../../panel-types';

/** One cell, as SPEC PAN-01 shows it: "Sem resgate", SLA badges, SIM/NÃO, pt-BR dates, hours. */
export function GridCell({ column, row }: { column: ColumnDef; row: Row }) {
  const { t, i18n } = useTranslation();
  const value = row[column.key];
  const locale = i18n.language;
  if (column.key === 'assigneeName' && (value === null || value === undefined || value === '')) {
    return (
      <Text size="sm" c="dimmed">
        {t('panels.values.unassigned')}
      </Text>
    );
  }
  if (column.key === 'slaState' || column.key === 'subprocessState') {
    if (typeof value !== 'string') return null;
    return (
      <Badge variant="light" color={stateColor[value] ?? 'gray'}>
        {enumLabel(t, column.key, value)}
      </Badge>
    );
  }
  if (column.key === 'interaction' || column.key === 'eventType') {
    return (
      <Text size="sm" miw={220}>
        {interactionText(t, row, locale, column.key)}
      </Text>
    );
  }
  if (value === null || value === undefined || value === '') return null;
  // SPEC ATT-12: a form's date is a day (no time, no time zone); its options are shown as written.
  if (column.fieldType === 'date') return <>{formatDay(String(value), locale)}</>;
  if (column.fieldType === 'select') return <>{String(value)}</>;
  switch (column.type) {
    case 'boolean':
      return <>{t(value === true || value === 'true' ? 'panels.values.yes' : 'panels.values.no')}</>;
    case 'datetime':
      return (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(value, locale)}
        </Text>
      );
    case 'hours':
      return <>{formatHours(value, locale)}</>;
    case 'enum':
      return <>{enumLabel(t, column.key, String(value))}</>;
    default:
      // A protocol is read and copied as one token: never broken over two lines.
      if (column.key === 'protocol')
        return (
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {String(value)}
          </Text>
        );
      return <>{String(value)}</>;
  }
}

// PAN-05: "Alteração de SLA em DD/MM/AAAA HH:MM:SS". The interactions view sends the event's type
// in both `interaction` and `eventType`, and its time in `eventAt`.
function interactionText(t: TFunction, row: Row, locale: string, key: string): string {
  const value = row[key];
  if (typeof value !== 'string' || !value) return '';
  // Rows carry no event data: the protocol of "Atendimento protocolo X iniciado" is the row's own.
  const label = eventLabel(t, value, { protocol: row.protocol });
  if (key === 'eventType') return label;
  const at = formatDateTime(row.eventAt, locale);
  return at ? t('panels.events.at', { label, at }) : label;
}
