import { ZTenantPolicy, type TTenantPolicy } from '@kizuna/contracts';

// Stored policies from older versions, or partial ones, read with today's defaults filled in.
export const readTenantPolicy = (stored: Record<string, unknown> | null): TTenantPolicy => {
  const parsed = ZTenantPolicy.safeParse(stored ?? {});
  return parsed.success ? parsed.data : ZTenantPolicy.parse({});
};
