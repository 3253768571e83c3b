import { IconDeviceDesktop, IconFile, IconForms, IconHome, IconStar } from '@tabler/icons-react';

// SPEC ATT-12: the icon an admin picked for a form.
const ICONS = { forms: IconForms, device: IconDeviceDesktop, home: IconHome, file: IconFile, star: IconStar } as const;

export function FormIcon({ icon, size = 20 }: { icon: string; size?: number }) {
  const Icon = ICONS[icon as keyof typeof ICONS] ?? IconForms;
  return <Icon size={size} />;
}
