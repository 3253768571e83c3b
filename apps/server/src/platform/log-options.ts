import type { FastifyRequest, FastifyServerOptions } from 'fastify';

// Issue item "no log line contains a token, cookie or secret": credentials travel in headers and
// bodies, which pino drops here wherever a log call might carry them.
// `*.headers` also covers libraries' own logs (the multipart parser traces its request headers).
const REDACT = [
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["set-cookie"]',
  '*.headers["x-visitor-token"]',
  '*.headers["x-csrf-token"]',
  'headers.authorization',
  'headers["set-cookie"]',
  'headers.cookie',
  'headers["x-visitor-token"]',
  'headers["x-csrf-token"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.visitorToken',
  '*.csrfToken',
  '*.secret',
  '*.hash',
  '*.cookie',
];

// The console's survey page (served as the single-page app) carries the survey token in its path.
const SECRET_PAGE = /^(\/avaliacao\/)[^/]+/;

/**
 * The request as logged: no query string (it may hold search terms or, from an old client, a
 * token), and the route's pattern instead of the address when a path parameter is a credential
 * (a survey link's token).
 */
function serializeRequest(req: FastifyRequest) {
  const pattern = req.routeOptions?.url;
  const path = req.url.split('?', 1)[0]!;
  // The widget's channel token is public (it is in the site's HTML); a survey's is not.
  const secretParam = pattern && /:\w*token/i.test(pattern) && !pattern.startsWith('/api/widget/');
  const url = secretParam ? pattern : path.replace(SECRET_PAGE, '$1[redacted]');
  return { method: req.method, url, host: req.host, remoteAddress: req.ip };
}

type LoggerOption = FastifyServerOptions['logger'];

/** Adds redaction and the safe request serializer to whatever logger the caller asked for. */
export function loggerOptions(logger: LoggerOption, level: string): LoggerOption {
  if (logger === false) return false;
  const base = typeof logger === 'object' && logger !== null ? logger : {};
  return {
    level,
    ...base,
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: { ...(base.serializers ?? {}), req: serializeRequest as never },
  };
}
