import { ZTenantPolicy, type TTenantPolicy } from '@kizuna/contracts';
import { tightenToDefaults } from './tighten-only.js';

// Stored policies from older versions, or partial ones, read with today's defaults filled in, and never looser than
// the defaults (a policy saved before every field was tighten-only may hold a looser value).
export const readTenantPolicy = (
  stored: Record<string, unknown> | null,
  options: { tighten?: boolean } = {},
): TTenantPolicy => {
  const parsed = ZTenantPolicy.safeParse(stored ?? {});
  const policy = parsed.success ? parsed.data : ZTenantPolicy.parse({});
  return options.tighten === false ? policy : tightenToDefaults(policy);
};
