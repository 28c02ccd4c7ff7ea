import { ImportRowErrorSchema } from '@bianping/core/imports';
import { Alert } from 'antd';
import { z } from 'zod';
import { ApiError } from '../../api/errors.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { ImportErrorsTable } from './ImportErrorsTable.tsx';

// The `details` of E_IMPORT: a header problem (columns missing or twice), or the row errors a
// commit found when the registry changed after the preview.
const HeaderProblemSchema = z.object({ missing: z.array(z.string()), duplicated: z.array(z.string()) });
const RowErrorsSchema = z.object({ errorCount: z.number(), errors: z.array(ImportRowErrorSchema) });

/** Why the whole file was refused, with the columns or rows concerned when the server named them. */
export function ImportProblem({ error }: { error: unknown }) {
  const t = useT();
  const errorText = useErrorText();
  const details = error instanceof ApiError ? error.details : undefined;
  const header = HeaderProblemSchema.safeParse(details);
  const rows = RowErrorsSchema.safeParse(details);
  return (
    <>
      <Alert
        type="error"
        showIcon
        title={t('imports.refused')}
        description={
          <>
            <div>{errorText(error)}</div>
            {header.success && header.data.missing.length > 0 && (
              <div>{t('imports.missingColumns', { columns: header.data.missing.join('、') })}</div>
            )}
            {header.success && header.data.duplicated.length > 0 && (
              <div>{t('imports.duplicatedColumns', { columns: header.data.duplicated.join('、') })}</div>
            )}
          </>
        }
      />
      {rows.success && rows.data.errors.length > 0 && (
        <div style={{ marginTop: 16 }}>
          <ImportErrorsTable errors={rows.data.errors} total={rows.data.errorCount} />
        </div>
      )}
    </>
  );
}
