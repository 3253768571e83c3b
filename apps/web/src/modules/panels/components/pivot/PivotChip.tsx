import { useDraggable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { Badge } from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dragId, type Dragged } from './pivot-dnd';

/** A field of "Campos disponíveis": dragged by mouse, touch or keyboard (Space, arrows, Space). */
export function PivotChip({ dragged, label }: { dragged: Dragged; label: string }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: dragId(dragged), data: dragged });
  return (
    <Badge
      ref={setNodeRef}
      component="button"
      type="button"
      variant={isDragging ? 'filled' : 'outline'}
      size="lg"
      leftSection={<IconGripVertical size={12} aria-hidden />}
      style={{
        cursor: 'grab',
        textTransform: 'none',
        transform: CSS.Translate.toString(transform),
        zIndex: isDragging ? 10 : undefined,
        touchAction: 'none',
      }}
      {...attributes}
      {...listeners}
      aria-label={t('panelsKit.pivot.dragHandle', { field: label })}
    >
      {label}
    </Badge>
  );
}
