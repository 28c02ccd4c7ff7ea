import { makeCreditCode } from '@bianping/core/registry/credit-code';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../app.ts';
import { type Database, selectRows } from '../../db/client.ts';
import { allJobs } from '../../jobs/job-list.ts';
import { type Queue, startQueue } from '../../jobs/queue.ts';
import { createTestDatabase } from '../../test/database.ts';
import { clientAs, TEST_SECRET_KEY, type TestClient } from '../../test/harness.ts';
import { buildRegion } from '../../test/registry-builders.ts';
import { commit, preview, sheetOf } from './import-test-kit.ts';
import { INLINE_MAX_BYTES } from './imports.service.ts';

/** Large uploads go through the job queue: 202 with a run id, progress and result on the run. */
let database: Database;
let queue: Queue;
let app: App;
let officer: TestClient;
let regionCode: string;

beforeAll(async () => {
  database = await createTestDatabase();
  queue = await startQueue(database, allJobs(TEST_SECRET_KEY));
  app = await buildApp({
    database,
    queue,
    config: { logLevel: 'silent', trustProxy: false, webDist: '/nonexistent' },
    logger: false,
    secretKey: TEST_SECRET_KEY,
  });
  regionCode = (await buildRegion(database)).code;
  officer = (await clientAs({ app, database, close: async () => {} }, { role: 'officer' })).client;
});
afterAll(async () => {
  await app.close();
  await queue.stop();
  await database.close();
});

async function finished(runId: string) {
  for (let i = 0; i < 240; i++) {
    const run = (await officer.get(`/api/v1/jobs/${runId}`)).json();
    if (run.status === 'succeeded' || run.status === 'failed') return run;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the job did not finish');
}

describe('imports through the job queue', () => {
  it('previews and commits a large file as background jobs', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => ({
      creditCode: makeCreditCode('12', '880000', String(40_000_000 + i)),
      name: `队列导入测试单位第${i}号（用于超过内联大小）`,
      shortName: `测试单位简称${i}`,
      regionCode,
      kind: '公益一类事业单位',
      category: '教育',
      system: '政府',
      rank: '未定级',
      fundingForm: '全额拨款',
      foundingDocNo: `测编〔2020〕${i}号`,
      foundedOn: '2020-01-01',
    }));
    const body = await sheetOf('units', rows);
    expect(body.length).toBeGreaterThan(INLINE_MAX_BYTES);

    const started = await preview(app, officer, 'units', body);
    expect(started.statusCode).toBe(202);
    const previewRun = await finished(started.json().runId);
    expect(previewRun).toMatchObject({
      name: 'imports.preview',
      status: 'succeeded',
      done: 6000,
      result: { rows: 6000, errorCount: 0, summary: { create: 6000 } },
    });

    const committing = await commit(officer, 'units', previewRun.result.uploadId);
    expect(committing.statusCode).toBe(202);
    const commitRun = await finished(committing.json().runId);
    expect(commitRun).toMatchObject({ status: 'succeeded', result: { created: 6000 } });
    const [count] = await selectRows<{ n: number }>(database.db, sql`select count(*)::int as n from units`);
    expect(count?.n).toBe(6000);
  });
});
