import { useCallback } from 'react';
import { ApiError, TransportError } from '../../api/errors.ts';
import { useLabel, useT } from './LocaleContext.ts';

/** Turns any thrown error into one sentence in the user's language. */
export function useErrorText(): (error: unknown) => string {
  const t = useT();
  const label = useLabel();
  return useCallback(
    (error) => {
      if (error instanceof ApiError) return label(error.text);
      if (error instanceof TransportError && error.status === null) return t('error.network');
      return t('error.unexpected');
    },
    [t, label],
  );
}
