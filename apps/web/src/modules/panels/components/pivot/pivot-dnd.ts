import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import type { PivotField } from '@atende/shared';
import type { PivotValue } from '../../panel-types';
import type { PivotArea } from './pivot-config';

// SPEC PAN-09 "Configurar" through @dnd-kit: what is dragged, and how the keyboard moves it.

export type Dragged = { kind: 'field'; name: PivotField } | { kind: 'value'; name: PivotValue['field'] };
export const AREAS: readonly PivotArea[] = ['rows', 'columns', 'values'];

export const dragId = (d: Dragged) => `${d.kind}:${d.name}`;

/** Whether a dragged chip may be dropped in an area: fields in rows and columns, values in values. */
export const accepts = (area: PivotArea, d: Dragged) => (area === 'values') === (d.kind === 'value');

/**
 * The keyboard moves a picked-up chip from area to area (arrows right/down: next, left/up: previous)
 * rather than by a few pixels per key press, so three presses at most reach any area.
 */
export const areaKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const step = event.code === 'ArrowRight' || event.code === 'ArrowDown' ? 1 : event.code === 'ArrowLeft' || event.code === 'ArrowUp' ? -1 : 0;
  const moving = context.collisionRect;
  if (!step || !moving) return undefined;
  event.preventDefault();
  const current = AREAS.indexOf(context.over?.id as PivotArea);
  const next = current < 0 ? (step > 0 ? 0 : AREAS.length - 1) : Math.min(AREAS.length - 1, Math.max(0, current + step));
  const target = context.droppableRects.get(AREAS[next]!);
  if (!target) return undefined;
  return { x: target.left + (target.width - moving.width) / 2, y: target.top + (target.height - moving.height) / 2 };
};
