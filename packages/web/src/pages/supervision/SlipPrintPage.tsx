import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { slipDecisions } from '@bianping/core/campaigns/supervision-slips';
import { findingCategories, findingSeverities, supervisionItems } from '@bianping/core/campaigns/vocabulary';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Result, Skeleton } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { getSlip, slipKeys } from '../../api/supervision.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { useSlipText } from './supervision-text.ts';
import '../../components/official-sheet.css';
import './slip-print.css';

/**
 * 机构编制督查确认单 (/supervision/:id/print): the slip in the official form — heading, number, the
 * table of what was checked and found, the unit's opinion, signature lines for the inspectors and
 * the unit's head, and the date. Printing leaves the sheet alone (components/official-sheet.css).
 */
export function SlipPrintPage() {
  const t = useT();
  const st = useSlipText();
  const label = useLabel();
  const errorText = useErrorText();
  const { id = '' } = useParams();
  const { data, error, isPending } = useQuery({
    queryKey: slipKeys.one(id),
    queryFn: ({ signal }) => getSlip(id, signal),
  });
  useEffect(() => {
    if (data) document.title = `${st('formTitle')} ${data.slip.slipNo} - ${t('app.title')}`;
  }, [data, st, t]);

  if (isPending)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  if (error) return <Result status="warning" title={t('error.loadFailed')} subTitle={errorText(error)} />;
  const { slip } = data;
  // Items have no id of their own; their place on the slip is fixed once it is sent.
  const numbered = slip.items.map((item, i) => ({ item, no: i + 1 }));
  const opinion =
    slip.status === 'confirmed'
      ? `${st('opinionConfirm')}${slip.unitComment ? ` ${slip.unitComment}` : ''}`
      : slip.status === 'disputed' || slip.status === 'settled'
        ? st('opinionDispute', { reason: slip.unitComment ?? '' })
        : '';
  return (
    <>
      <Flex justify="space-between" className="bp-no-print" style={{ marginBottom: 16 }}>
        <Link to={`/supervision/${id}`}>
          <Button icon={<ArrowLeftOutlined />}>{st('backToSlip')}</Button>
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {st('print')}
        </Button>
      </Flex>
      <article className="bp-official-sheet bp-slip-sheet" aria-label={st('formTitle')}>
        <h1>{st('formTitle')}</h1>
        <div className="bp-slip-no">
          {st('slipNo')}：<span data-testid="slip-no">{slip.slipNo}</span>
        </div>
        <table>
          <tbody>
            <tr>
              <th>{st('unit')}</th>
              <td colSpan={3}>{data.unitName}</td>
            </tr>
            <tr>
              <th>{st('inspectedOn')}</th>
              <td>{slip.inspectedOn}</td>
              <th>{st('place')}</th>
              <td>{slip.place}</td>
            </tr>
            <tr>
              <th>{st('inspectors')}</th>
              <td colSpan={3}>{data.inspectors.map((p) => p.displayName).join('、')}</td>
            </tr>
            {numbered.map(({ item, no }) => (
              <tr key={no}>
                <th>
                  {st('item')} {no}
                </th>
                <td colSpan={3}>
                  <strong>{label(supervisionItems.labels[item.item])}</strong>
                  <div>
                    {st('facts')}：{item.facts || st('noneFound')}
                  </div>
                  {item.basis && (
                    <div>
                      {st('basis')}：{item.basis}
                    </div>
                  )}
                  {item.cases > 0 && (
                    <div>
                      {st('cases')}：{item.cases}
                    </div>
                  )}
                </td>
              </tr>
            ))}
            {slip.findings.length > 0 && (
              <tr>
                <th>{st('findings')}</th>
                <td colSpan={3}>
                  {slip.findings.map((f, i) => (
                    <div key={f.id}>
                      {i + 1}. 【{label(findingCategories.labels[f.category])}·
                      {label(findingSeverities.labels[f.severity])}】{f.description}
                    </div>
                  ))}
                </td>
              </tr>
            )}
            <tr>
              <th>{st('suggestion')}</th>
              <td colSpan={3}>{slip.suggestion}</td>
            </tr>
            <tr>
              <th>{st('unitComment')}</th>
              <td colSpan={3}>{opinion}</td>
            </tr>
            {slip.decision && (
              <tr>
                <th>{st('decision')}</th>
                <td colSpan={3}>
                  {label(slipDecisions.labels[slip.decision])}
                  {slip.decisionNote ? `：${slip.decisionNote}` : ''}
                </td>
              </tr>
            )}
          </tbody>
        </table>
        <div className="bp-slip-signatures">
          <div>
            <div>{st('signInspectors')}</div>
            <div className="bp-slip-line" />
            <div>{st('signDate')}</div>
          </div>
          <div>
            <div>{st('signUnitHead')}</div>
            <div className="bp-slip-line" />
            <div>{st('signDate')}</div>
          </div>
        </div>
      </article>
    </>
  );
}
