import { idNumberCheckChar } from '@bianping/core/warnings/id-number';
import type { TestClient } from '../../test/harness.ts';

/**
 * Helpers shared by the staff route tests: valid ID numbers (region 990121, the demo's test
 * county code) and the calls an officer makes, each reading the unit's current version first.
 */

let serial = 100;

/** A valid 18-character ID number of someone born on `birth` (YYYYMMDD); odd serials are men. */
export function makeIdNumber(birth = '19900101', male = true) {
  serial += 2;
  const sequence = String(male ? serial + 1 : serial).padStart(3, '0');
  const first17 = `990121${birth}${sequence}`;
  return `${first17}${idNumberCheckChar(first17)}`;
}

export const versionOf = async (client: TestClient, unitId: string): Promise<number> =>
  (await client.get(`/api/v1/units/${unitId}`)).json().unit.version;

const movementsUrl = (unitId: string) => `/api/v1/units/${unitId}/movements`;

export async function approve(client: TestClient, unitId: string, body: Record<string, unknown> = {}) {
  return client.post(`${movementsUrl(unitId)}/hire-approvals`, {
    version: await versionOf(client, unitId),
    approvalNo: '测编核〔2025〕1号',
    issuedOn: '2025-03-03',
    staffingType: 'institutional',
    ...body,
  });
}

export async function enter(client: TestClient, unitId: string, body: Record<string, unknown> = {}) {
  return client.post(`${movementsUrl(unitId)}/entries`, {
    version: await versionOf(client, unitId),
    hireApprovalId: null,
    docNo: '测编入〔2025〕1号',
    entryDate: '2025-04-01',
    name: '王测试',
    idNumber: makeIdNumber(),
    education: 'bachelor',
    staffingType: 'institutional',
    fundingForm: 'full',
    post: '科员',
    ...body,
  });
}

export async function leave(client: TestClient, unitId: string, body: Record<string, unknown>) {
  return client.post(`${movementsUrl(unitId)}/exits`, {
    version: await versionOf(client, unitId),
    reason: 'retirement',
    eventDate: '2025-06-02',
    ...body,
  });
}

export async function processExit(client: TestClient, unitId: string, movementId: string, body = {}) {
  return client.post(`${movementsUrl(unitId)}/${movementId}/process-exit`, {
    version: await versionOf(client, unitId),
    processedOn: '2025-06-10',
    docNo: '测编出〔2025〕1号',
    ...body,
  });
}

export const movementsOf = async (client: TestClient, unitId: string, query = '') =>
  (await client.get(`${movementsUrl(unitId)}?pageSize=200${query}`)).json();

export const rosterOf = async (client: TestClient, unitId: string, query = '') =>
  (await client.get(`/api/v1/units/${unitId}/staff?pageSize=200${query}`)).json();
