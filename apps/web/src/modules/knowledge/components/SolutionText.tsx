import { Typography } from '@mantine/core';

/**
 * SPEC KB-01 "Solução Proposta": HTML the server sanitized with an allow-list (no scripts,
 * handlers or unsafe links) before storing it, so it is shown as formatted text.
 */
export function SolutionText({ html, label }: { html: string; label: string }) {
  return (
    <Typography fz="sm">
      <div role="region" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
