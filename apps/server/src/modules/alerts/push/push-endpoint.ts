import { AppError } from '../../../platform/errors.js';
import { checkTarget } from '../../../platform/http/outbound-fetch.js';

// SPEC ALR-04 (web push): a push endpoint is a URL the browser hands us and we later POST to, so it
// passes the same guard as webhooks: https to a public address; plain http only to this machine and
// only when ALLOW_PRIVATE_TARGETS=true (development and tests with a local push service).

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

export async function checkPushEndpoint(endpoint: string, allowPrivateTargets: boolean): Promise<void> {
  const url = new URL(endpoint);
  if (url.protocol === 'http:' && !(allowPrivateTargets && LOOPBACK.test(url.hostname))) throw new AppError('TARGET_NOT_ALLOWED');
  await checkTarget(url, allowPrivateTargets);
}
