import type { AlertLevel, AlertState } from '@atende/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { levelColor, stateColor } from './levels';

export function LevelBadge({ level }: { level: AlertLevel }) {
  const { t } = useTranslation();
  return (
    <Badge color={levelColor[level].mantine} variant="filled">
      {t(`alerts.level.${level}`)}
    </Badge>
  );
}

export function StateBadge({ state }: { state: AlertState }) {
  const { t } = useTranslation();
  return (
    <Badge color={stateColor[state]} variant="light">
      {t(`alerts.state.${state}`)}
    </Badge>
  );
}
