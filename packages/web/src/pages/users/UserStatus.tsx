import type { User } from '@bianping/core/users';
import { Space, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../app/i18n/LocaleContext.ts';

/** Active or not, plus the two states an administrator must notice: locked, must change password. */
export function UserStatus({ user }: { user: User }) {
  const t = useT();
  return (
    <Space size={[0, 4]} wrap>
      {user.active ? (
        <Tag color="success">{t('users.statusActive')}</Tag>
      ) : (
        <Tag color="default">{t('users.statusInactive')}</Tag>
      )}
      {user.lockedUntil && (
        <Tooltip title={t('users.lockedUntil', { time: dayjs(user.lockedUntil).format('YYYY-MM-DD HH:mm') })}>
          <Tag color="error">{t('users.locked')}</Tag>
        </Tooltip>
      )}
      {user.mustChangePassword && (
        <Tooltip title={t('users.mustChangeHint')}>
          <Tag color="warning">{t('users.mustChange')}</Tag>
        </Tooltip>
      )}
    </Space>
  );
}
