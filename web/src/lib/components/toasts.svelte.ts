// Short notices after an action ("token revoked"). Errors stay until dismissed.
export type ToastKind = 'success' | 'error' | 'info';

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

export const toasts = $state<Toast[]>([]);
let nextId = 1;

export function dismissToast(id: number): void {
  const index = toasts.findIndex((toast) => toast.id === id);
  if (index >= 0) toasts.splice(index, 1);
}

export function showToast(message: string, kind: ToastKind = 'success', timeoutMs = 5000): number {
  const id = nextId++;
  toasts.push({ id, kind, message });
  if (kind !== 'error' && timeoutMs > 0) setTimeout(() => dismissToast(id), timeoutMs);
  return id;
}
