import {
  panelTools,
  roles,
  toolAllowed,
  toolRefusal,
  type PanelTool,
  type Role,
  type ToolOverrides,
  type ToolPermissions,
  type toolPermissionsBody,
} from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../../platform/auth/index.js';
import type { Platform } from '../../../../platform/platform.js';
import { read, write } from '../run.js';
import { toolPermissionsRepo } from '../tool-permissions.repository.js';

/** The effective matrix: each role × tool, the organization's row or else the default. */
function toMatrix(overrides: ToolOverrides): ToolPermissions {
  const matrix = Object.fromEntries(
    roles.map((role) => [role, Object.fromEntries(panelTools.map((tool) => [tool, toolAllowed(overrides, role, tool)]))]),
  ) as ToolPermissions['matrix'];
  return { tools: [...panelTools], roles: [...roles], matrix };
}

export const toolPermissionsQuery = (platform: Platform, p: Principal) => read(platform, p, async (s) => toMatrix(await toolPermissionsRepo.list(s)));

/** What the caller may use; the console hides or disables the rest, the API refuses it (requireTool, same rule). */
export const myToolsQuery = (platform: Platform, p: Principal) =>
  read(platform, p, async (s) => {
    const overrides = await toolPermissionsRepo.list(s);
    return { tools: panelTools.filter((tool) => toolRefusal(overrides, p, tool) === null) };
  });

// SPEC ORG-03: every cell sent is stored (one transaction); cells not sent keep their value.
export const saveToolPermissionsCommand = (platform: Platform, p: Principal, body: z.infer<typeof toolPermissionsBody>) =>
  write(platform, p, { entity: 'tool_permissions', action: 'updated' }, async (s) => {
    const rows = Object.entries(body.matrix).flatMap(([role, tools]) =>
      Object.entries(tools ?? {}).map(([tool, allowed]) => ({ role: role as Role, tool: tool as PanelTool, allowed: Boolean(allowed) })),
    );
    await toolPermissionsRepo.upsert(s, rows);
    return toMatrix(await toolPermissionsRepo.list(s));
  });
