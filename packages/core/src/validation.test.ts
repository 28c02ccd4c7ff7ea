import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseOrThrow } from './validation.ts';

const Schema = z.object({
  name: z.string().min(2),
  count: z.number().int().max(10),
  kind: z.enum(['a', 'b']),
  nested: z.object({ code: z.string().regex(/^\d{6}$/, '须为 6 位数字 / must be 6 digits') }),
});

const errorOf = (value: unknown) => {
  try {
    parseOrThrow(Schema, value);
  } catch (err) {
    return err as { code: string; field: string; text: { zh: string; en: string } };
  }
  throw new Error('expected a validation error');
};

describe('validation errors', () => {
  it('names the missing field in Chinese and English', () => {
    const err = errorOf({ count: 1, kind: 'a', nested: { code: '123456' } });
    expect(err).toMatchObject({ code: 'E_VALIDATION', field: 'name' });
    expect(err.text.zh).toBe('缺少必填项 name');
    expect(err.text.en).toBe('name is required');
  });

  it('describes bounds, enums and custom messages with the nested path', () => {
    expect(errorOf({ name: 'x', count: 1, kind: 'a', nested: { code: '123456' } }).text.zh).toContain(
      '至少 2 个字符',
    );
    expect(errorOf({ name: 'xx', count: 11, kind: 'a', nested: { code: '123456' } }).text.en).toContain(
      'at most 10',
    );
    expect(errorOf({ name: 'xx', count: 1, kind: 'c', nested: { code: '123456' } }).text.zh).toContain(
      'a、b',
    );
    const custom = errorOf({ name: 'xx', count: 1, kind: 'a', nested: { code: '12' } });
    expect(custom.field).toBe('nested.code');
    expect(custom.text).toEqual({ zh: 'nested.code：须为 6 位数字', en: 'nested.code: must be 6 digits' });
  });

  it('returns the parsed value when valid', () => {
    expect(parseOrThrow(Schema, { name: 'xx', count: 1, kind: 'b', nested: { code: '123456' } }).kind).toBe(
      'b',
    );
  });
});
