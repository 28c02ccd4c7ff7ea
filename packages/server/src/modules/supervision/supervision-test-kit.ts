import type { SlipDetail } from '@bianping/core/campaigns/supervision-api';
import { expect } from 'vitest';
import type { TestClient } from '../../test/harness.ts';

/** Building supervision slips through the API for the slip tests. */

export const slipBase = '/api/v1/supervision-slips';
export const slipUrl = (id: string, rest = '') => `${slipBase}/${id}${rest}`;

/** A slip body: one item with `cases` breaches counted against `indicatorCode`. */
export function slipBody(
  unitId: string,
  inspectorIds: string[],
  over: { inspectedOn?: string; cases?: number; indicatorCode?: string | null } = {},
) {
  return {
    unitId,
    inspectedOn: over.inspectedOn ?? '2026-05-12',
    place: '被督查单位会议室',
    inspectorIds,
    items: [
      {
        item: 'overQuotaHiring',
        facts: '2026年3月超编进人1名',
        basis: '《机构编制管理规定》第二十条',
        cases: over.cases ?? 1,
        indicatorCode: over.indicatorCode ?? null,
      },
    ],
    findings: [{ category: 'quotaUse', severity: 'general', description: '超编进人' }],
    suggestion: '限期整改，按程序办理出编',
  };
}

export async function createSlip(client: TestClient, body: ReturnType<typeof slipBody>) {
  const response = await client.post(slipBase, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<SlipDetail>();
}

/** Posts a step and expects it to succeed. */
export async function step(client: TestClient, id: string, path: string, body: Record<string, unknown>) {
  const response = await client.post(slipUrl(id, `/${path}`), body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<SlipDetail>();
}

/** Creates and sends a slip, then has the unit answer it (and an officer settle it) as asked. */
export async function slipIn(
  c: { creator: TestClient; unit: TestClient; officer: TestClient },
  body: ReturnType<typeof slipBody>,
  end: 'sent' | 'confirmed' | 'disputed' | 'upheld' | 'withdrawn',
) {
  let d = await createSlip(c.creator, body);
  d = await step(c.creator, d.slip.id, 'send', { version: d.slip.version });
  if (end === 'sent') return d;
  if (end === 'confirmed') return step(c.unit, d.slip.id, 'confirm', { version: d.slip.version });
  d = await step(c.unit, d.slip.id, 'dispute', {
    version: d.slip.version,
    comment: '该人员系调任，不属超编',
  });
  if (end === 'disputed') return d;
  return step(c.officer, d.slip.id, 'settle', { version: d.slip.version, decision: end, note: '经核实' });
}
