import type { EffectiveSettingFields } from '@bianping/core/warnings/settings-api';
import { type RegionSettingKey, warningSettingFields } from '@bianping/core/warnings/settings-fields';
import { Flex, Form, Switch, Typography } from 'antd';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { SettingInput } from './SettingInput.tsx';
import { SettingSourceTag } from './SettingSourceTag.tsx';
import { describeValue } from './settings-values.ts';

type Props = {
  settingKey: RegionSettingKey;
  field: EffectiveSettingFields[RegionSettingKey];
  /** Whether the region sets this threshold itself (in the form, saved or not). */
  isOwn: boolean;
  onOwnChange: (own: boolean) => void;
};

/**
 * One threshold: its label and help, a switch between 本级设置 and inheriting, the input (only
 * editable when set here), where the value comes from and, when set here, what it would inherit.
 */
export function SettingRow({ settingKey, field, isOwn, onOwnChange }: Props) {
  const t = useT();
  const label = useLabel();
  const meta = warningSettingFields[settingKey];
  const name = label(meta.label);
  const inheritedSource =
    field.inherited.source.kind === 'inherited'
      ? t('warnings.settings.source.inherited', { region: field.inherited.source.regionName })
      : t('warnings.settings.source.default');
  return (
    <Form.Item
      label={
        <Flex gap={8} align="center">
          <span>{name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('warnings.settings.rules', { codes: meta.rules.join('、') })}
          </Typography.Text>
          <SettingSourceTag source={isOwn ? { kind: 'own' } : field.inherited.source} />
        </Flex>
      }
      htmlFor={`settings_${settingKey}`}
      extra={label(meta.help)}
    >
      <Flex gap={12} align="center" wrap>
        <Switch
          checked={isOwn}
          onChange={onOwnChange}
          checkedChildren={t('warnings.settings.switchOn')}
          unCheckedChildren={t('warnings.settings.switchOff')}
          aria-label={t('warnings.settings.setHere', { field: name })}
        />
        <div
          style={{ flex: meta.kind.type === 'unitKinds' || meta.kind.type === 'rankOrder' ? 1 : undefined }}
        >
          <Form.Item
            name={settingKey}
            noStyle
            rules={
              isOwn ? [{ required: true, message: t('warnings.settings.required', { field: name }) }] : []
            }
          >
            <SettingInput id={`settings_${settingKey}`} settingKey={settingKey} disabled={!isOwn} />
          </Form.Item>
        </div>
        {isOwn && (
          <Typography.Text type="secondary">
            {t('warnings.settings.inheritedValue', {
              value: describeValue(settingKey, field.inherited.value, label),
              source: inheritedSource,
            })}
          </Typography.Text>
        )}
      </Flex>
    </Form.Item>
  );
}
