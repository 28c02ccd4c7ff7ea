import { UploadOutlined } from '@ant-design/icons';
import type { EvidencePurpose } from '@bianping/core/campaigns/self-assessment-api';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { saveFile } from '../../../api/files.ts';
import { queryKeys } from '../../../api/keys.ts';
import {
  downloadEvidence,
  type EvidenceFile,
  type SelfAssessmentForm,
  type UploadedFile,
  uploadSelfFile,
} from '../../../api/self-assessment.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';

/** The kinds the server accepts (it checks the content too, so a renamed file is still refused). */
export const EVIDENCE_ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';

type Props = {
  campaignId: string;
  unitId: string;
  purpose: EvidencePurpose;
  nodeId: string | null;
  /** The files attached now, in order. */
  files: EvidenceFile[];
  disabled: boolean;
  onUploaded: (file: UploadedFile) => void;
  /** Absent: files cannot be taken off (the report is replaced by a new upload instead). */
  onRemove?: (fileId: string) => void;
  maxCount?: number;
  buttonText: string;
};

/**
 * An upload list for evidence or the self-inspection report: the file goes up as the raw body
 * with a progress bar; a refusal (wrong type, too big) is shown in the user's language; a click
 * on an uploaded file downloads it through the session.
 */
export function EvidenceUpload(props: Props) {
  const { campaignId, unitId, purpose, nodeId, files, disabled, onUploaded, onRemove, maxCount } = props;
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<UploadFile[]>([]);

  const shown: UploadFile[] = [
    ...files.map((f) => ({ uid: f.fileId, name: f.name, status: 'done' as const })),
    ...pending,
  ];

  const upload = async (file: File) => {
    const uid = `${file.name}-${Date.now()}`;
    const track = (patch: Partial<UploadFile>) =>
      setPending((list) => list.map((p) => (p.uid === uid ? { ...p, ...patch } : p)));
    setPending((list) => [...list, { uid, name: file.name, status: 'uploading', percent: 0 }]);
    try {
      const uploaded = await uploadSelfFile(campaignId, unitId, file, purpose, nodeId, (percent) =>
        track({ percent }),
      );
      // The name list of the form learns the new file, so every place shows its name.
      queryClient.setQueryData<SelfAssessmentForm>(queryKeys.selfAssessment(campaignId, unitId), (form) =>
        form
          ? {
              ...form,
              files: [...form.files, { ...uploaded, purpose, nodeId, createdAt: new Date().toISOString() }],
            }
          : form,
      );
      setPending((list) => list.filter((p) => p.uid !== uid));
      onUploaded(uploaded);
    } catch (err) {
      const text = errorText(err);
      track({ status: 'error', response: text });
      void message.error(t('campaigns.self.uploadFailed', { name: file.name, reason: text }));
    }
  };

  const download = async (fileId: string, name: string) => {
    try {
      saveFile(await downloadEvidence(campaignId, fileId, name));
    } catch (err) {
      void message.error(errorText(err));
    }
  };

  return (
    <Upload
      accept={EVIDENCE_ACCEPT}
      multiple={!maxCount || maxCount > 1}
      disabled={disabled}
      fileList={shown}
      showUploadList={{ showRemoveIcon: !disabled && !!onRemove }}
      beforeUpload={(file) => {
        void upload(file);
        return false;
      }}
      onPreview={(file) => file.status === 'done' && void download(file.uid, file.name)}
      onRemove={(file) => {
        if (file.status === 'error') setPending((list) => list.filter((p) => p.uid !== file.uid));
        else onRemove?.(file.uid);
        return false;
      }}
    >
      {!disabled && (
        <Button icon={<UploadOutlined />} size="small">
          {props.buttonText}
        </Button>
      )}
    </Upload>
  );
}
