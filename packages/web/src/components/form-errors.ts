import type { FormInstance } from 'antd';
import { ApiError } from '../api/errors.ts';

/** `roles.0.scopeId` → `['roles', 0, 'scopeId']`, the name path antd forms use. */
export const fieldPath = (field: string) =>
  field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Puts an API error under the form field it names, when the form has that field. Returns false
 * when it did not, so the caller shows the message elsewhere.
 */
export function showErrorOnField(form: FormInstance, error: unknown, text: string): boolean {
  if (!(error instanceof ApiError) || !error.field) return false;
  const path = fieldPath(error.field);
  const top = path[0];
  if (typeof top !== 'string' || !(top in form.getFieldsValue(true))) return false;
  // A nested path such as roles.0.scopeId may name a row that the form no longer has.
  if (form.getFieldValue(path) === undefined && path.length > 1) {
    form.setFields([{ name: top, errors: [text] }]);
  } else {
    form.setFields([{ name: path, errors: [text] }]);
  }
  form.scrollToField(path.length > 1 ? path : top);
  return true;
}
