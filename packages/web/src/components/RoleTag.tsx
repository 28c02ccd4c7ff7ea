import type { RoleAssignmentSchema } from '@bianping/core/auth';
import { roleLabels, scopeTypeLabels } from '@bianping/core/auth/roles';
import { Tag, Tooltip } from 'antd';
import type { z } from 'zod';
import { useLabel, useLocale } from '../app/i18n/LocaleContext.ts';

type Assignment = z.infer<typeof RoleAssignmentSchema>;

const roleColors: Record<Assignment['role'], string> = {
  admin: 'red',
  officer: 'blue',
  evaluator: 'cyan',
  unit: 'green',
  rater: 'purple',
  expert: 'gold',
  leader: 'volcano',
};

/** The name of what an assignment reaches: "全部", the region or unit name, or the raw id. */
export function useScopeText() {
  const label = useLabel();
  return (a: Assignment) =>
    a.scopeType === 'all' ? label(scopeTypeLabels.all) : (a.scopeName ?? a.scopeId ?? '');
}

/** One role assignment as a tag: the role, and the scope when it is not everything. */
export function RoleTag({ assignment }: { assignment: Assignment }) {
  const label = useLabel();
  const { lang } = useLocale();
  const scopeText = useScopeText();
  const role = label(roleLabels[assignment.role]);
  const text = assignment.scopeType === 'all' ? role : `${role} · ${scopeText(assignment)}`;
  return (
    <Tooltip
      title={`${label(scopeTypeLabels[assignment.scopeType])}${lang === 'zh' ? '：' : ': '}${scopeText(assignment)}`}
    >
      <Tag color={roleColors[assignment.role]} style={{ marginInlineEnd: 4, marginBlock: 2 }}>
        {text}
      </Tag>
    </Tooltip>
  );
}
