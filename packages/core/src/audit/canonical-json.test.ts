import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonical JSON', () => {
  it('gives the same text whatever the key order, as jsonb round trips require', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('drops undefined fields and writes dates as ISO strings', () => {
    expect(canonicalJson({ a: undefined, d: new Date('2026-01-02T03:04:05.000Z') })).toBe(
      '{"d":"2026-01-02T03:04:05.000Z"}',
    );
  });

  it('distinguishes values that differ', () => {
    expect(canonicalJson({ a: '1' })).not.toBe(canonicalJson({ a: 1 }));
  });
});
