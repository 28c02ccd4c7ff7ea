import type { TablePaginationConfig } from 'antd';
import { useState } from 'react';
import { useT } from '../app/i18n/LocaleContext.ts';
import { serverPagination } from './server-pagination.ts';

type Page = { page: number; pageSize: number; total: number };

/**
 * Page and page size of a server-paged table, and the table's pagination bar for the page the
 * server answered. Changing the page size goes back to the first page; so does `firstPage()`,
 * which a filter calls when it changes.
 */
export function usePaging(initialPageSize = 20) {
  const t = useT();
  const [paging, setPaging] = useState({ page: 1, pageSize: initialPageSize });
  const pagination = (data: Page | undefined): TablePaginationConfig =>
    serverPagination(
      data,
      (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
      t,
      paging,
    );
  const firstPage = () => setPaging((p) => ({ ...p, page: 1 }));
  return { paging, pagination, firstPage };
}
