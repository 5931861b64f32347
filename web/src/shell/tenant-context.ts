import { createContext, useContext } from 'react';
import type { TenantAccess } from '../authz/tenant-access.js';

export interface TenantContextValue extends TenantAccess {
  slug: string;
}

export const TenantContext = createContext<TenantContextValue | null>(null);

export function useTenant(): TenantContextValue {
  const value = useContext(TenantContext);
  if (!value) throw new Error('useTenant() must be used inside a tenant route');
  return value;
}
