import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { roleLabels, roles, scopeTypeLabels } from '@bianping/core/auth/roles';
import { Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { RegionTreeSelect } from '../../components/RegionTreeSelect.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { type RoleRow, rowKey, scopeTypesFor } from './role-rows.ts';

/** One assignment: role → the scope types that role allows → the scope itself. */
function RoleRowFields({ name, onRemove }: { name: number; onRemove: () => void }) {
  const t = useT();
  const label = useLabel();
  const form = Form.useFormInstance();
  // preserve: also return scopeName, which no input owns but which names an already chosen unit.
  const row: RoleRow = Form.useWatch(['roles', name], { form, preserve: true }) ?? {};
  const scopeTypes = scopeTypesFor(row.role, row.scopeType);

  const onRoleChange = (role: RoleRow['role']) => {
    // A new role keeps the scope only if that role allows it; otherwise start from its first.
    const allowed = scopeTypesFor(role);
    const keep = row.scopeType && allowed.includes(row.scopeType);
    form.setFieldValue(['roles', name], {
      role,
      scopeType: keep ? row.scopeType : allowed[0],
      scopeId: keep ? row.scopeId : null,
      scopeName: keep ? row.scopeName : null,
    });
  };

  const onScopeTypeChange = () => {
    form.setFieldValue(['roles', name, 'scopeId'], null);
    form.setFieldValue(['roles', name, 'scopeName'], null);
  };

  const scopeRequired = { required: row.scopeType !== 'all', message: t('roles.scopeRequired') };

  return (
    <Row gutter={12} align="top" wrap={false}>
      <Col flex="0 0 30%">
        <Form.Item
          label={t('roles.role')}
          name={[name, 'role']}
          rules={[{ required: true, message: t('roles.roleRequired') }]}
        >
          <Select
            options={roles.map((r) => ({ value: r, label: label(roleLabels[r]) }))}
            onChange={onRoleChange}
            placeholder={t('roles.roleRequired')}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      </Col>
      <Col flex="0 0 24%">
        <Form.Item
          label={t('roles.scopeType')}
          name={[name, 'scopeType']}
          rules={[{ required: true, message: t('roles.scopeTypeRequired') }]}
        >
          <Select
            options={scopeTypes.map((s) => ({ value: s, label: label(scopeTypeLabels[s]) }))}
            onChange={onScopeTypeChange}
            disabled={!row.role}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      </Col>
      <Col flex="1 1 auto" style={{ minWidth: 0 }}>
        {row.scopeType === 'region' ? (
          <Form.Item label={t('roles.scope')} name={[name, 'scopeId']} rules={[scopeRequired]}>
            <RegionTreeSelect />
          </Form.Item>
        ) : row.scopeType === 'unit' ? (
          <Form.Item label={t('roles.scope')} name={[name, 'scopeId']} rules={[scopeRequired]}>
            <UnitSelect initialLabel={row.scopeName} />
          </Form.Item>
        ) : row.scopeType === 'campaign' ? (
          <Form.Item label={t('roles.scope')} name={[name, 'scopeId']} rules={[scopeRequired]}>
            <Input placeholder={t('roles.campaignPlaceholder')} />
          </Form.Item>
        ) : (
          <Form.Item label={t('roles.scope')}>
            <Input value={row.role ? t('roles.allScope') : ''} disabled />
          </Form.Item>
        )}
      </Col>
      <Col flex="none">
        {/* Aligns the button with the inputs, below the labels. */}
        <Form.Item label=" " colon={false}>
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            onClick={onRemove}
            aria-label={t('roles.remove')}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** The list of a user's role assignments inside a user form (field `roles`). */
export function RolesEditor() {
  const t = useT();
  return (
    <Form.List
      name="roles"
      rules={[
        {
          validator: async (_rule, rows: RoleRow[] | undefined) => {
            const keys = (rows ?? []).filter((r) => r?.role && r.scopeType).map(rowKey);
            if (new Set(keys).size !== keys.length) throw new Error(t('roles.duplicate'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
              {t('roles.none')}
            </Typography.Paragraph>
          )}
          {fields.map((field) => (
            <RoleRowFields key={field.key} name={field.name} onRemove={() => remove(field.name)} />
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({})}
            block
            style={{ marginTop: 4 }}
          >
            {t('roles.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
