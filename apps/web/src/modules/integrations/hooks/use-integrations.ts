import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createApiToken,
  createWebhook,
  deleteWebhook,
  integrationKeys,
  listApiTokens,
  listDeliveries,
  listWebhooks,
  resendDelivery,
  revokeApiToken,
  rotateWebhookSecret,
  updateWebhook,
  type ApiTokenInput,
  type WebhookEndpointInput,
} from '../api';

export function useApiTokens() {
  return useQuery({ queryKey: integrationKeys.apiTokens, queryFn: ({ signal }) => listApiTokens(signal), select: (d) => d.items });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiTokenInput) => createApiToken(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationKeys.apiTokens }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeApiToken(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationKeys.apiTokens }),
  });
}

export function useWebhooks() {
  return useQuery({ queryKey: integrationKeys.webhooks, queryFn: ({ signal }) => listWebhooks(signal), select: (d) => d.items });
}

/** Create (id null) or edit; a creation answers with the secret, shown once. */
export function useSaveWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: WebhookEndpointInput }) => (id === null ? createWebhook(body) : updateWebhook(id, body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationKeys.webhooks }),
  });
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteWebhook(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationKeys.webhooks }),
  });
}

export function useRotateWebhookSecret() {
  return useMutation({ mutationFn: (id: string) => rotateWebhookSecret(id) });
}

/** The delivery log; refreshed every few seconds while open, so retries show up. */
export function useDeliveries(id: string) {
  return useQuery({
    queryKey: integrationKeys.deliveries(id),
    queryFn: ({ signal }) => listDeliveries(id, signal),
    select: (d) => d.items,
    refetchInterval: 5000,
  });
}

export function useResendDelivery(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => resendDelivery(id, deliveryId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationKeys.deliveries(id) }),
  });
}
