import type { PersonSummary } from '@atende/shared';
import { ActionIcon, Badge, Button, Tooltip } from '@mantine/core';
import { IconLink, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PersonResults } from '../../persons/components/PersonResults';

type Props = {
  search: string;
  onSearch: (q: string) => void;
  linkedId: string | null;
  canAct: boolean;
  linking: boolean;
  onLink: (person: PersonSummary) => void;
  onRegister: () => void;
};

/** SPEC PER-01…PER-03 "Pessoa": search, "Vincular" a result, or "+" to register someone new. */
export function PersonTab({ search, onSearch, linkedId, canAct, linking, onLink, onRegister }: Props) {
  const { t } = useTranslation();
  return (
    <PersonResults
      search={search}
      onSearch={onSearch}
      autoFocus
      aside={
        canAct && (
          <Tooltip label={t('persons.register')} withArrow>
            <ActionIcon size={36} variant="filled" aria-label={t('persons.register')} onClick={onRegister}>
              <IconPlus size={18} />
            </ActionIcon>
          </Tooltip>
        )
      }
      action={(p) =>
        p.id === linkedId ? (
          <Badge color="teal" variant="light">
            {t('persons.linkedBadge')}
          </Badge>
        ) : (
          canAct && (
            <Button size="compact-sm" variant="light" leftSection={<IconLink size={14} />} loading={linking} onClick={() => onLink(p)}>
              {t('persons.link')}
            </Button>
          )
        )
      }
    />
  );
}
