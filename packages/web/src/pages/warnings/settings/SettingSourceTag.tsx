import type { SettingSource } from '@bianping/core/warnings/settings-api';
import { Tag } from 'antd';
import { useT } from '../../../app/i18n/LocaleContext.ts';

/** 本级设置, 继承自 <region> or 默认值: where a threshold in force comes from. */
export function SettingSourceTag({ source }: { source: SettingSource }) {
  const t = useT();
  if (source.kind === 'own') return <Tag color="blue">{t('warnings.settings.source.own')}</Tag>;
  if (source.kind === 'inherited') {
    return <Tag color="gold">{t('warnings.settings.source.inherited', { region: source.regionName })}</Tag>;
  }
  return <Tag>{t('warnings.settings.source.default')}</Tag>;
}
