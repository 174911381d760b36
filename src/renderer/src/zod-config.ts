import { z } from 'zod';

// Imported first by main.tsx, before any schema is used: zod would otherwise probe `new Function`
// to decide whether to compile validators, and the Content-Security-Policy forbids eval.
z.config({ jitless: true });
