import { isAtendeDeliveryCode } from '@atende/shared';
import type { TFunction } from 'i18next';
import type { ChannelTestResult } from './workspace-api';

/**
 * SPEC CH-08: what "Testar conexão" and "Registrar webhook" say under their result. Atende's own
 * failure codes (no answer, not configured) in the admin's language with the technical cause; a
 * provider's failure or a success in the provider's words.
 */
export function checkDetail(t: TFunction, result: ChannelTestResult): string {
  return isAtendeDeliveryCode(result.code) ? `${t(`chat.delivery.reasons.${result.code}`)} (${result.detail})` : result.detail;
}
