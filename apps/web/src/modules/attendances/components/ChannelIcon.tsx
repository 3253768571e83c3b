import { ThemeIcon, Tooltip } from '@mantine/core';
import {
  IconApi,
  IconBrandInstagram,
  IconBrandMessenger,
  IconBrandTelegram,
  IconBrandWhatsapp,
  IconHandClick,
  IconMail,
  IconMessageCircle,
  IconPhone,
  IconPlugConnected,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Known = 'webchat' | 'whatsapp' | 'telegram' | 'messenger' | 'instagram' | 'email' | 'voice' | 'api' | 'manual';

const looks: Record<Known, { icon: Icon; color: string }> = {
  webchat: { icon: IconMessageCircle, color: 'indigo' },
  whatsapp: { icon: IconBrandWhatsapp, color: 'green' },
  telegram: { icon: IconBrandTelegram, color: 'cyan' },
  messenger: { icon: IconBrandMessenger, color: 'blue' },
  instagram: { icon: IconBrandInstagram, color: 'pink' },
  email: { icon: IconMail, color: 'orange' },
  voice: { icon: IconPhone, color: 'teal' },
  api: { icon: IconApi, color: 'gray' },
  manual: { icon: IconHandClick, color: 'violet' },
};

const isKnown = (type: string): type is Known => type in looks;

/** The channel's translated name ("WebChat", "WhatsApp", "Iniciado manualmente"…). */
export function useChannelName() {
  const { t } = useTranslation();
  return (type: string) => t(`attendances.channels.${isKnown(type) ? type : 'other'}`);
}

const lookOf = (type: string) => (isKnown(type) ? looks[type] : { icon: IconPlugConnected, color: 'gray' });

/** The channel's glyph alone, beside a text that already names it (the header's channel badge). */
export function ChannelGlyph({ type, size = 14 }: { type: string; size?: number }) {
  const { icon: Glyph, color } = lookOf(type);
  return <Glyph size={size} color={`var(--mantine-color-${color}-7)`} aria-hidden />;
}

/** SPEC ATT-03: each channel has its own icon — where the attendance came from, at a glance. */
export function ChannelIcon({ type, size = 30 }: { type: string; size?: number }) {
  const name = useChannelName()(type);
  const { icon: Glyph, color } = lookOf(type);
  return (
    <Tooltip label={name} withArrow openDelay={300}>
      <ThemeIcon variant="light" color={color} radius="xl" size={size} role="img" aria-label={name}>
        <Glyph size={Math.round(size * 0.58)} aria-hidden />
      </ThemeIcon>
    </Tooltip>
  );
}
