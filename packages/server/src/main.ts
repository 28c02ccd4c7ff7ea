import { serve } from './cli/serve.ts';
import { loadConfig } from './config.ts';

/** Starts the server directly (used by `npm run dev`); `bianping serve` does the same. */
await serve(loadConfig());
