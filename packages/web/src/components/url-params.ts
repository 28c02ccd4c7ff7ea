/** Reading list state from the address bar, so a filtered page can be bookmarked and shared. */

/** Page sizes every paged table offers. */
export const pageSizes = [10, 20, 50, 100];
const DEFAULT_SIZE = 20;

/** `page` and `pageSize` from the address bar, falling back to the first page of 20. */
export function pageFromParams(params: URLSearchParams): { page: number; pageSize: number } {
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? DEFAULT_SIZE);
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: pageSizes.includes(pageSize) ? pageSize : DEFAULT_SIZE,
  };
}

/** The non-default page and size as address-bar parameters. */
export function pageToParams(query: { page?: number; pageSize?: number }): Record<string, string> {
  const out: Record<string, string> = {};
  if (query.page && query.page > 1) out.page = String(query.page);
  if (query.pageSize && query.pageSize !== DEFAULT_SIZE) out.pageSize = String(query.pageSize);
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the address bar, dropped when it could not be one (a mistyped or cut-off link). */
export const idParam = (value: string | null) => (value && UUID.test(value) ? value : undefined);
