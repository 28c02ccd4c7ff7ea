import { DownOutlined, FileExcelOutlined } from '@ant-design/icons';
import { type ImportKind, importKinds } from '@bianping/core/imports';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { saveFile } from '../../api/files.ts';
import { downloadExport } from '../../api/imports.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { useImportTemplates } from '../imports/useImportTemplates.ts';

/** 导出 Excel: any registry sheet of the chosen region (or the whole scope) in the import columns. */
export function ExportMenu({ regionId }: { regionId: string | undefined }) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { byKind } = useImportTemplates();
  const [busy, setBusy] = useState(false);

  const run = async (kind: ImportKind) => {
    setBusy(true);
    try {
      saveFile(await downloadExport(kind, regionId));
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
        items: importKinds.map((kind) => {
          const info = byKind.get(kind);
          return { key: kind, label: info ? label(info.label) : kind };
        }),
        onClick: ({ key }) => void run(key as ImportKind),
      }}
    >
      <Button icon={<FileExcelOutlined />} loading={busy}>
        {t('registry.export')} <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
