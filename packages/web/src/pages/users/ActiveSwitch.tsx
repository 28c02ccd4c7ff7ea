import { Switch } from 'antd';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useConfirmActive } from './useConfirmActive.ts';

type Props = { id?: string; value?: boolean; onChange?: (value: boolean) => void; name: string };

/** The account's active flag inside the edit form; flipping it asks first. */
export function ActiveSwitch({ id, value = true, onChange, name }: Props) {
  const t = useT();
  const confirm = useConfirmActive();
  return (
    <Switch
      id={id}
      checked={value}
      checkedChildren={t('users.statusActive')}
      unCheckedChildren={t('users.statusInactive')}
      onChange={async (next) => {
        if (await confirm(name, next)) onChange?.(next);
      }}
    />
  );
}
