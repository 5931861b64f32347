import type { TAiSystem } from '@kizuna/contracts';

// Subject fields the permission rules read for objects that belong to a system.
export const ownedBy = (system: TAiSystem) => ({ systemOwnerId: system.ownerId ?? '' });
