import { useEffect, useRef } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuthProvider, useGetIdentity, useLogout, useNotify, useStore, useTranslate } from 'react-admin';
import type { AgentRole } from '../access/roles';
import { DEACTIVATED_MESSAGE_KEY } from '../providers/authProvider';
import { CURRENT_AGENT_REFETCH_MS, type CurrentAgent, type CurrentAgentSource } from '../providers/currentAgent';

/** The role change this session saw last (the access-denied page names it). */
export interface RoleChange {
  from: AgentRole;
  to: AgentRole;
}
export const ROLE_CHANGE_STORE_KEY = 'identity.roleChange';

/** What changed between two reads of the signed-in agent, if anything the user must be told. */
export const identityChange = (
  before: CurrentAgent | null | undefined,
  after: CurrentAgent | null | undefined,
): { kind: 'deactivated' } | { kind: 'role'; change: RoleChange } | { kind: 'other' } | null => {
  if (before === undefined || after === undefined) return null;
  const wasActive = !!before?.active;
  const isActive = !!after?.active;
  if (wasActive && !isActive) return { kind: 'deactivated' };
  if (before && after && wasActive && isActive && before.role !== after.role) {
    return { kind: 'role', change: { from: before.role, to: after.role } };
  }
  if (before?.fullName !== after?.fullName || wasActive !== isActive) return { kind: 'other' };
  return null;
};

const sourceOf = (authProvider: unknown): CurrentAgentSource | undefined =>
  (authProvider as { currentAgent?: CurrentAgentSource } | undefined)?.currentAgent;

/**
 * Keeps the open app in step with the signed-in user's agents row: re-read every few seconds and
 * on window focus (and on any 401/403, see the auth provider). A role change refreshes the
 * identity, the menus and every canAccess answer and says so; a deactivation signs the user out
 * with "Your account was deactivated".
 */
export const useLiveIdentity = () => {
  const source = sourceOf(useAuthProvider());
  const { identity } = useGetIdentity();
  const userId = identity?.id ? String(identity.id) : undefined;
  const queryClient = useQueryClient();
  const notify = useNotify();
  const translate = useTranslate();
  const logout = useLogout();
  const [, setRoleChange] = useStore<RoleChange | null>(ROLE_CHANGE_STORE_KEY, null);

  const { data } = useQuery({
    ...(source && userId ? source.queryOptions(userId) : { queryKey: ['currentAgent', 'none'], queryFn: () => null }),
    enabled: !!source && !!userId,
    refetchInterval: CURRENT_AGENT_REFETCH_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: 'always',
  });

  const previous = useRef<CurrentAgent | null | undefined>(undefined);
  useEffect(() => {
    if (!source || !userId || data === undefined) return;
    const change = identityChange(previous.current, data);
    previous.current = data;
    if (!change) return;
    if (change.kind === 'deactivated') {
      notify(DEACTIVATED_MESSAGE_KEY, { type: 'error', autoHideDuration: 15_000 });
      void logout();
      return;
    }
    if (change.kind === 'role') {
      setRoleChange(change.change);
      notify('app.identity.role_changed', {
        type: 'info',
        autoHideDuration: 10_000,
        messageArgs: { role: translate(`app.roles.${change.change.to}`) },
      });
    }
    // The badge, the menus, the routes and the buttons read these: ask them again.
    for (const name of ['getIdentity', 'getPermissions', 'canAccess']) {
      void queryClient.invalidateQueries({ queryKey: ['auth', name] });
    }
  }, [data, source, userId, notify, logout, translate, setRoleChange, queryClient]);
};
