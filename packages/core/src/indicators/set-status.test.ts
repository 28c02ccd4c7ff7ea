import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { assertEditable, canStartNewVersion, isEditable, nextStatus } from './set-status.ts';

describe('set status', () => {
  it('lets only drafts be edited and says what to do instead', () => {
    expect(isEditable('draft')).toBe(true);
    expect(() => assertEditable({ status: 'draft', edition: 1 })).not.toThrow();
    try {
      assertEditable({ status: 'published', edition: 2 });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('E_ILLEGAL_TRANSITION');
      expect((error as AppError).text.zh).toBe('第 2 版已发布，不能修改；如需调整请创建新版本');
    }
  });

  it('publishes drafts, archives and restores published versions', () => {
    expect(nextStatus('draft', 'publish')).toBe('published');
    expect(nextStatus('published', 'archive')).toBe('archived');
    expect(nextStatus('archived', 'restore')).toBe('published');
    expect(() => nextStatus('published', 'publish')).toThrow(/only a draft set allows this/);
  });

  it('starts new versions from frozen ones only', () => {
    expect(canStartNewVersion('published')).toBe(true);
    expect(canStartNewVersion('archived')).toBe(true);
    expect(canStartNewVersion('draft')).toBe(false);
  });
});
