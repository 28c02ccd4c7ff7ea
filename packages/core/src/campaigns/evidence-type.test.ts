import { describe, expect, it } from 'vitest';
import { assertEvidenceContent, EVIDENCE_MAX_BYTES, sniffEvidenceKind } from './evidence-type.ts';

const bytes = (head: number[] | string, tail = 64) => {
  const start = typeof head === 'string' ? [...head].map((c) => c.charCodeAt(0)) : head;
  return new Uint8Array([...start, ...new Array(tail).fill(0)]);
};
const zipWith = (part: string) =>
  bytes([0x50, 0x4b, 0x03, 0x04, ...[...`\0\0\0\0${part}`].map((c) => c.charCodeAt(0))]);

describe('sniffEvidenceKind', () => {
  it('recognises the accepted types by content', () => {
    expect(sniffEvidenceKind(bytes('%PDF-1.7'))).toBe('pdf');
    expect(sniffEvidenceKind(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(sniffEvidenceKind(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('png');
    expect(sniffEvidenceKind(zipWith('word/document.xml'))).toBe('docx');
    expect(sniffEvidenceKind(zipWith('xl/workbook.xml'))).toBe('xlsx');
  });

  it('refuses a program, a plain zip, text and an empty file', () => {
    expect(sniffEvidenceKind(bytes('MZ\x90\0'))).toBeNull();
    expect(sniffEvidenceKind(zipWith('readme.txt'))).toBeNull();
    expect(sniffEvidenceKind(bytes('hello'))).toBeNull();
    expect(sniffEvidenceKind(new Uint8Array())).toBeNull();
  });
});

describe('assertEvidenceContent', () => {
  it('refuses a renamed .exe with a bilingual message on the file', () => {
    try {
      assertEvidenceContent(bytes('MZ'), '报告.pdf');
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'E_VALIDATION', field: 'file' });
      expect((e as { message: string }).message).toBeTruthy();
    }
  });

  it('refuses a file over the limit', () => {
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46]);
    expect(() => assertEvidenceContent(big, 'big.pdf')).toThrow(
      expect.objectContaining({ code: 'E_TOO_LARGE' }),
    );
  });
});
