import sanitizeHtml from 'sanitize-html';

// SPEC KB-01: "Solução Proposta" is rich text shown to agents as HTML, so only an allow-list of
// formatting tags and safe link targets is kept; scripts, styles, handlers and other URLs go.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'blockquote', 'code', 'pre'],
  allowedAttributes: { a: ['href', 'target', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { target: '_blank', rel: 'noopener noreferrer' }) },
};

export function sanitizeSolution(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** The text of sanitized HTML, for the search column. */
export function htmlText(html: string): string {
  return sanitizeHtml(html.replace(/<(br|\/p|\/li|\/h\d)\s*\/?>/gi, ' $&'), { allowedTags: [], allowedAttributes: {} });
}
