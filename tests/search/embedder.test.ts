import { describe, expect, it } from 'vitest';
import { rememberingRecent, type Embedder } from '../../src/search/embedder.js';

/** An embedder that records every text it is asked to embed. */
function counting(): Embedder & { asked: string[] } {
  const asked: string[] = [];
  return {
    model: 'counting',
    asked,
    embed: async (texts) => {
      asked.push(...texts);
      return texts.map((text) => Float32Array.of(text.length));
    },
  };
}

describe('the embedder of an engine', () => {
  it('embeds a question asked again only once, and answers with the same vector', async () => {
    const model = counting();
    const embedder = rememberingRecent(model, 2);
    const [first] = await embedder.embed(['who is mayorkas']);
    const [again] = await embedder.embed(['who is mayorkas']);
    expect(again).toBe(first);
    expect(model.asked).toEqual(['who is mayorkas']);
  });

  it('forgets the question used least recently once it remembers its number', async () => {
    const model = counting();
    const embedder = rememberingRecent(model, 2);
    for (const text of ['a', 'b', 'a', 'c', 'a', 'b']) await embedder.embed([text]);
    // "b" was forgotten when "c" came, since "a" had been asked again after it.
    expect(model.asked).toEqual(['a', 'b', 'c', 'b']);
  });

  it('embeds batches and, when told to remember nothing, every question', async () => {
    const model = counting();
    await rememberingRecent(model, 2).embed(['x', 'y']);
    await rememberingRecent(model, 2).embed(['x', 'y']);
    const forgetful = rememberingRecent(model, 0);
    await forgetful.embed(['z']);
    await forgetful.embed(['z']);
    expect(model.asked).toEqual(['x', 'y', 'x', 'y', 'z', 'z']);
  });
});
