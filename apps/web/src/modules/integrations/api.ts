import type {
  ApiToken,
  apiTokenBody,
  CreatedApiToken,
  WebhookDelivery,
  WebhookEndpoint,
  webhookEndpointBody,
  WebhookEndpointWithSecret,
} from '@atende/shared';
import type { z } from 'zod';
import { api } from '../../app/api';

// SPEC PLT-02 (API tokens) and PLT-03 (outbound webhooks), managed by admins.
export type ApiTokenInput = z.input<typeof apiTokenBody>;
export type WebhookEndpointInput = z.input<typeof webhookEndpointBody>;

export const integrationKeys = {
  apiTokens: ['admin', 'api-tokens'] as const,
  webhooks: ['admin', 'webhooks'] as const,
  deliveries: (id: string) => ['admin', 'webhooks', id, 'deliveries'] as const,
};

type Items<T> = { items: T[] };

export const listApiTokens = (signal?: AbortSignal) => api.get<Items<ApiToken>>('/api/api-tokens', undefined, signal);
export const createApiToken = (body: ApiTokenInput) => api.post<CreatedApiToken>('/api/api-tokens', body);
export const revokeApiToken = (id: string) => api.delete(`/api/api-tokens/${id}`);

export const listWebhooks = (signal?: AbortSignal) => api.get<Items<WebhookEndpoint>>('/api/webhook-endpoints', undefined, signal);
export const createWebhook = (body: WebhookEndpointInput) => api.post<WebhookEndpointWithSecret>('/api/webhook-endpoints', body);
export const updateWebhook = (id: string, body: WebhookEndpointInput) => api.put<WebhookEndpoint>(`/api/webhook-endpoints/${id}`, body);
export const deleteWebhook = (id: string) => api.delete(`/api/webhook-endpoints/${id}`);
export const rotateWebhookSecret = (id: string) => api.post<WebhookEndpointWithSecret>(`/api/webhook-endpoints/${id}/secret`);
export const listDeliveries = (id: string, signal?: AbortSignal) =>
  api.get<Items<WebhookDelivery>>(`/api/webhook-endpoints/${id}/deliveries`, undefined, signal);
export const resendDelivery = (id: string, deliveryId: string) =>
  api.post<WebhookDelivery>(`/api/webhook-endpoints/${id}/deliveries/${deliveryId}/resend`);
