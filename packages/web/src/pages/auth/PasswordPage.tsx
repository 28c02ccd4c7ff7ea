import { Card, Col, Row, Typography } from 'antd';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PasswordPolicyHint } from '../../components/PasswordPolicyHint.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

/** Changing one's password by choice, from the user menu. */
export function PasswordPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('password.title')} subtitle={t('password.subtitle')} />
      <Card>
        <Row gutter={[48, 24]}>
          <Col xs={24} md={12} lg={10}>
            <ChangePasswordForm onDone={() => undefined} />
          </Col>
          <Col xs={24} md={12} lg={10}>
            <PasswordPolicyHint />
            <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
              {t('password.otherSessions')}
            </Typography.Paragraph>
          </Col>
        </Row>
      </Card>
    </>
  );
}
