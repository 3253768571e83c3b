import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createChannel, listChannels, updateChannel, workspaceKeys, type ChannelInput, type ChannelUpdate } from '../workspace-api';

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
