// The options every factdesk process runs node with: `npm start`, deploy/Dockerfile, deploy/factdesk@.service,
// the shard processes, the load test's endpoints and the bench (tests/deploy.test.ts checks the copies agree).

/**
 * A ceiling on V8's old space. Without one V8 sizes the heap for the machine (4.3 GB here), not for the
 * process, and lets garbage build up towards it: the sentence model's tensors that live through a scavenge
 * are promoted and wait there for a full collection, so a bot answering from 10,000 facts held 390–410 MB
 * resident around a live heap of about 80 MB. Under a 768 MB ceiling — ten times that live heap, and what
 * keeps the whole process inside the 1 GB docs/operating.md sizes an instance for — V8 collects them sooner
 * (docs/evaluation.md has the figures).
 */
export const NODE_OPTIONS = ['--max-old-space-size=768'] as const;
