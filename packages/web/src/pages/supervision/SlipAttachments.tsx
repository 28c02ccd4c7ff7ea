import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Upload } from 'antd';
import { useState } from 'react';
import { saveFile } from '../../api/files.ts';
import {
  downloadSlipAttachment,
  type SlipDetail,
  slipKeys,
  uploadSlipAttachment,
} from '../../api/supervision.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { useSlipText } from './supervision-text.ts';

/** The kinds the server accepts (it checks the content too, so a renamed file is still refused). */
const ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';

/** A slip's attachments: a click downloads one; on a draft, a new file goes up as the raw body. */
export function SlipAttachments({ detail, editable }: { detail: SlipDetail; editable: boolean }) {
  const st = useSlipText();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [percent, setPercent] = useState<number | null>(null);
  const id = detail.slip.id;

  const upload = async (file: File) => {
    setPercent(0);
    try {
      const { attachment, version } = await uploadSlipAttachment(id, file, setPercent);
      // The upload bumps the slip's version: the open form must save over the new one.
      queryClient.setQueryData<SlipDetail>(slipKeys.one(id), (d) =>
        d
          ? {
              ...d,
              slip: {
                ...d.slip,
                version,
                attachmentFileIds: [...d.slip.attachmentFileIds, attachment.fileId],
              },
              attachments: [...d.attachments, attachment],
            }
          : d,
      );
    } catch (err) {
      void message.error(st('uploadFailed', { name: file.name, reason: errorText(err) }));
    } finally {
      setPercent(null);
    }
  };

  const download = async (fileId: string, name: string) => {
    try {
      saveFile(await downloadSlipAttachment(id, fileId, name));
    } catch (err) {
      void message.error(errorText(err));
    }
  };

  return (
    <Flex vertical gap={4} align="flex-start">
      {detail.attachments.map((a) => (
        <Button
          key={a.fileId}
          type="link"
          icon={<PaperClipOutlined />}
          onClick={() => void download(a.fileId, a.name)}
        >
          {a.name}
        </Button>
      ))}
      {editable && (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={percent !== null}>
            {percent === null ? st('upload') : `${st('upload')} ${percent}%`}
          </Button>
        </Upload>
      )}
    </Flex>
  );
}
