/// <reference lib="dom" />
// Imported first by the page (src/desk/main.ts), before any module that parses with zod: the
// page's Content-Security-Policy allows no eval, and zod probes for it (`new Function`) on its
// first parse unless told not to — a probe the browser reports as a CSP violation. zod's plain
// validators give the same results; the page judges one case at a time.
import * as z from 'zod';

/** zod's configuration once set; read by the page so that a bundler keeps this module (the package has no side effects otherwise). */
export const zodConfig = z.config({ jitless: true });
