// The /gaps view of a server's queue: questions the record could not answer (or answered with low
// confidence) grouped by similarity, and answers users flagged as wrong grouped by fact, most frequent
// first. Similar means "the engine finds the same nearest fact"; questions too far from every fact group by
// their words alone.
import type { Engine } from '../search/engine.js';
import type { QueueEntry } from '../store/store.js';
import { CURATION_SETTINGS } from './record.js';

export interface GapGroup {
  kind: 'unanswered' | 'flagged';
  /** The entry that names the group in /gaps dismiss and /gaps answered: its first. */
  id: number;
  ids: number[];
  count: number;
  /** The distinct questions, most asked first. */
  questions: string[];
  firstSeen: Date;
  lastSeen: Date;
  /** Unanswered: the fact the engine came closest with. Flagged: the fact flagged. */
  factId: string | null;
  /** Reasons users gave with "Wrong fact", newest first. */
  notes: string[];
}

/** Case, accents, punctuation and spacing do not make two questions different. */
function wordsKey(question: string): string {
  return question
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

async function groupKey(entry: QueueEntry, engine: Engine): Promise<{ key: string; factId: string | null }> {
  if (entry.reason === 'flagged') return { key: `flag:${entry.factId}`, factId: entry.factId };
  const [nearest] = await engine.rankFacts(entry.question, 1);
  if (nearest && nearest.score >= CURATION_SETTINGS.groupByFactFrom)
    return { key: `fact:${nearest.fact.id}`, factId: nearest.fact.id };
  return { key: `words:${wordsKey(entry.question)}`, factId: null };
}

/** Groups a server's open entries; the biggest and most recent groups first. */
export async function groupGaps(entries: readonly QueueEntry[], engine: Engine): Promise<GapGroup[]> {
  const groups = new Map<string, GapGroup & { asked: Map<string, number> }>();
  for (const entry of [...entries].sort((a, b) => a.id - b.id)) {
    const { key, factId } = await groupKey(entry, engine);
    const group =
      groups.get(key) ??
      (() => {
        const created = {
          kind: entry.reason === 'flagged' ? ('flagged' as const) : ('unanswered' as const),
          id: entry.id,
          ids: [],
          count: 0,
          questions: [],
          firstSeen: entry.createdAt,
          lastSeen: entry.createdAt,
          factId,
          notes: [],
          asked: new Map<string, number>(),
        };
        groups.set(key, created);
        return created;
      })();
    group.ids.push(entry.id);
    group.count += 1;
    group.asked.set(entry.question, (group.asked.get(entry.question) ?? 0) + 1);
    if (entry.createdAt < group.firstSeen) group.firstSeen = entry.createdAt;
    if (entry.createdAt > group.lastSeen) group.lastSeen = entry.createdAt;
    if (entry.note) group.notes.unshift(entry.note);
  }
  return [...groups.values()]
    .map(({ asked, ...group }) => ({
      ...group,
      questions: [...asked].sort((a, b) => b[1] - a[1]).map(([question]) => question),
    }))
    .sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime());
}
