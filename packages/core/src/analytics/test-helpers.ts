/** `"<analyzeCode> <field>"` of the error `fn` throws (or `no error`): what the CLI would print. */
export function typedError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    const { details, field } = err as { details?: { analyzeCode?: string }; field?: string };
    return `${details?.analyzeCode ?? String(err)} ${field ?? ''}`;
  }
  return 'no error';
}
