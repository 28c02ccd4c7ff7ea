import { AppError, ErrorCode } from '../errors.ts';

/**
 * What an uploaded evidence file really is, read from its first bytes rather than its name: a
 * renamed program (MZ) or anything else not on the list is refused. docx and xlsx are both zip
 * archives; they are told apart by the part names in the zip's local headers (`word/`, `xl/`),
 * which appear as plain text near the start of the file.
 */

export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

export type EvidenceKind = 'pdf' | 'docx' | 'xlsx' | 'jpg' | 'png';

export const evidenceMimeTypes: Record<EvidenceKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  png: 'image/png',
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** Latin-1 view of the bytes, enough to find ASCII part names inside a zip. */
function asciiOf(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** The kind of an evidence file by its content, or null when it is none of the accepted ones. */
export function sniffEvidenceKind(bytes: Uint8Array): EvidenceKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Part names sit in the local headers; Office puts [Content_Types].xml and the main parts early.
    const text = asciiOf(bytes.subarray(0, Math.min(bytes.length, 256 * 1024)));
    if (text.includes('word/')) return 'docx';
    if (text.includes('xl/')) return 'xlsx';
  }
  return null;
}

/** Refuses content that is not an accepted evidence type, or over the size limit. */
export function assertEvidenceContent(bytes: Uint8Array, name: string): EvidenceKind {
  if (bytes.length > EVIDENCE_MAX_BYTES) throw evidenceTooLarge();
  const kind = sniffEvidenceKind(bytes);
  if (kind) return kind;
  throw new AppError(
    ErrorCode.Validation,
    {
      zh: `文件“${name}”不是可接受的佐证材料：只接受 PDF、Word（docx）、Excel（xlsx）、JPG、PNG，按文件内容判断`,
      en: `“${name}” is not an accepted evidence file: only PDF, Word (docx), Excel (xlsx), JPG and PNG are accepted, judged by content`,
    },
    'file',
  );
}

/** An upload above EVIDENCE_MAX_BYTES. */
export const evidenceTooLarge = () =>
  new AppError(
    ErrorCode.TooLarge,
    { zh: '文件超过 20 MB 上限', en: 'The file is larger than the 20 MB limit' },
    'file',
  );
