import type { Role } from './roles.js';

// SPEC ORG-03, PAN-10: the panel grid tools an organization enables per role ("Permissões de
// ferramentas"). A tool_permissions row overrides the default below; the API decides with
// `toolAllowed`, and the console asks it which tools are allowed (GET /api/tool-permissions/me).
export const panelTools = [
  'attendance.new',
  'attendance.edit',
  'sla.modify',
  'sla.history',
  'attendance.take',
  'attendance.release',
  'process.forward',
  'subprocess.close',
  'service_order.manage',
  'survey.resend',
  'grid.export',
] as const;
export type PanelTool = (typeof panelTools)[number];

const agentDefaults: ReadonlySet<PanelTool> = new Set<PanelTool>([
  'attendance.new',
  'attendance.edit',
  'sla.history',
  'attendance.take',
  'attendance.release',
  'process.forward',
  'subprocess.close',
  'service_order.manage',
]);

/** The default when the organization has not configured the tool for the role. */
function defaultToolAllowed(role: Role, tool: PanelTool): boolean {
  if (role === 'admin' || role === 'supervisor') return true;
  return agentDefaults.has(tool);
}

export type ToolOverrides = ReadonlyArray<{ role: Role; tool: string; allowed: boolean }>;

/** Whether `role` may use `tool`, given the organization's overrides. */
export function toolAllowed(overrides: ToolOverrides, role: Role, tool: PanelTool): boolean {
  const row = overrides.find((o) => o.role === role && o.tool === tool);
  return row ? row.allowed : defaultToolAllowed(role, tool);
}

/** Who asks: their role (ORG-03) and their own "Pode iniciar atendimento" (ORG-04). */
export type ToolUser = { role: Role; canStartAttendance: boolean };

/**
 * Why `user` may not use `tool`, or null when they may. "Novo atendimento" starts an attendance by
 * hand, so besides the role's tool it needs the user's own permission (SPEC ORG-04), exactly like
 * "Iniciar atendimento": the console shows what this allows and the API refuses the rest.
 */
export function toolRefusal(overrides: ToolOverrides, user: ToolUser, tool: PanelTool): 'TOOL_FORBIDDEN' | 'ATT_START_FORBIDDEN' | null {
  if (!toolAllowed(overrides, user.role, tool)) return 'TOOL_FORBIDDEN';
  if (tool === 'attendance.new' && !user.canStartAttendance) return 'ATT_START_FORBIDDEN';
  return null;
}
