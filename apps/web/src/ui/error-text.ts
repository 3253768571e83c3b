import { isErrorCode } from '@atende/shared/i18n';
import type { TFunction } from 'i18next';
import { ApiError, NETWORK_ERROR_STATUS } from '../app/api';

/** The user's-language text for any error; coded API errors are translated from their code. */
export function errorText(t: TFunction, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === NETWORK_ERROR_STATUS) return t('app.networkError');
    if (isErrorCode(err.code)) return t(`errors.${err.code}`);
  }
  return t('errors.INTERNAL');
}
