import { Typography } from 'antd';
import type { ReactNode } from 'react';
import type { FormulaCheckResult } from '../../../api/indicators.ts';
import { useLabel } from '../../../app/i18n/LocaleContext.ts';

type Props = { source: string; errors: FormulaCheckResult['errors'] };

const mark = {
  background: 'var(--ant-color-error-bg, #fff2f0)',
  textDecoration: 'underline wavy var(--ant-color-error, #ff4d4f)',
  color: 'inherit',
  padding: 0,
};

/**
 * The checked formula with every error's place marked, since a textarea cannot colour its text.
 * An error at the very end (a missing closing bracket) is marked by a caret after the text.
 */
export function FormulaSource({ source, errors }: Props) {
  const label = useLabel();
  const spans = [...errors].sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(span.start, at);
    const end = Math.max(span.end, start);
    if (start > at) parts.push(source.slice(at, start));
    parts.push(
      <mark key={`${span.start}-${span.end}-${span.code}`} style={mark} title={label(span.message)}>
        {end > start ? source.slice(start, end) : '\u2038'}
      </mark>,
    );
    at = end;
  }
  if (at < source.length) parts.push(source.slice(at));
  return (
    <Typography.Text
      code
      style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
      data-testid="formula-source"
    >
      {parts}
    </Typography.Text>
  );
}
