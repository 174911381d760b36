import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DetectedSource, ImportDraft } from '../../../src/shared/import/draft';
import { importAs, detectFormat } from '../../../src/shared/import/import';

/** Hand labels for one test article (see tests/fixtures/import/*.labels.json). */
export interface Labels {
  headline: string;
  sections: string[];
  /** Each quotation by a fragment of its words; "anonymous:WORD" names an unnamed source whose description contains WORD. */
  quotations: { text: string; speaker: string }[];
  /** Quoted words that are not speech (scare quotes, partial quotes); detecting them with a speaker is a false positive. */
  notSpeech?: string[];
  anonymous: string[];
}

export interface FixtureScore {
  name: string;
  labelled: number;
  predicted: number;
  correct: number;
  headlineOk: boolean;
  sectionsOk: boolean;
  misses: string[];
  wrong: string[];
}

export const FIXTURE_DIR = join(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/import');

export function loadFixtures(): { name: string; text: string; labels: Labels }[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort()
    .map((f) => ({
      name: f,
      text: readFileSync(join(FIXTURE_DIR, f), 'utf8'),
      labels: JSON.parse(readFileSync(join(FIXTURE_DIR, f.replace(/\.(txt|md|html)$/, '.labels.json')), 'utf8')) as Labels,
    }));
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[“”„"]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}

function speakerMatches(label: string, s: DetectedSource | undefined): boolean {
  if (!s) return false;
  if (label.startsWith('anonymous:')) {
    return !s.name && s.standing !== 'on-record' && norm(s.anonymousDescription).includes(norm(label.slice('anonymous:'.length)));
  }
  return norm(s.name) === norm(label);
}

/**
 * Scores one draft against its labels. A predicted quotation counts only when it has a speaker;
 * it is correct when it contains an unused labelled fragment and its speaker is that label's.
 */
export function scoreDraft(name: string, draft: ImportDraft, labels: Labels): FixtureScore {
  const byId = new Map(draft.sources.map((s) => [s.id, s]));
  const used = new Set<number>();
  let predicted = 0;
  let correct = 0;
  const wrong: string[] = [];
  for (const q of draft.quotations) {
    if (!q.sourceId) continue;
    predicted++;
    const text = norm(q.text);
    const i = labels.quotations.findIndex((l, k) => !used.has(k) && text.includes(norm(l.text)));
    const src = byId.get(q.sourceId);
    if (i >= 0) used.add(i);
    if (i >= 0 && speakerMatches(labels.quotations[i].speaker, src)) correct++;
    else wrong.push(`“${q.text.slice(0, 50)}” → ${src?.name || src?.anonymousDescription}${i >= 0 ? ` (label: ${labels.quotations[i].speaker})` : ' (not a labelled quotation)'}`);
  }
  const misses = labels.quotations.filter((_, k) => !used.has(k)).map((l) => `${l.text} (${l.speaker})`);
  return {
    name,
    labelled: labels.quotations.length,
    predicted,
    correct,
    headlineOk: draft.headline === labels.headline,
    sectionsOk: JSON.stringify(draft.sections) === JSON.stringify(labels.sections),
    misses,
    wrong,
  };
}

export function scoreFixtures(): { rows: FixtureScore[]; precision: number; recall: number } {
  const rows = loadFixtures().map((f) => scoreDraft(f.name, importAs(detectFormat(f.name, f.text), f.text), f.labels));
  const predicted = rows.reduce((n, r) => n + r.predicted, 0);
  const correct = rows.reduce((n, r) => n + r.correct, 0);
  const labelled = rows.reduce((n, r) => n + r.labelled, 0);
  return { rows, precision: predicted ? correct / predicted : 1, recall: labelled ? correct / labelled : 1 };
}
