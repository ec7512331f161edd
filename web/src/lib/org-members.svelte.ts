// The organisation's members, for the screens that pick an owner or a holder and show names.
import { api } from './api/endpoints';
import type { Member } from './api/types';

/**
 * The members of the organisation `orgId()` names (the first 500), read again when it changes;
 * empty while loading and when they cannot be read. Call while a component initialises.
 */
export function orgMembers(orgId: () => string): { readonly items: Member[] } {
  let items = $state.raw<Member[]>([]);
  $effect(() => {
    api.listMembers(orgId(), { limit: 500 }).then(
      (page) => (items = page.items),
      () => (items = []),
    );
  });
  return {
    get items() {
      return items;
    },
  };
}
