import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { unwrap } from '../api/unwrap';
import { abilityFrom } from './ability';
import { refreshTokens } from './authorized-fetch';
import { tokenStore } from './token-store';

export type Me = components['schemas']['MeView'];
type TokenPair = components['schemas']['TokenPair'];

/**
 * The signed-in user: who they are, what they may do (the menus and buttons follow it; the
 * server stays the judge), and why a session ended when it did.
 */
export const useSession = defineStore('session', () => {
  const me = ref<Me | null>(null);
  const ability = shallowRef(abilityFrom(undefined));
  /** The server's words for why the last session ended, shown on the sign-in page. */
  const endedReason = ref('');

  const signedIn = computed(() => me.value !== null);
  const mustChangePassword = computed(() => me.value?.mustChangePassword ?? false);

  async function load(): Promise<void> {
    me.value = await unwrap(api.GET('/api/auth/me'));
    ability.value = abilityFrom(me.value.rules);
  }

  /** Picks a session up after a reload: refreshes the token kept in this browser. */
  async function resume(): Promise<boolean> {
    if (me.value) return true;
    if (!tokenStore.access && !(await refreshTokens())) return false;
    try {
      await load();
      return true;
    } catch {
      return false;
    }
  }

  async function adopt(pair: TokenPair): Promise<void> {
    await tokenStore.set(pair);
    endedReason.value = '';
    await load();
  }

  async function signIn(username: string, password: string, otp?: string): Promise<void> {
    await adopt(
      await unwrap(
        api.POST('/api/auth/login', { body: { username, password, ...(otp ? { otp } : {}) } }),
      ),
    );
  }

  async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await adopt(
      await unwrap(api.POST('/api/auth/password', { body: { currentPassword, newPassword } })),
    );
  }

  /** Forgets the session here; `reason` is shown at sign-in. */
  async function end(reason = ''): Promise<void> {
    me.value = null;
    ability.value = abilityFrom(undefined);
    endedReason.value = reason;
    await tokenStore.clear();
  }

  async function signOut(): Promise<void> {
    await api.POST('/api/auth/logout').catch(() => undefined);
    await end('');
  }

  function can(action: string, subject: string): boolean {
    return ability.value.can(action, subject);
  }

  return {
    me,
    ability,
    endedReason,
    signedIn,
    mustChangePassword,
    load,
    resume,
    signIn,
    changePassword,
    end,
    signOut,
    can,
  };
});
