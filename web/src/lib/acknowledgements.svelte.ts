// The caller's pending acknowledgements (5.2, 7.3): one count shared by the menu badge and
// the "documents to acknowledge" screen, refreshed when the organisation changes and after
// an acknowledgement.
import { api } from './api/endpoints';
import type { PendingAcknowledgement } from './api/types';

export const pendingAcks = $state<{ orgId: string | null; items: PendingAcknowledgement[]; loaded: boolean }>({
  orgId: null,
  items: [],
  loaded: false,
});

let seq = 0;

/** Reloads the list for an organisation; failures leave an empty list (the badge hides). */
export async function refreshPendingAcks(orgId: string): Promise<PendingAcknowledgement[]> {
  const mine = ++seq;
  try {
    const page = await api.pendingAcknowledgements(orgId);
    if (mine === seq) {
      pendingAcks.orgId = orgId;
      pendingAcks.items = page.items;
      pendingAcks.loaded = true;
    }
    return page.items;
  } catch (error) {
    if (mine === seq) {
      pendingAcks.orgId = orgId;
      pendingAcks.items = [];
      pendingAcks.loaded = true;
    }
    throw error;
  }
}

/** The count for the menu badge: only for the organisation shown. */
export function pendingCount(orgId: string | null | undefined): number {
  return pendingAcks.orgId === orgId ? pendingAcks.items.length : 0;
}
