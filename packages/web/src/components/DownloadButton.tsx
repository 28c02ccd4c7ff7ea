import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { type DownloadedFile, saveFile } from '../api/files.ts';
import { useErrorText } from '../app/i18n/useErrorText.ts';

type Props = Omit<ButtonProps, 'onClick' | 'loading'> & {
  /** Fetches the file; the button spins meanwhile and reports a refusal in the user's language. */
  download: () => Promise<DownloadedFile>;
};

/** A button that fetches a file with the session (templates, exports) and saves it. */
export function DownloadButton({ download, icon = <DownloadOutlined />, children, ...rest }: Props) {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      saveFile(await download());
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button {...rest} icon={icon} loading={busy} onClick={() => void run()}>
      {children}
    </Button>
  );
}
