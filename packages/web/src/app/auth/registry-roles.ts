/** Registry role lists come from core, the same constants the server's policy enforces. */
export { registryEditors, registryReaders, registryViewers } from '@bianping/core/auth/roles';
