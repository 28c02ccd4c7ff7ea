import { App } from 'antd';
import { useT } from '../../app/i18n/LocaleContext.ts';

/**
 * Asks before an account is switched off or on; deactivating logs the person out at once.
 * Resolves true when the administrator confirms.
 */
export function useConfirmActive() {
  const { modal } = App.useApp();
  const t = useT();
  return (name: string, next: boolean) =>
    modal.confirm({
      title: t(next ? 'users.reactivateTitle' : 'users.deactivateTitle', { name }),
      content: t(next ? 'users.reactivateHint' : 'users.deactivateHint'),
      okText: t(next ? 'users.reactivate' : 'users.deactivate'),
      okButtonProps: { danger: !next },
      cancelText: t('common.cancel'),
    });
}
