// confirmAction() opens the one ConfirmDialog (mounted in the app shell) and
// resolves true when the user confirms, false when they cancel or press Escape.
export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
}

interface Pending extends ConfirmRequest {
  resolve: (confirmed: boolean) => void;
}

export const confirmState = $state<{ pending: Pending | null }>({ pending: null });

export function confirmAction(request: ConfirmRequest): Promise<boolean> {
  // A second request while one is open answers the first with "no".
  confirmState.pending?.resolve(false);
  return new Promise((resolve) => {
    confirmState.pending = { ...request, resolve };
  });
}

export function settleConfirm(confirmed: boolean): void {
  const pending = confirmState.pending;
  confirmState.pending = null;
  pending?.resolve(confirmed);
}
