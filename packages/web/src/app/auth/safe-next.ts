/** Only same-site paths may be a post-login destination, never another origin (`//evil.example`). */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}
