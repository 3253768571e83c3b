import type { AttendanceSummary } from '@atende/shared';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailField } from '../../persons/components/PersonDetails';

type Contact = AttendanceSummary['contact'];
const keys = ['name', 'email', 'phone', 'document'] as const;

/** Whether the contact told anything to show. */
export const hasContactData = (c: Contact) => keys.some((k) => c[k]);

/**
 * What the channel told about the contact. On the web chat each identifier says whether the site
 * signed it or the visitor typed it: only a signed one ever linked a person (issue item "widget
 * identity"), so the agent knows what to trust before linking by hand.
 */
export function ContactFields({ contact: c }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <>
      {keys.map((key) => {
        const value = c[key];
        if (!value) return null;
        const signed = key !== 'name' && c.signed?.includes(key);
        // Only channels whose site can sign identifiers (web chat) say which ones it signed.
        const badge = c.signed !== undefined && key !== 'name';
        return (
          <div key={key} role="group" aria-label={t(`attendances.fields.${key}`)}>
            <DetailField label={t(`attendances.fields.${key}`)}>
              <Group gap={6} wrap="wrap">
                <span>{value}</span>
                {badge && (
                  <Badge size="xs" variant="light" color={signed ? 'teal' : 'gray'}>
                    {t(signed ? 'attendances.summary.signedBySite' : 'attendances.summary.typedByVisitor')}
                  </Badge>
                )}
              </Group>
            </DetailField>
          </div>
        );
      })}
    </>
  );
}
