import { DeleteOutlined, EditOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, List, Popconfirm, Space, Typography } from 'antd';
import { saveFile } from '../../../api/files.ts';
import { deleteFinding, type OnsiteFinding, type OnsiteForm } from '../../../api/onsite.ts';
import { downloadEvidence } from '../../../api/self-assessment.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { CategoryTag, SeverityTag } from './FindingTags.tsx';
import { useOnsiteReload } from './useOnsite.ts';

type Props = {
  form: OnsiteForm;
  findings: OnsiteFinding[];
  editable: boolean;
  onEdit: (finding: OnsiteFinding) => void;
};

/** The findings raised on a leaf: severity and category tags, description, linked evidence. */
export function FindingList({ form, findings, editable, onEdit }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const reload = useOnsiteReload(form.campaign.id, form.unit.id);
  const remove = useMutation({
    mutationFn: (f: OnsiteFinding) => deleteFinding(form.campaign.id, form.unit.id, f.id, f.version),
    onSettled: reload,
    onError: (error) => void message.error(errorText(error)),
  });
  if (findings.length === 0) return null;
  const fileName = (id: string) => form.files.find((f) => f.fileId === id)?.name ?? id;
  return (
    <List
      size="small"
      bordered
      aria-label={t('campaigns.onsite.finding.list')}
      dataSource={findings}
      renderItem={(f) => (
        <List.Item
          data-testid="finding"
          actions={
            editable
              ? [
                  <Button
                    key="edit"
                    type="text"
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={t('common.edit')}
                    onClick={() => onEdit(f)}
                  />,
                  <Popconfirm
                    key="delete"
                    title={t('campaigns.onsite.finding.deleteConfirm')}
                    onConfirm={() => remove.mutate(f)}
                  >
                    <Button
                      type="text"
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('campaigns.onsite.finding.delete')}
                    />
                  </Popconfirm>,
                ]
              : []
          }
        >
          <Space direction="vertical" size={2} style={{ minWidth: 0 }}>
            <Space wrap size={4}>
              <SeverityTag severity={f.severity} />
              <CategoryTag category={f.category} />
            </Space>
            <Typography.Text style={{ wordBreak: 'break-word' }}>{f.description}</Typography.Text>
            {f.evidenceFileIds.map((id) => (
              <Typography.Link
                key={id}
                onClick={async () => saveFile(await downloadEvidence(form.campaign.id, id, fileName(id)))}
              >
                <PaperClipOutlined aria-hidden /> {fileName(id)}
              </Typography.Link>
            ))}
          </Space>
        </List.Item>
      )}
    />
  );
}
