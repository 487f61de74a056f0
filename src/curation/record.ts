// What factdesk keeps of a question once it has been answered: a count for /stats always, and the text
// for curators only when the record declined it or answered with low confidence. Recording never delays or
// fails an answer: a database that is down or busy costs the record, not the reply.
import type { Logger } from '../logger.js';
import type { Answer } from '../search/engine.js';
import { describeError } from '../store/database.js';
import { StoreUnavailableError, type Store } from '../store/store.js';

export const CURATION_SETTINGS = {
  /**
   * Answers below this confidence are queued for curators as "low confidence". Confidence is the engine's
   * calibrated probability that the answer is right; its answer threshold sits near 0.83 (data/
   * decision-model.json), so answers between the two are right roughly four times in five.
   */
  lowConfidenceBelow: 0.9,
  /**
   * Queued questions whose nearest fact has at least this fused retrieval score (lexical plus semantic,
   * docs/search.md) are grouped under that fact in /gaps: on its subject, though not answered by it.
   * Weaker neighbours say nothing about a question, so those group by their words alone.
   */
  groupByFactFrom: 1,
} as const;

/** Why a question's text is queued, or null when only its count is kept. */
export function queueReason(answer: Answer): 'declined' | 'low_confidence' | null {
  if (!answer.fact) return 'declined';
  return answer.confidence < CURATION_SETTINGS.lowConfidenceBelow ? 'low_confidence' : null;
}

/**
 * Records an answered question; outside a server (DMs) nothing is recorded. `countOnly` keeps even a
 * declined question's text out: for a message someone else wrote ("Find sourced facts"). Never rejects, so
 * a caller may leave it running in the background.
 */
export async function recordAnswer(
  store: Store | undefined,
  guildId: string | null,
  answer: Answer,
  logger: Logger,
  options: { countOnly?: boolean } = {},
): Promise<void> {
  if (!store || !guildId || !answer.query) return;
  await store
    .recordQuestion({
      guildId,
      question: answer.query,
      factId: answer.fact?.id ?? null,
      queue: options.countOnly ? null : queueReason(answer),
    })
    .then(
      () => undefined,
      (error: unknown) => {
        // The driver's own error, not the failed query's message: that lists its parameters, the question.
        const reason = error instanceof StoreUnavailableError ? error.message : describeError(error);
        logger.warn('question not recorded', { error: reason });
      },
    );
}
