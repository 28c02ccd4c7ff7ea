import type { AhpResult } from '@bianping/core/indicators/ahp';
import { CR_LIMIT } from '@bianping/core/indicators/ahp';
import type { Inconsistency } from '@bianping/core/indicators/ahp-weighting';
import { Alert } from 'antd';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import type { AhpItem } from './AhpMatrix.tsx';
import { fractionText, hotComparisons, ratioText } from './ahp-matrix.ts';

type Props = { items: AhpItem[]; result: AhpResult; inconsistencies: Inconsistency[] };

/**
 * When CR ≥ 0.1, says which comparisons to reconsider, in words: what was entered, what the
 * other judgements imply, and the scale value that would fit.
 */
export function AhpHint({ items, result, inconsistencies }: Props) {
  const t = useT();
  if (result.consistent) return null;
  const name = (i: number) => {
    const item = items[i];
    return item ? `${item.code} ${item.name}` : String(i + 1);
  };
  return (
    <Alert
      type="error"
      showIcon
      title={t('indicators.ahp.hintTitle', { cr: result.cr.toFixed(4), limit: CR_LIMIT })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {[...hotComparisons(inconsistencies).values()].map((c) => (
            <li key={`${c.row}-${c.column}`}>
              {t('indicators.ahp.hintItem', {
                row: name(c.row),
                column: name(c.column),
                given: fractionText(c.given),
                implied: ratioText(c.implied),
                suggested: fractionText(c.suggested),
                share: Math.round(c.share * 100),
              })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
