import { z } from 'zod';
import { Source } from '../../article/model';

/**
 * The library-wide source book: every source used in any article of the library, reusable in the
 * next. Contact details and notes live here too: the book stays in the library folder, never exported.
 */
export const sourcesChannels = {
  'sources.list': { input: z.object({}), output: z.array(Source) },
  /** Sources whose name, title, affiliation or description contain every word of the query. */
  'sources.search': { input: z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(200).default(20) }), output: z.array(Source) },
  /** Adds a source, or replaces the one with the same id; answers with what was stored. */
  'sources.upsert': { input: z.object({ source: Source }), output: Source },
} as const;
