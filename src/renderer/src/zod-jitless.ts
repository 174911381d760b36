// What `zod` means in the renderer's bundle (an alias in electron.vite.config.ts): zod itself, with its
// compiled validators turned off before any schema exists. Zod probes `new Function` to decide whether
// to compile them, and the page's Content-Security-Policy forbids eval and reports the probe. Setting
// this in the entry module is not enough: schemas built in a shared chunk are evaluated before the
// entry's own code runs, so the switch has to sit in front of zod itself.
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
