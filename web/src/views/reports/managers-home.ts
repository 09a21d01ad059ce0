import type { NavigationGuard } from 'vue-router';
import { useSession } from '../../session/session-store';

/**
 * A manager's start page is the dashboard: opening the console (`/` typed or reloaded, or
 * arriving from sign-in) takes them there. From inside the console the menu's 工作台 still
 * opens the workbench, so it stays one click away.
 */
export const managersHome: NavigationGuard = (_to, from) => {
  const session = useSession();
  const arriving = from.matched.length === 0 || from.name === 'sign-in';
  if (arriving && session.me?.user.role === 'manager' && session.can('read', 'Report'))
    return { name: 'dashboard' };
  return true;
};
