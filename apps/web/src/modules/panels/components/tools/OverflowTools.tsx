import { Box, Button, Menu, Tooltip } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconDotsVertical } from '@tabler/icons-react';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fittingCount } from './toolbar-fit';

export type ToolItem = {
  key: string;
  label: string;
  icon: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  loading?: boolean;
  /** Why a disabled tool is disabled (shown as its tooltip). */
  hint?: string;
  primary?: boolean;
};

const GAP = 8;

/**
 * SPEC PAN-10: the view's tools in one row whatever the screen width (a 1366-pixel screen holds
 * about half of them): the ones that fit are buttons, the rest items of the "Mais" menu. Widths are
 * measured on an invisible copy of the buttons, so a language with longer labels still fits.
 */
export function OverflowTools({ label, items }: { label: string; items: ToolItem[] }) {
  const { t } = useTranslation();
  const { ref, width } = useElementSize();
  const measure = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState(items.length);
  const signature = items.map((i) => `${i.key}:${i.label}`).join('|');

  useLayoutEffect(() => {
    const el = measure.current;
    if (!el || !width) return;
    const widths = [...el.children].map((c) => (c as HTMLElement).offsetWidth);
    const more = widths.pop() ?? 0;
    setFit(fittingCount(widths, width, GAP, more));
  }, [width, signature]);

  const shown = items.slice(0, fit);
  const rest = items.slice(fit);
  return (
    <Box ref={ref} style={{ flex: 1, minWidth: 0, position: 'relative' }}>
      <Box role="toolbar" aria-label={label} style={{ display: 'flex', gap: GAP, flexWrap: 'nowrap' }}>
        {shown.map((i) => (
          <Tooltip key={i.key} label={i.hint} disabled={!i.disabled || !i.hint} withArrow>
            <Button
              size="xs"
              variant={i.primary ? 'filled' : 'default'}
              leftSection={i.icon}
              onClick={i.onClick}
              disabled={i.disabled}
              loading={i.loading}
              style={{ flexShrink: 0 }}
            >
              {i.label}
            </Button>
          </Tooltip>
        ))}
        {rest.length > 0 && (
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconDotsVertical size={16} />}
                aria-label={t('panelsKit.toolbar.more')}
                style={{ flexShrink: 0 }}
              >
                {t('panelsKit.toolbar.moreShort')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {rest.map((i) => (
                <Menu.Item
                  key={i.key}
                  leftSection={i.icon}
                  onClick={i.onClick}
                  disabled={i.disabled || i.loading}
                  title={i.disabled ? i.hint : undefined}
                >
                  {i.label}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Box>
      {/* The measuring copy: out of sight, out of the accessibility tree and of the tab order. */}
      <div aria-hidden inert style={{ position: 'absolute', top: 0, left: 0, width: 0, height: 0, overflow: 'hidden', visibility: 'hidden' }}>
        <div ref={measure} style={{ display: 'flex', width: 'max-content', whiteSpace: 'nowrap' }}>
          {items.map((i) => (
            <Button key={i.key} size="xs" variant="default" leftSection={i.icon} tabIndex={-1} style={{ flexShrink: 0 }}>
              {i.label}
            </Button>
          ))}
          <Button size="xs" variant="default" leftSection={<IconDotsVertical size={16} />} tabIndex={-1} style={{ flexShrink: 0 }}>
            {t('panelsKit.toolbar.moreShort')}
          </Button>
        </div>
      </div>
    </Box>
  );
}
