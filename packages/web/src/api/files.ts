import type { z } from 'zod';
import { buildUrl, currentCsrfToken, parse, type Query, readJson, refreshCsrfToken } from './client.ts';
import { ApiError, TransportError, toApiError } from './errors.ts';

type UploadOptions<S extends z.ZodType> = {
  schema: S;
  /** Sent as the request body itself, not as a multipart form. */
  file: Blob;
  contentType: string;
  query?: Query;
  /** Share of the bytes sent so far, 0–100. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
};

/** One XHR POST; fetch() cannot report upload progress, and large workbooks take a while. */
function post(
  url: string,
  file: Blob,
  contentType: string,
  token: string,
  options: UploadOptions<z.ZodType>,
) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', contentType);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new TransportError(null, 'upload failed'));
    xhr.onabort = () => reject(new DOMException('upload aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** Sends a file as the raw request body: schema-checked JSON out, typed errors otherwise. */
export async function uploadFile<S extends z.ZodType>(
  path: string,
  options: UploadOptions<S>,
): Promise<z.infer<S>> {
  const url = buildUrl(path, options.query);
  let res = await post(url, options.file, options.contentType, await currentCsrfToken(), options);
  if (res.status >= 400) {
    const error = toApiError(res.status, res.body);
    if (!(error instanceof ApiError && error.code === 'E_CSRF')) throw error;
    // The same one retry as `request`: a token can go stale when another tab logs in.
    res = await post(url, options.file, options.contentType, await refreshCsrfToken(), options);
    if (res.status >= 400) throw toApiError(res.status, res.body);
  }
  return parse(options.schema, res.body, url);
}

export type DownloadedFile = { blob: Blob; filename: string };

/** The name in `content-disposition`, preferring the RFC 5987 UTF-8 form (Chinese names). */
function filenameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8?.[1]) {
    try {
      return decodeURIComponent(utf8[1]);
    } catch {
      // A malformed escape: the plain name below is still usable.
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

/** GETs a file (a template, an export) with the session, so an error arrives as our typed error. */
export async function downloadFile(path: string, query: Query | undefined, fallbackName: string) {
  const url = buildUrl(path, query);
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch (err) {
    throw new TransportError(null, err instanceof Error ? err.message : String(err));
  }
  if (!res.ok) throw toApiError(res.status, await readJson(res));
  const file: DownloadedFile = {
    blob: await res.blob(),
    filename: filenameOf(res.headers.get('content-disposition'), fallbackName),
  };
  return file;
}

/** Hands a downloaded file to the browser's save dialog. */
export function saveFile({ blob, filename }: DownloadedFile) {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
