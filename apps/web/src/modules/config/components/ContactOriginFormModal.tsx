import { useTranslation } from 'react-i18next';
import type { ContactOrigin } from '../api';
import { useSaveContactOrigin } from '../hooks/use-contact-origins';
import { useSaved } from '../hooks/use-saved';
import { NameFormModal } from './NameFormModal';

/** SPEC PAN-02: a contact origin; the seeded ones keep their key, so only the name changes. */
export function ContactOriginFormModal({ origin, onClose }: { origin: ContactOrigin | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveContactOrigin();
  const saved = useSaved('contactOrigins', origin !== null, onClose);
  return (
    <NameFormModal
      title={t(origin ? 'config.contactOrigins.editTitle' : 'config.contactOrigins.new')}
      editing={origin}
      takenCode="CONTACT_ORIGIN_NAME_TAKEN"
      save={save}
      onClose={onClose}
      onSubmit={(values) => save.mutate({ id: origin?.id ?? null, body: origin ? values : { name: values.name } }, { onSuccess: saved })}
    />
  );
}
