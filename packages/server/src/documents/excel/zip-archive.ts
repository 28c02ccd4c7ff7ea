import { crc32, inflateRawSync } from 'node:zlib';

/**
 * The parts of an .xlsx (a zip archive) read from its central directory, for the fast sheet
 * reader. Only what workbooks use is supported (stored or deflated parts, no zip64, no
 * encryption); anything else raises `UnsupportedWorkbookError` so the caller can fall back to
 * exceljs, which then accepts or refuses the file as before.
 */

/** The fast reader met something it does not handle; exceljs must read the file. */
export class UnsupportedWorkbookError extends Error {
  override name = 'UnsupportedWorkbookError';
}

export type ZipEntry = {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  /** Where the compressed bytes start. */
  dataStart: number;
  /** Where the local header is: parts are listed in this order, as a streaming unzip meets them. */
  headerOffset: number;
};

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Larger parts are left to exceljs' streaming reader. */
const MAX_PART_BYTES = 256 * 1024 * 1024;

const unsupported = (why: string) => new UnsupportedWorkbookError(why);

function endOfDirectory(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw unsupported('no end of central directory');
}

/** The archive's parts in the order of their local headers. */
export function readZipEntries(zip: Buffer): ZipEntry[] {
  const end = endOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw unsupported('zip64');
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw unsupported('directory');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const headerOffset = zip.readUInt32LE(at + 42);
    if (flags & 1) throw unsupported('encrypted part');
    if (method !== 0 && method !== 8) throw unsupported('compression method');
    if (size === 0xffffffff || compressedSize === 0xffffffff || headerOffset === 0xffffffff) {
      throw unsupported('zip64');
    }
    if (headerOffset + 30 > zip.length || zip.readUInt32LE(headerOffset) !== LOCAL_HEADER) {
      throw unsupported('local header');
    }
    const dataStart =
      headerOffset + 30 + zip.readUInt16LE(headerOffset + 26) + zip.readUInt16LE(headerOffset + 28);
    if (dataStart + compressedSize > zip.length) throw unsupported('truncated part');
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method,
      compressedSize,
      size,
      crc: zip.readUInt32LE(at + 16),
      dataStart,
      headerOffset,
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  if (new Set(entries.map((e) => e.name)).size !== entries.length) throw unsupported('repeated part');
  return entries.sort((a, b) => a.headerOffset - b.headerOffset);
}

/** A part's bytes, checked against its size and CRC. */
export function readZipEntry(zip: Buffer, entry: ZipEntry): Buffer {
  if (entry.size > MAX_PART_BYTES) throw unsupported('part too large');
  const packed = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let bytes: Buffer;
  try {
    bytes = entry.method === 0 ? packed : inflateRawSync(packed, { maxOutputLength: MAX_PART_BYTES });
  } catch {
    throw unsupported('damaged part');
  }
  if (bytes.length !== entry.size || crc32(bytes) !== entry.crc) throw unsupported('damaged part');
  return bytes;
}
