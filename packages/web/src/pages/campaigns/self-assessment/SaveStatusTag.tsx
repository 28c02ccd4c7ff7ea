import { CheckCircleOutlined, CloudSyncOutlined, EditOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import type { SaveStatus } from './useEntryAutosave.ts';

const looks: Record<SaveStatus, { color: string; icon: React.ReactNode }> = {
  saved: { color: 'success', icon: <CheckCircleOutlined aria-hidden /> },
  saving: { color: 'processing', icon: <CloudSyncOutlined spin aria-hidden /> },
  unsaved: { color: 'default', icon: <EditOutlined aria-hidden /> },
  offline: { color: 'warning', icon: <WarningOutlined aria-hidden /> },
  conflict: { color: 'error', icon: <WarningOutlined aria-hidden /> },
  error: { color: 'error', icon: <WarningOutlined aria-hidden /> },
};

/** 已保存 / 保存中 / 未保存 …: where an indicator's autosave stands. */
export function SaveStatusTag({ status }: { status: SaveStatus }) {
  const t = useT();
  const look = looks[status];
  return (
    <Tag color={look.color} icon={look.icon} role="status" aria-live="polite">
      {t(`campaigns.self.save.${status}`)}
    </Tag>
  );
}
