import type { TablePaginationConfig } from 'antd';
import type { Translate } from '../app/i18n/LocaleContext.ts';
import { pageSizes } from './url-params.ts';

type Page = { page: number; pageSize: number; total: number };

/**
 * The pagination bar of a server-paged table, showing the page the server answered (not the one
 * asked for, which may be past the end after a filter change).
 */
export function serverPagination(
  data: Page | undefined,
  onChange: (page: number, pageSize: number) => void,
  t: Translate,
  fallback: { page?: number; pageSize?: number; pageSizeOptions?: number[] } = {},
): TablePaginationConfig {
  return {
    current: data?.page ?? fallback.page ?? 1,
    pageSize: data?.pageSize ?? fallback.pageSize ?? 20,
    total: data?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: fallback.pageSizeOptions ?? pageSizes,
    showTotal: (total) => t('common.total', { total }),
    onChange,
  };
}
