import type { RegionWarningSettings } from '@bianping/core/warnings/settings-api';
import { type RegionSettingKey, settingGroups } from '@bianping/core/warnings/settings-fields';
import { Alert, App, Button, Card, Flex, Form, Popconfirm, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, isApiError } from '../../../api/errors.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { SettingRow } from './SettingRow.tsx';
import {
  formValueOf,
  initialFormValues,
  overrideInputOf,
  ownKeysOf,
  type SettingsFormValues,
} from './settings-values.ts';
import { useRegionSettings } from './useRegionSettings.ts';

type Props = { settings: RegionWarningSettings };

/**
 * The thresholds of one region, grouped by rule. Each is either set here or inherited; the save
 * sends the fields set here with the version the form was loaded with.
 */
export function RegionSettingsForm({ settings }: Props) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsFormValues>();
  const [own, setOwn] = useState(() => ownKeysOf(settings));
  const { save, reset } = useRegionSettings(settings.region.id);

  // A fresh answer (another region, a save, a reload after a stale save) starts the form over.
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(initialFormValues(settings));
    setOwn(ownKeysOf(settings));
  }, [settings, form]);

  const setOwnField = (key: RegionSettingKey, isOwn: boolean) => {
    const next = new Set(own);
    if (isOwn) next.add(key);
    else {
      next.delete(key);
      // Inheriting shows the inherited value again and drops any error of the own value.
      form.setFields([
        { name: key, value: formValueOf(key, settings.fields[key].inherited.value), errors: [] },
      ]);
    }
    setOwn(next);
  };

  const submit = (values: SettingsFormValues) => {
    save.mutate(overrideInputOf(settings.version, own, values), {
      onSuccess: () => void message.success(t('warnings.settings.saved')),
      onError: (error) => {
        // The server names the field (`rankOrder.1` for an item of a list): show it on the field.
        if (error instanceof ApiError && error.field && error.code === 'E_VALIDATION') {
          const key = error.field.split('.')[0] as RegionSettingKey;
          if (key in settings.fields) form.setFields([{ name: key, errors: [errorText(error)] }]);
        }
      },
    });
  };

  const failure = save.error ?? reset.error;
  return (
    <Form<SettingsFormValues>
      form={form}
      name="warning-settings"
      layout="vertical"
      initialValues={initialFormValues(settings)}
      onFinish={submit}
    >
      {failure && !isApiError(failure, 'E_STALE_VERSION') && (
        <Alert type="error" showIcon title={errorText(failure)} style={{ marginBottom: 16 }} />
      )}
      <Flex vertical gap={16}>
        {settingGroups.map((group) => (
          <Card key={group.title.zh} size="small" title={label(group.title)}>
            {group.keys.map((key) => (
              <SettingRow
                key={key}
                settingKey={key}
                field={settings.fields[key]}
                isOwn={own.has(key)}
                onOwnChange={(isOwn) => setOwnField(key, isOwn)}
              />
            ))}
          </Card>
        ))}
      </Flex>
      <Flex justify="space-between" align="center" gap={16} wrap style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">{t('warnings.settings.nextScan')}</Typography.Text>
        <Flex gap={8}>
          <Popconfirm
            title={t('warnings.settings.resetConfirm', { region: settings.region.name })}
            onConfirm={() =>
              reset.mutate(settings.version, {
                onSuccess: () => void message.success(t('warnings.settings.wasReset')),
              })
            }
          >
            <Button disabled={ownKeysOf(settings).size === 0} loading={reset.isPending}>
              {t('warnings.settings.resetAll')}
            </Button>
          </Popconfirm>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
