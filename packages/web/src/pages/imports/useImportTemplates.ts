import type { ImportKind, ImportTemplateInfo } from '@bianping/core/imports';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { listImportTemplates } from '../../api/imports.ts';
import { queryKeys } from '../../api/keys.ts';

/** The import sheets with their names and columns, as the server reads them. */
export function useImportTemplates() {
  const query = useQuery({
    queryKey: queryKeys.importTemplates,
    queryFn: ({ signal }) => listImportTemplates(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const byKind = useMemo(
    () => new Map<ImportKind, ImportTemplateInfo>((query.data ?? []).map((info) => [info.kind, info])),
    [query.data],
  );
  return { templates: query.data ?? [], byKind, error: query.error, isPending: query.isPending };
}
