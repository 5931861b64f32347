import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@kizuna/authz';
import type { SessionUser } from '../auth/session-cache.js';

interface UserMenuProps {
  user: SessionUser;
  roles: string[] | null;
  onLogout: () => void;
}

export function UserMenu({ user, roles, onLogout }: UserMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    // Close on a click elsewhere or Escape, as people expect of a dropdown.
    function handlePointer(event: PointerEvent) {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    }
    function handleKey(event: KeyboardEvent) {
      if (event.key === 'Escape') setOpen(false);
    }
    document.addEventListener('pointerdown', handlePointer);
    document.addEventListener('keydown', handleKey);
    return () => {
      document.removeEventListener('pointerdown', handlePointer);
      document.removeEventListener('keydown', handleKey);
    };
  }, [open]);

  const initials = readInitials(user.displayName || user.email);
  return (
    <div className="user-menu" ref={containerRef}>
      <button
        type="button"
        className="user-menu-trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        title={t('header.accountMenu')}
        data-testid="user-menu"
        onClick={() => setOpen((value) => !value)}
      >
        <span className="avatar" aria-hidden="true">
          {initials}
        </span>
        <span className="user-menu-name">{user.displayName}</span>
        <svg className="chevron" viewBox="0 0 20 20" aria-hidden="true">
          <path d="M5.5 7.5 10 12l4.5-4.5" />
        </svg>
      </button>
      {open && (
        <div className="user-menu-panel" id={menuId} role="menu">
          <div className="user-menu-identity">
            <span className="user-menu-caption">{t('header.signedInAs')}</span>
            <strong>{user.displayName}</strong>
            <span className="user-menu-email">{user.email}</span>
          </div>
          {roles && roles.length > 0 && (
            <div className="user-menu-roles">
              <span className="user-menu-caption">{t('header.roles')}</span>
              <span className="role-chips">
                {roles.map((role) => (
                  <span key={role} className="chip">
                    {isKnownRole(role) ? t(`memberRole.${role}`) : role}
                  </span>
                ))}
              </span>
            </div>
          )}
          <button type="button" role="menuitem" className="user-menu-item" data-testid="logout" onClick={onLogout}>
            {t('header.logout')}
          </button>
        </div>
      )}
    </div>
  );
}

function readInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]?.[0], words[1]?.[0]] : [name.trim()[0]];
  return letters.join('').toUpperCase();
}

function isKnownRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role);
}
