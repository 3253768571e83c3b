import { findPanelView } from '@atende/shared';
import type { ViewDef } from '../panel-types';

/** SPEC PAN-07: columns, search mode and tools of a view, from the registry the server also reads. */
export function useViewDef(tab: string, view: string): { def: ViewDef | undefined } {
  return { def: findPanelView(tab, view) };
}
