import type { AlertView } from '@atende/shared';
import { Card } from '@mantine/core';
import { AlertDetails, levelColor, useAlertTitle } from '../../alerts';

// SPEC ALR-02, ALR-04: an alert in "Conversas", as a card coloured by its level; the details and
// actions are the alerts module's, the same as in the monitoring panel. The chat's socket keeps it live.

type Props = {
  alert: AlertView;
  /** Called with the alert as the server returned it after "Assumir" or "Encerrar". */
  onChanged?: (alert: AlertView) => void;
};

export function AlertCard({ alert, onChanged }: Props) {
  const label = useAlertTitle(alert);
  return (
    <Card withBorder padding="sm" radius="md" role="article" aria-label={label} style={{ borderLeft: `6px solid ${levelColor[alert.level].hex}` }}>
      <AlertDetails alert={alert} onChanged={onChanged} />
    </Card>
  );
}
