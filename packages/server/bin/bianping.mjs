#!/usr/bin/env node
// Entry point of the `bianping` command. The server runs from TypeScript source through tsx, so
// there is no build step between a checkout and a running system.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
