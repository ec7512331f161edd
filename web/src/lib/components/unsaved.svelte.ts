// Guards a form with unsaved changes: the browser asks before a reload or tab close,
// and the router asks (with the ConfirmDialog) before an in-app navigation.
import { t } from '../i18n/index.svelte';
import { addGuard } from '../router/router.svelte';
import { confirmAction } from './confirm.svelte';

/** Call from a component's <script>; `isDirty` is read at navigation time. */
export function useUnsavedGuard(isDirty: () => boolean): void {
  $effect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    const removeGuard = addGuard(async () => {
      if (!isDirty()) return true;
      return confirmAction({
        title: t('unsaved.title'),
        message: t('unsaved.message'),
        confirmLabel: t('unsaved.leave'),
        cancelLabel: t('unsaved.stay'),
        danger: true,
      });
    });
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      removeGuard();
    };
  });
}
