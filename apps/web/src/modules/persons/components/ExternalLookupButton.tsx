import { Alert, Button } from '@mantine/core';
import { IconCloudDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api';
import type { PersonValues } from '../person-form';
import { applyLookup, lookupExternal } from '../person-service-api';

/**
 * SPEC PER-07 "Buscar no serviço externo": by the typed CPF/CNPJ, else the first phone. A failure is
 * only a message under the button: the form stays as it was and can be saved.
 */
export function ExternalLookupButton({ values, onFill }: { values: PersonValues; onFill: (next: PersonValues) => void }) {
  const { t } = useTranslation();
  const document = values.document.trim();
  const phone = values.phones.find((p) => p.trim())?.trim();
  const lookup = useMutation({
    mutationFn: () => lookupExternal(document ? { document } : { phone: phone! }),
    onSuccess: (r) => onFill(applyLookup(values, r.values)),
  });
  const error = lookup.error;
  return (
    <>
      <Button
        variant="light"
        size="compact-sm"
        leftSection={<IconCloudDownload size={14} />}
        disabled={!document && !phone}
        loading={lookup.isPending}
        onClick={() => lookup.mutate()}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('people.service.lookup')}
      </Button>
      {error && (
        <Alert color="yellow" role="status" p="xs">
          {isApiError(error) ? t(`errors.${error.code}` as 'errors.PERSON_SERVICE_UNAVAILABLE') : t('errors.PERSON_SERVICE_UNAVAILABLE')}
        </Alert>
      )}
      {lookup.isSuccess && (
        <Alert color="teal" role="status" p="xs">
          {t('people.service.filled')}
        </Alert>
      )}
    </>
  );
}
