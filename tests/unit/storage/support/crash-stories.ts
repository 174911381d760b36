import type { Article } from '../../../../src/shared/article/model';
import { article } from './articles';

/** What the crash test's child process writes: stories whose every version is known in advance. */

export const storyFile = (i: number): string => `story-${i}.json`;

export type StoryIndex = { stories: Record<string, { version: number; hash: string }> };

const SENTENCES = [
  'The council met on Tuesday evening.',
  'Residents packed the public gallery.',
  'A spokesperson declined to comment.',
  'The vote is expected next month.',
  'Figures released on Monday show a rise.',
];

/** Version `v` of story `i`; the length varies with the version so a torn write cannot pass for another version. */
export function story(i: number, v: number): Article {
  const paragraphs = Array.from({ length: 2 + ((v * 7 + i * 3) % 25) }, (_, p) =>
    `${SENTENCES[(p + v) % SENTENCES.length]} (story ${i}, version ${v}, paragraph ${p}) `.repeat(1 + (p % 3)),
  );
  return { ...article(`story-${i}`, `Story ${i}, version ${v}`, ...paragraphs), slug: `story-${i}-v${v}` };
}

export function versionOf(a: Article): number {
  const m = /-v(\d+)$/.exec(a.slug);
  if (!m) throw new Error(`not a crash-test story: ${a.slug}`);
  return Number(m[1]);
}

/**
 * Where the writer continues: stories are saved in order, so on disk they read [v+1, …, v+1, v, …, v].
 * The next save is the first story still at v, or story 0 at v+1 when all are equal.
 */
export function nextSave(versions: number[]): { i: number; v: number } {
  const i = versions.findIndex((v) => v < versions[0]);
  return i === -1 ? { i: 0, v: versions[0] + 1 } : { i, v: versions[0] };
}
