import type { AttendanceService, ServiceAddress } from '@atende/shared';
import { Loader, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../../ui/FormModal';
import { useNotify } from '../../../../ui/use-notify';
import { createAttendance, patchService } from '../../api';
import { useAttendanceAction, useRefreshGrids } from '../../hooks/use-attendance-action';
import { useAttendanceService } from '../../hooks/use-attendance-service';
import { ServiceAddressFields } from './ServiceAddressFields';
import { ServiceLookupFields, type LookupValues } from './ServiceLookupFields';
import { PersonPicker } from './PersonPicker';

const emptyAddress: ServiceAddress = { cep: null, street: null, number: null, district: null, city: null, state: null, condo: null };

/** SPEC PAN-10 "Novo atendimento" (id null) and "Editar" (the attendance's service data). */
export function AttendanceFormModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const service = useAttendanceService(id);
  if (id && !service.data) {
    return <FormShell onClose={onClose} />;
  }
  return <AttendanceForm id={id} initial={service.data ?? null} onClose={onClose} />;
}

function FormShell({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal
      title={t('panels.form.editTitle', { protocol: '' })}
      onClose={onClose}
      onSubmit={(e) => e.preventDefault()}
      error={null}
      showError={false}
      pending
      submitLabel={t('panels.form.save')}
    >
      <Loader size="sm" />
    </FormModal>
  );
}

function AttendanceForm({ id, initial, onClose }: { id: string | null; initial: AttendanceService | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const refresh = useRefreshGrids();
  const [personId, setPersonId] = useState<string | null>(null);
  const [contactName, setContactName] = useState('');
  const [lookups, setLookups] = useState<LookupValues>({
    companyId: initial?.companyId ?? null,
    teamId: initial?.teamId ?? null,
    contactOriginId: initial?.contactOriginId ?? null,
    openingClassificationId: initial?.openingClassificationId ?? null,
    processId: initial?.processId ?? null,
  });
  const [description, setDescription] = useState(initial?.description ?? '');
  const [address, setAddress] = useState<ServiceAddress>(initial?.address ?? emptyAddress);
  const create = useMutation({ mutationFn: createAttendance, onSuccess: () => refresh() });
  const edit = useAttendanceAction(id ?? '', patchService);
  const mutation = id ? edit : create;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const common = {
      companyId: lookups.companyId,
      contactOriginId: lookups.contactOriginId,
      openingClassificationId: lookups.openingClassificationId,
      description: description.trim() || null,
      address,
    };
    if (id) {
      // A process is chosen here only once; changing it is "Encaminhar" (PAN-03).
      const processId = !initial?.processId && lookups.processId ? lookups.processId : undefined;
      edit.mutate({ ...common, teamId: lookups.teamId, processId }, { onSuccess: () => (notify.success(t('panels.tools.saved')), onClose()) });
    } else {
      create.mutate(
        { ...common, personId, contactName: personId ? undefined : contactName.trim() || undefined, processId: lookups.processId },
        { onSuccess: (a) => (notify.success(t('panels.tools.created', { protocol: a.protocol ?? a.code })), onClose()) },
      );
    }
  };

  return (
    <FormModal
      title={id ? t('panels.form.editTitle', { protocol: initial?.protocol ?? initial?.code ?? '' }) : t('panels.form.newTitle')}
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      error={mutation.error}
      showError
      pending={mutation.isPending}
      submitLabel={id ? t('panels.form.save') : t('panels.form.create')}
    >
      {!id && <PersonPicker value={personId} onChange={setPersonId} />}
      {!id && !personId && (
        <TextInput label={t('panels.form.contactName')} value={contactName} onChange={(e) => setContactName(e.currentTarget.value)} />
      )}
      <ServiceLookupFields values={lookups} onChange={setLookups} editing={!!id} processLocked={!!initial?.processId} />
      <Textarea
        label={t('panels.form.description')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        autosize
        minRows={3}
      />
      <ServiceAddressFields value={address} onChange={setAddress} />
    </FormModal>
  );
}
