import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// Component tests render into happy-dom with the console's providers; queries never refetch by
// themselves, so a test seeds what the server would answer and no request leaves.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// happy-dom has no FontFaceSet; Mantine's autosizing text box listens to it.
if (typeof document !== 'undefined' && !('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget() });

let root: Root | null = null;
let host: HTMLElement | undefined;

export function clear(): void {
  act(() => root?.unmount());
  root = null;
  host?.remove();
}

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false }, mutations: { retry: false } } });
}

/** Renders `node` (replacing what the previous call rendered) and returns its container. */
export function render(node: ReactNode, queryClient: QueryClient = testQueryClient()): HTMLElement {
  clear();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root!.render(
      <MantineProvider>
        <QueryClientProvider client={queryClient}>{node}</QueryClientProvider>
      </MantineProvider>,
    ),
  );
  return host;
}

/** The element named `name` for assistive technology, if any. */
export const byLabel = (el: ParentNode, name: string) => el.querySelector(`[aria-label="${name}"]`);
