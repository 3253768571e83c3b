import { Drawer } from '@mantine/core';
import type { AlertView } from '../api';
import { AlertDetails, useAlertTitle } from './AlertDetails';
import { levelColor } from './levels';

/** SPEC ALR-06: the monitoring panel opens an alert (ALR-02, ALR-04) in a side drawer. */
export function AlertDrawer({ alert, onClose }: { alert: AlertView; onClose: () => void }) {
  const title = useAlertTitle(alert);
  return (
    <Drawer opened onClose={onClose} position="right" title={title} size="md">
      <div style={{ borderLeft: `6px solid ${levelColor[alert.level].hex}`, paddingLeft: 12 }}>
        <AlertDetails alert={alert} />
      </div>
    </Drawer>
  );
}
