import { Button } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusPage } from '../ui/StatusPage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <StatusPage
      icon={<IconMapOff size={32} />}
      title={t('status.notFoundTitle')}
      text={t('status.notFoundText')}
      action={
        <Button component={Link} to="/" variant="light">
          {t('status.backHome')}
        </Button>
      }
    />
  );
}
