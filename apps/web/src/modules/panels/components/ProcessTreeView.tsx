import { ActionIcon, Badge, Group, Paper, Skeleton, Table, Text } from '@mantine/core';
import { IconMinus, IconPlus } from '@tabler/icons-react';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime, formatHours } from '../format';
import { useProcessTree } from '../hooks/use-process-tree';
import { AttendanceDrawer } from './detail/AttendanceDrawer';
import { useViewDef } from '../hooks/use-panel-views';
import { PanelToolbar } from './tools/PanelToolbar';

const COLS = 9;

/** SPEC PAN-07: processes and subprocesses open with "+" and close with "−"; leaves are attendances. */
export function ProcessTreeView() {
  const { t, i18n } = useTranslation();
  const tree = useProcessTree();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  // SPEC PAN-10: the tree's tools (new, edit, resgate, release, forward, close subprocess) act on the selected attendance.
  const { def } = useViewDef('open', 'process_tree');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const yesNo = (v: boolean) => t(v ? 'panels.values.yes' : 'panels.values.no');
  const head = ['description', 'count', 'operator', 'protocol', 'city', 'district', 'street', 'due', 'late', 'remaining'] as const;

  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <PanelToolbar tab="open" tools={def?.tools ?? []} selected={selectedId ? { id: selectedId } : null} />
      <ErrorAlert error={tree.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table aria-label={t('panels.tree.label')} fz="sm" verticalSpacing={6}>
          <Table.Thead bg="gray.0">
            <Table.Tr>
              {head.map((h) => (
                <Table.Th key={h}>{t(`panels.tree.${h}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tree.isLoading && (
              <Table.Tr>
                <Table.Td colSpan={COLS + 1}>
                  <Skeleton h={14} />
                </Table.Td>
              </Table.Tr>
            )}
            {tree.data?.processes.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={COLS + 1}>
                  <Text c="dimmed" ta="center" py="lg">
                    {t('panels.tree.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {tree.data?.processes.map((p) => (
              <Fragment key={p.processId}>
                <Branch depth={0} name={p.processName} count={p.count} open={open.has(p.processId)} onToggle={() => toggle(p.processId)} />
                {open.has(p.processId) &&
                  p.subprocesses.map((s) => {
                    const key = `${p.processId}/${s.subprocessId}`;
                    return (
                      <Fragment key={key}>
                        <Branch depth={1} name={s.subprocessName} count={s.count} open={open.has(key)} onToggle={() => toggle(key)} />
                        {open.has(key) &&
                          s.rows.map((r) => (
                            <Table.Tr
                              key={r.id}
                              tabIndex={0}
                              aria-selected={selectedId === r.id}
                              bg={selectedId === r.id ? 'blue.0' : undefined}
                              style={{ cursor: 'pointer' }}
                              onClick={() => setSelectedId(r.id)}
                              onDoubleClick={() => setOpenId(r.id)}
                              onKeyDown={(e) => e.key === 'Enter' && setOpenId(r.id)}
                            >
                              <Table.Td />
                              <Table.Td />
                              <Table.Td>
                                {r.assigneeName ?? (
                                  <Text size="sm" c="dimmed">
                                    {t('panels.values.unassigned')}
                                  </Text>
                                )}
                              </Table.Td>
                              <Table.Td>{r.protocol}</Table.Td>
                              <Table.Td>{r.city}</Table.Td>
                              <Table.Td>{r.district}</Table.Td>
                              <Table.Td>{r.street}</Table.Td>
                              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.subprocessDueAt, i18n.language)}</Table.Td>
                              <Table.Td>
                                <Badge variant="light" color={r.late ? 'red' : 'teal'}>
                                  {yesNo(r.late)}
                                </Badge>
                              </Table.Td>
                              <Table.Td>{formatHours(r.remainingHours, i18n.language)}</Table.Td>
                            </Table.Tr>
                          ))}
                      </Fragment>
                    );
                  })}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {openId && <AttendanceDrawer id={openId} onClose={() => setOpenId(null)} />}
    </Paper>
  );
}

function Branch({
  depth,
  name,
  count,
  open,
  onToggle,
}: {
  depth: number;
  name: string;
  count: number;
  open: boolean;
  onToggle: () => void;
}): ReactNode {
  const { t } = useTranslation();
  return (
    <Table.Tr bg={depth === 0 ? 'gray.0' : undefined}>
      <Table.Td>
        <Group gap={6} wrap="nowrap" pl={depth * 20}>
          <ActionIcon
            size="sm"
            variant="default"
            aria-expanded={open}
            aria-label={t(open ? 'panels.tree.collapse' : 'panels.tree.expand', { name })}
            onClick={onToggle}
          >
            {open ? <IconMinus size={12} /> : <IconPlus size={12} />}
          </ActionIcon>
          <Text size="sm" fw={depth === 0 ? 700 : 600}>
            {name}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td>{count}</Table.Td>
      <Table.Td colSpan={COLS - 1} />
    </Table.Tr>
  );
}
