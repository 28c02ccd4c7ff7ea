import { Alert, Card, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { RegionSettingsForm } from './RegionSettingsForm.tsx';
import { useRegionSettings } from './useRegionSettings.ts';

/** The chosen region's thresholds: when they were last set here, then the form. */
export function RegionSettingsPanel({ regionId }: { regionId: string }) {
  const t = useT();
  const errorText = useErrorText();
  const { query } = useRegionSettings(regionId);
  const settings = query.data;
  if (query.error) return <Alert type="error" showIcon title={errorText(query.error)} />;
  if (!settings) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  return (
    <Card
      title={t('warnings.settings.regionTitle', { region: settings.region.name })}
      extra={
        <Typography.Text type="secondary">
          {settings.updatedAt && settings.version > 0
            ? t('warnings.settings.updatedAt', { time: dayjs(settings.updatedAt).format('YYYY-MM-DD HH:mm') })
            : t('warnings.settings.neverSet')}
        </Typography.Text>
      }
    >
      <RegionSettingsForm settings={settings} />
    </Card>
  );
}
