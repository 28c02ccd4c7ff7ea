import { EVIDENCE_MAX_BYTES } from '@bianping/core/campaigns/evidence-type';
import type { UploadedFile } from '@bianping/core/campaigns/self-assessment-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/harness.ts';
import { campaignUrl } from './campaigns-test-kit.ts';
import {
  buildSelfWorld,
  formOf,
  leafOf,
  type SelfWorld,
  sampleFiles,
  selfUrl,
  upload,
} from './self-assessment-test-kit.ts';

let ctx: TestContext;
let w: SelfWorld;
let nodeId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildSelfWorld(ctx);
  nodeId = leafOf(await formOf(w.unit, selfUrl(w)), '履职到位').id;
});
afterAll(() => ctx.close());

const filesUrl = (name: string, unitId = w.own) =>
  selfUrl(w, unitId, `/files?purpose=evidence&nodeId=${nodeId}&name=${encodeURIComponent(name)}`);

describe('evidence upload', () => {
  it('accepts pdf, docx, xlsx, jpg and png by their content, whatever the declared type', async () => {
    const expected = {
      pdf: 'application/pdf',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      jpg: 'image/jpeg',
      png: 'image/png',
    } as const;
    for (const [kind, mimeType] of Object.entries(expected)) {
      const content = sampleFiles[kind as keyof typeof expected];
      const response = await upload(ctx, w.unit, filesUrl(`佐证.${kind}`), content, 'text/plain');
      expect(response.statusCode, `${kind}: ${response.body}`).toBe(201);
      expect(response.json<UploadedFile>()).toMatchObject({
        name: `佐证.${kind}`,
        size: content.length,
        mimeType,
      });
    }
    const form = await formOf(w.unit, selfUrl(w));
    expect(form.files.filter((f) => f.nodeId === nodeId)).toHaveLength(5);
  });

  it('refuses a renamed .exe and an oversized file', async () => {
    const exe = await upload(ctx, w.unit, filesUrl('报告.pdf'), sampleFiles.exe, 'application/pdf');
    expect(exe.statusCode).toBe(400);
    expect(exe.json()).toMatchObject({ code: 'E_VALIDATION', field: 'file' });
    expect(exe.json().message.zh).toContain('报告.pdf');
    const big = Buffer.alloc(EVIDENCE_MAX_BYTES + 1);
    sampleFiles.pdf.copy(big);
    const tooLarge = await upload(ctx, w.unit, filesUrl('大文件.pdf'), big);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().code).toBe('E_TOO_LARGE');
  });

  it('lets only the target’s unit upload', async () => {
    expect((await upload(ctx, w.otherUnit, filesUrl('a.pdf'), sampleFiles.pdf)).statusCode).toBe(404);
    for (const client of [w.officer, w.leader, w.teamEvaluator, w.rater]) {
      expect((await upload(ctx, client, filesUrl('a.pdf'), sampleFiles.pdf)).statusCode).toBe(403);
    }
  });
});

describe('evidence download', () => {
  it('serves the file to those who may see the target and 404 to everyone else', async () => {
    const uploaded = await upload(ctx, w.unit, filesUrl('机构职能说明.pdf'), sampleFiles.pdf);
    const { fileId } = uploaded.json<UploadedFile>();
    const url = campaignUrl(w.id, `/evidence/${fileId}`);
    for (const client of [w.unit, w.officer, w.leader, w.teamEvaluator]) {
      const response = await client.get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toContain(encodeURIComponent('机构职能说明.pdf'));
      expect(response.rawPayload.equals(sampleFiles.pdf)).toBe(true);
    }
    for (const client of [w.otherUnit, w.otherTeamEvaluator]) {
      expect((await client.get(url)).statusCode).toBe(404);
    }
    expect((await w.rater.get(url)).statusCode).toBe(403);
    // The same file under another campaign id is not found either.
    expect(
      (await w.officer.get(campaignUrl('00000000-0000-4000-8000-000000000000', `/evidence/${fileId}`)))
        .statusCode,
    ).toBe(404);
  });

  it('lets the unit link its uploads to an entry', async () => {
    const uploaded = (
      await upload(ctx, w.unit, filesUrl('编制台账.xlsx'), sampleFiles.xlsx)
    ).json<UploadedFile>();
    const response = await w.unit.put(selfUrl(w, w.own, `/entries/${nodeId}`), {
      input: { points: 25 },
      narrative: '见台账',
      evidenceFileIds: [uploaded.fileId],
      version: 0,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().entry.evidenceFileIds).toEqual([uploaded.fileId]);
  });
});
