import type { Platform } from '../../platform/platform.js';
import { attendancesRepo } from './attendances.repository.js';
import { issueProtocol } from './lifecycle.js';

/** Opens an attendance and issues its protocol at a given instant (protocol tests with a fixed clock). */
export function issueProtocolForTest(platform: Platform, organizationId: string, at: Date): Promise<string> {
  return platform.tenant.inTenant(organizationId, null, async (s) => {
    const a = await attendancesRepo.insert(s, { channelType: 'manual', status: 'in_progress' });
    return (await issueProtocol(platform, s, a, at)).protocol!;
  });
}
