import type { PanelTool, Role } from '@atende/shared';
import { Checkbox, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ToolMatrix } from '../api';

type Props = {
  tools: PanelTool[];
  roles: Role[];
  matrix: ToolMatrix;
  disabled: boolean;
  onChange: (role: Role, tool: PanelTool, allowed: boolean) => void;
};

/** ORG-03: one row per panel tool, one checkbox per role ("Modificar SLA: Agente"). */
export function ToolMatrixTable({ tools, roles, matrix, disabled, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label={t('config.tools.title')}>
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th>{t('config.tools.tool')}</Table.Th>
              {roles.map((role) => (
                <Table.Th key={role} ta="center" w={140}>
                  {t(`roles.${role}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tools.map((tool) => {
              const toolName = t(`config.tools.names.${tool}`);
              return (
                <Table.Tr key={tool}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {toolName}
                    </Text>
                  </Table.Td>
                  {roles.map((role) => (
                    <Table.Td key={role}>
                      <Checkbox
                        aria-label={t('config.tools.cell', { tool: toolName, role: t(`roles.${role}`) })}
                        checked={matrix[role]?.[tool] ?? false}
                        disabled={disabled}
                        onChange={(e) => onChange(role, tool, e.currentTarget.checked)}
                        style={{ display: 'flex', justifyContent: 'center' }}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
