import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.ts';

describe('password policy', () => {
  it('accepts a long password mixing three classes', () => {
    expect(checkPassword('Correct-horse7', 'zhangsan')).toBeNull();
    expect(checkPassword('correct-horse-7', 'zhangsan')).toBeNull();
  });

  it('refuses short, single-class and username-containing passwords in both languages', () => {
    expect(checkPassword('Ab1-xyz', 'u')?.zh).toContain('至少 10');
    expect(checkPassword('abcdefghijkl', 'u')?.en).toContain('three');
    expect(checkPassword('Zhangsan-2026', 'zhangsan')?.en).toContain('username');
  });

  it('counts exactly the minimum length as enough', () => {
    expect(checkPassword('Abcdefgh1-', 'x')).toBeNull();
    expect(checkPassword('Abcdefg1-', 'x')).not.toBeNull();
  });
});
