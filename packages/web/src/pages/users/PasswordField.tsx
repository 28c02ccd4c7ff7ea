import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useT } from '../../app/i18n/LocaleContext.ts';

type Props = {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** Called for a fresh random password; the caller knows the username it must not contain. */
  onGenerate: () => string;
};

/**
 * An initial password: typed, or generated. It is shown in clear text on purpose: the
 * administrator has to pass it on, and the user must replace it at first login anyway.
 */
export function PasswordField({ id, value, onChange, onGenerate }: Props) {
  const t = useT();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        id={id}
        value={value}
        onChange={(e) => onChange?.(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
      />
      <Button icon={<ThunderboltOutlined />} onClick={() => onChange?.(onGenerate())}>
        {t('users.generatePassword')}
      </Button>
    </Space.Compact>
  );
}
