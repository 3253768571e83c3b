import type { ApiToken, CreatedApiToken } from '@atende/shared';
import { Badge, Code, Group, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import type { Column } from '../../../ui/DataTable';
import { ListPage } from '../../../ui/ListPage';
import { RowAction } from '../../../ui/RowAction';
import { useNotify } from '../../../ui/use-notify';
import { dateTime } from '../date-time';
import { useApiTokens, useRevokeApiToken } from '../hooks/use-integrations';
import { ApiTokenFormModal } from './ApiTokenFormModal';
import { SecretShownModal } from './SecretShownModal';

type Dialog = { kind: 'new' } | { kind: 'shown'; token: CreatedApiToken } | { kind: 'revoke'; token: ApiToken } | null;

/** SPEC PLT-02: "Administração → Tokens de API": list, create (shown once), revoke. */
export function ApiTokensPage() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [dialog, setDialog] = useState<Dialog>(null);
  const expired = (row: ApiToken) => row.expiresAt !== null && new Date(row.expiresAt).getTime() <= Date.now();

  const columns: Column<ApiToken>[] = [
    {
      key: 'name',
      header: t('apiTokens.columns.name'),
      cell: (r) => (
        <Text size="sm" fw={600}>
          {r.name}
        </Text>
      ),
    },
    { key: 'prefix', header: t('apiTokens.columns.prefix'), cell: (r) => <Code>{r.prefix}…</Code> },
    {
      key: 'scopes',
      header: t('apiTokens.columns.scopes'),
      cell: (r) => (
        <Group gap={4}>
          {r.scopes.map((s) => (
            <Badge key={s} variant="light" color={s === 'admin' ? 'red' : s === 'write' ? 'orange' : 'indigo'}>
              {t(`apiTokens.scopes.${s}`)}
            </Badge>
          ))}
        </Group>
      ),
    },
    {
      key: 'expiresAt',
      header: t('apiTokens.columns.expiresAt'),
      cell: (r) =>
        expired(r) ? (
          <Badge color="gray">{t('apiTokens.expired')}</Badge>
        ) : (
          <Text size="sm">{r.expiresAt ? dateTime(r.expiresAt, i18n.language) : t('apiTokens.noExpiry')}</Text>
        ),
    },
    {
      key: 'lastUsedAt',
      header: t('apiTokens.columns.lastUsedAt'),
      cell: (r) => <Text size="sm">{r.lastUsedAt ? dateTime(r.lastUsedAt, i18n.language) : t('apiTokens.never')}</Text>,
    },
    { key: 'createdBy', header: t('apiTokens.columns.createdBy'), cell: (r) => <Text size="sm">{r.createdByName ?? ''}</Text> },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 90,
      cell: (r) => (
        <Group gap={4} justify="flex-end" wrap="nowrap" role="group" aria-label={t('users.rowActions', { name: r.name })}>
          <RowAction
            label={t('apiTokens.revoke')}
            color="red"
            icon={<IconTrash size={18} />}
            onClick={() => setDialog({ kind: 'revoke', token: r })}
          />
        </Group>
      ),
    },
  ];

  const confirmRevoke = (token: ApiToken) =>
    revoke.mutate(token.id, {
      onSuccess: () => {
        notify.success(t('apiTokens.revoked'));
        setDialog(null);
      },
    });

  return (
    <ListPage
      title={t('apiTokens.title')}
      subtitle={t('apiTokens.subtitle')}
      newLabel={t('apiTokens.new')}
      onNew={() => setDialog({ kind: 'new' })}
      list={tokens}
      columns={columns}
      rowKey={(r) => r.id}
      empty={t('apiTokens.empty')}
    >
      {dialog?.kind === 'new' && <ApiTokenFormModal onClose={() => setDialog(null)} onCreated={(token) => setDialog({ kind: 'shown', token })} />}
      {dialog?.kind === 'shown' && (
        <SecretShownModal
          title={t('apiTokens.createdTitle')}
          text={t('apiTokens.createdText')}
          label={dialog.token.name}
          value={dialog.token.token}
          copyLabel={t('apiTokens.copy')}
          copiedLabel={t('apiTokens.copied')}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'revoke' && (
        <ConfirmModal
          opened
          onClose={() => setDialog(null)}
          title={t('apiTokens.revokeTitle')}
          text={t('apiTokens.revokeText', { name: dialog.token.name })}
          confirmLabel={t('apiTokens.revoke')}
          onConfirm={() => confirmRevoke(dialog.token)}
          loading={revoke.isPending}
          error={revoke.error}
          danger
        />
      )}
    </ListPage>
  );
}
