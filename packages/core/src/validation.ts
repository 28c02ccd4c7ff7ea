import type { z } from 'zod';
import { AppError, ErrorCode, type LocalizedText } from './errors.ts';

type Issue = z.core.$ZodIssue;

/** A dotted path such as `roles.0.scopeId`, or `(root)` for the whole input. */
export const issuePath = (issue: { path: PropertyKey[] }) =>
  issue.path.length ? issue.path.map(String).join('.') : '(root)';

/**
 * Describes one validation issue in Chinese and English. zod speaks English only, so the common
 * issue kinds are translated here; anything else keeps zod's text in both languages.
 */
export function describeIssue(issue: Issue): LocalizedText {
  const where = issuePath(issue);
  // Messages written in this codebase are "中文 / English" and win over the generic wording.
  if (issue.message.includes(' / ')) {
    const [zh = '', en = ''] = issue.message.split(' / ');
    return { zh: `${where}：${zh}`, en: `${where}: ${en}` };
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { zh: `缺少必填项 ${where}`, en: `${where} is required` }
        : {
            zh: `${where} 类型错误，应为 ${issue.expected}`,
            en: `${where} must be of type ${issue.expected}`,
          };
    case 'too_small':
      return issue.origin === 'string'
        ? {
            zh: `${where} 至少 ${issue.minimum} 个字符`,
            en: `${where} must have at least ${issue.minimum} characters`,
          }
        : {
            zh: `${where} 不能小于 ${issue.minimum}`,
            en: `${where} must be at least ${issue.minimum}`,
          };
    case 'too_big':
      return issue.origin === 'string'
        ? {
            zh: `${where} 最多 ${issue.maximum} 个字符`,
            en: `${where} must have at most ${issue.maximum} characters`,
          }
        : {
            zh: `${where} 不能大于 ${issue.maximum}`,
            en: `${where} must be at most ${issue.maximum}`,
          };
    case 'invalid_value':
      return {
        zh: `${where} 的取值无效，可选：${issue.values.map(String).join('、')}`,
        en: `${where} must be one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'invalid_format':
      return {
        zh: `${where} 格式错误（${issue.format}）`,
        en: `${where} has an invalid ${issue.format} format`,
      };
    case 'unrecognized_keys':
      return {
        zh: `不认识的字段：${issue.keys.join('、')}`,
        en: `Unknown fields: ${issue.keys.join(', ')}`,
      };
    default:
      return { zh: `${where}：${issue.message}`, en: `${where}: ${issue.message}` };
  }
}

/** Turns zod issues into the typed validation error, naming the first offending field. */
export function validationError(issues: readonly Issue[]): AppError {
  const first = issues[0];
  if (!first) return new AppError(ErrorCode.Validation, { zh: '输入有误', en: 'Invalid input' });
  return new AppError(ErrorCode.Validation, describeIssue(first), issuePath(first), {
    issues: issues.map((i) => ({ path: issuePath(i), message: describeIssue(i) })),
  });
}

/** Parses or throws the typed validation error. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error.issues);
  return result.data;
}
