import type { SalesforceSettings } from '@atende/shared';
import { Alert, Button, Group, Paper, PasswordInput, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { fieldErrors } from '../../../ui/field-errors';
import { FullPageLoader } from '../../../ui/FullPageLoader';
import { PageHeader } from '../../../ui/PageHeader';
import { useFormValues } from '../../../ui/use-form-values';
import { useNotify } from '../../../ui/use-notify';
import { useSalesforceSettings, useSaveSalesforceSettings, useTestSalesforce } from '../hooks/use-salesforce';
import { SalesforceLog } from './SalesforceLog';

/** SPEC CRM-01…CRM-03: "Administração → Integrações → Salesforce": connection, "Testar conexão" and the integration log. */
export function SalesforcePage() {
  const { t } = useTranslation();
  const settings = useSalesforceSettings();
  return (
    <>
      <PageHeader title={t('salesforce.title')} subtitle={t('salesforce.subtitle')} />
      <Stack gap="lg">
        <ErrorAlert error={settings.error} />
        {settings.data ? <SalesforceForm key={JSON.stringify(settings.data)} settings={settings.data} /> : !settings.error && <FullPageLoader />}
        <SalesforceLog />
      </Stack>
    </>
  );
}

function SalesforceForm({ settings }: { settings: SalesforceSettings }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveSalesforceSettings();
  const test = useTestSalesforce();
  const { values, set } = useFormValues({
    enabled: settings.enabled,
    loginUrl: settings.loginUrl,
    authType: settings.authType,
    clientId: settings.clientId,
    clientSecret: '',
    username: settings.username ?? '',
    privateKey: '',
    apiVersion: settings.apiVersion,
    documentField: settings.documentField,
    chats: settings.chats,
  });
  const errors = fieldErrors(t, save.error);
  const secretHint = (isSet: boolean) => t(isSet ? 'salesforce.hints.secretSet' : 'salesforce.hints.secretUnset');

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    test.reset();
    save.mutate(
      {
        ...values,
        // Write-only: blank keeps what is stored.
        clientSecret: values.clientSecret || undefined,
        privateKey: values.privateKey || undefined,
        username: values.username || null,
      },
      { onSuccess: () => notify.success(t('salesforce.saved')) },
    );
  };

  return (
    <Paper withBorder radius="lg" p="lg" component="form" onSubmit={submit} aria-label={t('salesforce.title')}>
      <Stack gap="md" maw={640}>
        <Switch label={t('salesforce.fields.enabled')} checked={values.enabled} onChange={(e) => set('enabled')(e.currentTarget.checked)} />
        <TextInput
          label={t('salesforce.fields.loginUrl')}
          description={t('salesforce.hints.loginUrl')}
          value={values.loginUrl}
          onChange={(e) => set('loginUrl')(e.currentTarget.value)}
          error={errors.loginUrl}
          required
        />
        <Select
          label={t('salesforce.fields.authType')}
          data={(['client_credentials', 'jwt'] as const).map((v) => ({ value: v, label: t(`salesforce.authTypes.${v}`) }))}
          value={values.authType}
          onChange={(v) => v && set('authType')(v as typeof values.authType)}
          allowDeselect={false}
        />
        <TextInput
          label={t('salesforce.fields.clientId')}
          value={values.clientId}
          onChange={(e) => set('clientId')(e.currentTarget.value)}
          error={errors.clientId}
        />
        {values.authType === 'client_credentials' ? (
          <PasswordInput
            label={t('salesforce.fields.clientSecret')}
            description={secretHint(settings.hasClientSecret)}
            value={values.clientSecret}
            onChange={(e) => set('clientSecret')(e.currentTarget.value)}
            autoComplete="new-password"
            error={errors.clientSecret}
          />
        ) : (
          <>
            <TextInput label={t('salesforce.fields.username')} value={values.username} onChange={(e) => set('username')(e.currentTarget.value)} />
            <Textarea
              label={t('salesforce.fields.privateKey')}
              description={secretHint(settings.hasPrivateKey)}
              value={values.privateKey}
              onChange={(e) => set('privateKey')(e.currentTarget.value)}
              autosize
              minRows={3}
              styles={{ input: { fontFamily: 'monospace' } }}
            />
          </>
        )}
        <Group grow>
          <TextInput
            label={t('salesforce.fields.apiVersion')}
            value={values.apiVersion}
            onChange={(e) => set('apiVersion')(e.currentTarget.value)}
            error={errors.apiVersion}
          />
          <TextInput
            label={t('salesforce.fields.documentField')}
            description={t('salesforce.hints.documentField')}
            value={values.documentField}
            onChange={(e) => set('documentField')(e.currentTarget.value)}
            error={errors.documentField}
          />
        </Group>
        <Switch
          label={t('salesforce.fields.chats')}
          description={t('salesforce.hints.chats')}
          checked={values.chats}
          onChange={(e) => set('chats')(e.currentTarget.checked)}
        />
        <ErrorAlert error={Object.keys(errors).length ? null : save.error} />
        {test.data?.ok && (
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} role="status">
            {t('salesforce.testOk', { url: test.data.instanceUrl })}
          </Alert>
        )}
        {test.data && !test.data.ok && test.data.error && (
          <Alert color="red" variant="light" role="alert">
            {test.data.error.message}
          </Alert>
        )}
        <ErrorAlert error={test.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('salesforce.save')}
          </Button>
          <Button variant="light" loading={test.isPending} onClick={() => test.mutate()}>
            {t('salesforce.test')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
