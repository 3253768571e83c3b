// Every API error carries one of these codes; the server maps each to an HTTP status once
// (apps/server/src/platform/errors.ts) and both server and console translate it (i18n `errors.*`).
export const errorStatus = {
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_REQUIRED: 401,
  AUTH_FORBIDDEN: 403,
  AUTH_CSRF: 403,
  AUTH_TOO_MANY_ATTEMPTS: 429,
  AUTH_USER_INACTIVE: 401,
  AUTH_WRONG_PASSWORD: 400,
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  RATE_LIMITED: 429,
  USER_NOT_FOUND: 404,
  USER_EMAIL_TAKEN: 409,
  USER_CANNOT_DEACTIVATE_SELF: 409,
  USER_LAST_ADMIN: 409,
  TEAM_NOT_FOUND: 404,
  TEAM_NAME_TAKEN: 409,
  COMPANY_NOT_FOUND: 404,
  QUEUE_NOT_FOUND: 404,
  QUEUE_NAME_TAKEN: 409,
  QUEUE_IN_USE: 409,
  QUEUE_KIND_MISMATCH: 400,
  CHANNEL_NOT_FOUND: 404,
  PAUSE_REASON_NOT_FOUND: 404,
  PAUSE_REASON_NAME_TAKEN: 409,
  AVATAR_INVALID: 400,
  PRESENCE_NOT_MEMBER: 404,
  PRESENCE_NOT_ONLINE: 409,
  PRESENCE_NOT_PAUSED: 409,
  PRESENCE_REASON_REQUIRED: 400,
  PRESENCE_LOGOUT_BLOCKED: 409,
  NOT_READY: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;
export const errorCodes = Object.keys(errorStatus) as ErrorCode[];

export type ApiErrorBody = {
  error: { code: ErrorCode | string; message: string; fields?: { path: string; message: string }[] };
};
