import type { ReactNode } from 'react';

export function DetailItem({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'field-list-item wide' : 'field-list-item'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
