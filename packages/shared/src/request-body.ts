// The body of a fetch() from the pages that ship without the console's API client (the web-chat
// widget, the alert app): a file upload goes as multipart, anything else as JSON. Free of imports
// so those bundles stay small.

/** The request body for `body`; sets the JSON content type in `headers` when it is JSON. */
export function requestBody(body: object | FormData | undefined, headers: Record<string, string>): FormData | string | undefined {
  if (body instanceof FormData) return body;
  if (!body) return undefined;
  headers['content-type'] = 'application/json';
  return JSON.stringify(body);
}
