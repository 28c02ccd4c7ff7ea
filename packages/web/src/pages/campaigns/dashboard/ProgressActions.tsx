import { BellOutlined, DownOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Popconfirm } from 'antd';
import { useState } from 'react';
import { downloadProgress } from '../../../api/campaign-progress.ts';
import { saveFile } from '../../../api/files.ts';
import { useLocale, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { useRemind } from './useProgress.ts';

/** 导出 (Excel or CSV, in the interface's language) and, for officers, 催办. */
export function ProgressActions({ campaignId, canRemind }: { campaignId: string; canRemind: boolean }) {
  const t = useT();
  const { lang } = useLocale();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const remind = useRemind(campaignId);

  const exportAs = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    try {
      saveFile(await downloadProgress(campaignId, format, lang));
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'xlsx', label: t('campaigns.progress.exportXlsx') },
            { key: 'csv', label: t('campaigns.progress.exportCsv') },
          ],
          onClick: ({ key }) => void exportAs(key as 'xlsx' | 'csv'),
        }}
      >
        <Button icon={<ExportOutlined />} loading={busy}>
          {t('campaigns.progress.export')} <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      {canRemind && (
        <Popconfirm title={t('campaigns.progress.remindConfirm')} onConfirm={() => remind.mutate()}>
          <Button type="primary" icon={<BellOutlined />} loading={remind.isPending}>
            {t('campaigns.progress.remind')}
          </Button>
        </Popconfirm>
      )}
    </>
  );
}
