import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createChannel,
  listChannels,
  registerChannelWebhook,
  saveChannelProvider,
  testChannel,
  updateChannel,
  workspaceKeys,
  type ChannelInput,
  type ChannelProviderInput,
  type ChannelUpdate,
} from '../workspace-api';

export function useChannels() {
  return useQuery({ queryKey: workspaceKeys.channels, queryFn: ({ signal }) => listChannels(signal), select: (d) => d.items });
}

export type SaveChannel = { id: null; body: ChannelInput } | { id: string; body: ChannelUpdate };

export function useSaveChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveChannel) => (input.id === null ? createChannel(input.body) : updateChannel(input.id, input.body)),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: workspaceKeys.channels }), queryClient.invalidateQueries({ queryKey: ['presence'] })]),
  });
}

/** CH-02, CH-03: saves provider settings and secrets; the list shows the new masked secrets. */
export function useSaveChannelProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ChannelProviderInput }) => saveChannelProvider(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.channels }),
  });
}

/** "Testar conexão" and "Registrar webhook": both answer `{ ok, detail }`, whatever the provider said. */
export function useChannelCheck(kind: 'test' | 'webhook') {
  return useMutation({ mutationFn: (id: string) => (kind === 'test' ? testChannel(id) : registerChannelWebhook(id)) });
}
