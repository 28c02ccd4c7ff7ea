import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps, Dropdown } from 'antd';
import { useState } from 'react';
import { saveFile } from '../../api/files.ts';
import { downloadIndicatorSet, type ExportFormat } from '../../api/indicators.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';

type Props = { setId: string; size?: ButtonProps['size']; type?: ButtonProps['type'] };

/** 导出: the set as an Excel sheet (one row per indicator) or as JSON, both importable again. */
export function ExportSetMenu({ setId, size, type }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      saveFile(await downloadIndicatorSet(setId, format));
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: t('indicators.export.xlsx') },
          { key: 'json', label: t('indicators.export.json') },
        ],
        onClick: ({ key }) => void run(key as ExportFormat),
      }}
    >
      <Button size={size} type={type} icon={<ExportOutlined />} loading={busy}>
        {t('indicators.export')} <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
