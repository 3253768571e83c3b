import { personServiceFields } from '@atende/shared';
import { ActionIcon, Button, Code, Group, NumberInput, Paper, Select, Stack, Switch, Tabs, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useNotify } from '../../../ui/use-notify';
import { usePersonFields } from '../person-fields-api';
import { usePersonService, useSavePersonService, useTestPersonService, type PersonServiceMapping } from '../person-service-api';

/** SPEC PER-07, seed 002 §1.12.1–1.12.2: "Configuração" (URL, auth header, timeout) and "Campos pessoa" (mapping), "Testar". */
export function PersonServicePage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const current = usePersonService();
  const fields = usePersonFields();
  const save = useSavePersonService();
  const test = useTestPersonService();
  const [urlTemplate, setUrlTemplate] = useState('');
  const [headerName, setHeaderName] = useState('');
  const [headerValue, setHeaderValue] = useState('');
  const [timeoutMs, setTimeoutMs] = useState(5000);
  const [active, setActive] = useState(true);
  const [mapping, setMapping] = useState<PersonServiceMapping[]>([]);
  const [testDocument, setTestDocument] = useState('');
  useEffect(() => {
    const c = current.data;
    if (!c?.configured) return;
    setUrlTemplate(c.urlTemplate);
    setHeaderName(c.headerName ?? '');
    setTimeoutMs(c.timeoutMs);
    setActive(c.active);
    setMapping(c.mapping);
  }, [current.data]);

  const targets = [
    ...personServiceFields.map((f) => ({ value: f, label: t(`people.service.targets.${f}`) })),
    ...(fields.data ?? []).map((f) => ({ value: `custom.${f.key}`, label: `${f.label} (${f.personType})` })),
  ];
  const setRow = (i: number, change: Partial<PersonServiceMapping>) => setMapping((m) => m.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        urlTemplate: urlTemplate.trim(),
        headerName: headerName.trim() || null,
        ...(headerValue ? { headerValue } : {}),
        timeoutMs,
        active,
        mapping: mapping.filter((r) => r.path.trim()).map((r) => ({ path: r.path.trim(), field: r.field })),
      },
      {
        onSuccess: () => {
          setHeaderValue('');
          notify.success(t('people.service.saved'));
        },
      },
    );
  };

  return (
    <>
      <PageHeader title={t('people.service.title')} subtitle={t('people.service.subtitle')} />
      <ErrorAlert error={current.error} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={820}>
          <Tabs defaultValue="config">
            <Tabs.List>
              <Tabs.Tab value="config">{t('people.service.tabs.config')}</Tabs.Tab>
              <Tabs.Tab value="fields">{t('people.service.tabs.fields')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="config" pt="md">
              <Stack gap="sm">
                <TextInput
                  label={t('people.service.urlTemplate')}
                  description={t('people.service.urlHint')}
                  placeholder="https://servico.exemplo.com.br/clientes/{cpf}"
                  value={urlTemplate}
                  onChange={(e) => setUrlTemplate(e.currentTarget.value)}
                  required
                />
                <Group grow align="flex-start">
                  <TextInput
                    label={t('people.service.headerName')}
                    placeholder="X-Api-Key"
                    value={headerName}
                    onChange={(e) => setHeaderName(e.currentTarget.value)}
                  />
                  <TextInput
                    type="password"
                    autoComplete="new-password"
                    label={t('people.service.headerValue')}
                    description={current.data?.hasHeaderValue ? t('people.service.headerValueStored') : undefined}
                    value={headerValue}
                    onChange={(e) => setHeaderValue(e.currentTarget.value)}
                  />
                </Group>
                <Group align="flex-end">
                  <NumberInput
                    label={t('people.service.timeoutMs')}
                    value={timeoutMs}
                    onChange={(v) => setTimeoutMs(Number(v) || 5000)}
                    min={500}
                    max={30000}
                    step={500}
                    w={180}
                  />
                  <Switch label={t('people.service.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} mb={8} />
                </Group>
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="fields" pt="md">
              <Stack gap="xs">
                {mapping.map((r, i) => (
                  <Paper key={i} withBorder p="xs" radius="md" role="group" aria-label={t('people.service.mappingN', { n: i + 1 })}>
                    <Group align="flex-end" wrap="nowrap" gap="xs">
                      <TextInput
                        label={t('people.service.path')}
                        placeholder="cliente.nome"
                        value={r.path}
                        onChange={(e) => setRow(i, { path: e.currentTarget.value })}
                        style={{ flex: 1 }}
                      />
                      <Select
                        label={t('people.service.field')}
                        data={targets}
                        value={r.field}
                        onChange={(v) => v && setRow(i, { field: v })}
                        allowDeselect={false}
                        style={{ flex: 1 }}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('people.service.removeMapping')}
                        onClick={() => setMapping((m) => m.filter((_, j) => j !== i))}
                        mb={4}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Paper>
                ))}
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} />}
                  onClick={() => setMapping((m) => [...m, { path: '', field: 'name' }])}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t('people.service.addMapping')}
                </Button>
              </Stack>
            </Tabs.Panel>
          </Tabs>
          <ErrorAlert error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('people.service.save')}
            </Button>
          </Group>
          <Group align="flex-end">
            <TextInput label={t('people.service.testDocument')} value={testDocument} onChange={(e) => setTestDocument(e.currentTarget.value)} />
            <Button
              variant="default"
              loading={test.isPending}
              disabled={!testDocument.trim()}
              onClick={() => test.mutate({ document: testDocument.trim() })}
            >
              {t('people.service.test')}
            </Button>
          </Group>
          <ErrorAlert error={test.error} />
          {test.data && (
            <Code block aria-label={t('people.service.testResult')}>
              {JSON.stringify(test.data.values, null, 2)}
            </Code>
          )}
        </Stack>
      </form>
    </>
  );
}
