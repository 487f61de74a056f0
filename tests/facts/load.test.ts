import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildFactBase,
  EMBEDDED_DATA_DIR,
  FactBaseError,
  loadFactBase,
  readFactBase,
  type DataFile,
} from '../../src/facts/load.js';

const source = {
  id: 'test-source',
  title: 'A test report on border talks',
  outlet: 'Test Wire',
  reported: {
    value: '2024-01',
    precision: 'month',
    inferred: 'date',
    basis: 'The text says "later this month".',
  },
  paragraphs: [
    { n: 1, text: 'Officials met in Washington. They agreed on nothing.' },
    { n: 2, text: 'Mexico pledged to take back 30,000 migrants a month.' },
  ],
};

const actor = {
  id: 'mexico-actor',
  kind: 'actor',
  statement: 'Mexico is a party to the talks.',
  quotes: [{ source: 'test-source', paragraph: 2, text: 'Mexico pledged' }],
  attribution: 'the report',
  actors: ['mexico'],
  questions: ['Who is Mexico?', 'What is Mexico?'],
};

const pledge = {
  id: 'mexico-pledge',
  kind: 'figure',
  statement: 'Mexico pledged to take back 30,000 migrants a month.',
  quotes: [
    { source: 'test-source', paragraph: 2, text: 'Mexico pledged to take back 30,000 migrants a month.' },
  ],
  attribution: 'the report',
  figures: [{ value: 30000, unit: 'migrants', period: 'month', asWritten: '30,000' }],
  actors: ['mexico'],
  questions: ['How many migrants does Mexico take back?', 'What did Mexico pledge?'],
  related: ['talks-met'],
};

const meeting = {
  id: 'talks-met',
  kind: 'event',
  statement: 'Officials met in Washington and agreed on nothing.',
  quotes: [
    { source: 'test-source', paragraph: 1, text: 'Officials met in Washington.' },
    { source: 'test-source', paragraph: 1, text: 'They agreed   on\nnothing.' },
  ],
  attribution: 'the report',
  dates: [{ value: '2024-01', precision: 'month', part: 'late' }],
  questions: ['Where did officials meet?', 'Did they agree on anything?'],
};

function file(path: string, content: unknown): DataFile {
  return { path, text: typeof content === 'string' ? content : JSON.stringify(content) };
}

/** A valid base unless overridden: one source, three facts in two files. */
function setup(overrides: { sources?: DataFile[]; facts?: DataFile[] } = {}) {
  return buildFactBase({
    sources: overrides.sources ?? [file('data/sources/test-source.json', source)],
    facts: overrides.facts ?? [
      file('data/facts/a.json', { facts: [actor, pledge] }),
      file('data/facts/b.json', { facts: [meeting] }),
    ],
  });
}

function problemsOf(result: ReturnType<typeof setup>) {
  if (result.ok) throw new Error('expected the base to be refused');
  return result.problems;
}

describe('the embedded fact base', () => {
  it('loads, with every source sentence quoted or deliberately left out', async () => {
    const result = await readFactBase(EMBEDDED_DATA_DIR);
    if (!result.ok) throw new FactBaseError(result.problems);
    expect(result.coverage.uncovered).toEqual([]);
    expect(result.base.facts.length).toBeGreaterThanOrEqual(40);
    expect(new Set(result.base.facts.map((f) => f.kind))).toEqual(
      new Set(['policy', 'figure', 'event', 'position', 'actor', 'context', 'sourcing']),
    );
  });

  it('records the source as the copy is: no outlet or headline, the January 2024 date inferred and explained', async () => {
    const base = await loadFactBase(EMBEDDED_DATA_DIR);
    const [article] = base.sources;
    expect(article?.outlet).toBeUndefined();
    expect(article?.title).toBeUndefined();
    expect(article?.outletNote).toBe('the text attributes its reporting to NBC News');
    expect(article?.reported).toMatchObject({ value: '2024-01', precision: 'month', inferred: 'date' });
    expect(article?.reported?.basis).toMatch(/late December/);
  });

  it('maps every stored paragraph to the copy as received, whose first two paragraphs repeat', async () => {
    const base = await loadFactBase(EMBEDDED_DATA_DIR);
    const received = base.sources[0]?.paragraphs.map((p) => p.received) ?? [];
    expect(received.slice(0, 3)).toEqual([[1, 3], [2, 4], [5]]);
    expect(received.flat().sort((a = 0, b = 0) => a - b)).toEqual(
      Array.from({ length: 17 }, (_, i) => i + 1),
    );
  });

  it('keeps the duplicated opening paragraphs of the copy only once', async () => {
    const base = await loadFactBase(EMBEDDED_DATA_DIR);
    const texts = base.sources.flatMap((s) => s.paragraphs.map((p) => p.text));
    expect(new Set(texts).size).toBe(texts.length);
    expect(base.sources[0]?.paragraphs.map((p) => p.n)).toEqual(texts.map((_, i) => i + 1));
  });
});

describe('loading a fact base', () => {
  it('accepts a valid base and gives it a stable content version', () => {
    const first = setup();
    const second = setup();
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) {
      expect(first.base.version).toMatch(/^[0-9a-f]{12}$/);
      expect(first.base.version).toBe(second.base.version);
    }
  });

  it('changes the version when a fact changes', () => {
    const changed = setup({
      facts: [
        file('data/facts/a.json', {
          facts: [actor, { ...pledge, statement: `${pledge.statement} Really.` }],
        }),
        file('data/facts/b.json', { facts: [meeting] }),
      ],
    });
    const original = setup();
    expect(changed.ok && original.ok && changed.base.version !== original.base.version).toBe(true);
  });

  it('matches quotes whatever their line breaks and spacing', () => {
    expect(setup().ok).toBe(true);
  });

  it('names the file of a file that is not JSON', () => {
    const problems = problemsOf(setup({ facts: [file('data/facts/a.json', '{ "facts": [ oops')] }));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'data/facts/a.json',
        message: expect.stringMatching(/not valid JSON/),
      }),
    ]);
  });

  it('names the file, the fact id and the field of a schema error', () => {
    const broken = {
      ...pledge,
      figures: [{ value: 'thirty thousand', unit: 'migrants', asWritten: '30,000' }],
    };
    const problems = problemsOf(
      setup({
        facts: [
          file('data/facts/a.json', { facts: [actor, broken] }),
          file('data/facts/b.json', { facts: [meeting] }),
        ],
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'data/facts/a.json',
        factId: 'mexico-pledge',
        field: 'figures[0].value',
      }),
    );
  });

  it('reports every problem of every file at once', () => {
    const problems = problemsOf(
      setup({
        facts: [
          file('data/facts/a.json', { facts: [actor, { ...pledge, related: ['no-such-fact'] }] }),
          file('data/facts/b.json', { facts: [{ ...meeting, kind: 'rumour' }] }),
          file('data/facts/c.json', 'not json'),
        ],
      }),
    );
    expect(problems.map((p) => p.file).sort()).toEqual([
      'data/facts/a.json',
      'data/facts/b.json',
      'data/facts/c.json',
    ]);
  });

  it('refuses duplicate fact ids across files', () => {
    const problems = problemsOf(
      setup({
        facts: [
          file('data/facts/a.json', { facts: [actor, pledge] }),
          file('data/facts/b.json', { facts: [meeting, pledge] }),
        ],
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        factId: 'mexico-pledge',
        field: 'id',
        message: expect.stringMatching(/duplicate.*a\.json/),
      }),
    );
  });

  it('refuses a related id that no fact has', () => {
    const problems = problemsOf(
      setup({
        facts: [
          file('data/facts/a.json', { facts: [actor, { ...pledge, related: ['talks-met', 'ghost'] }] }),
          file('data/facts/b.json', { facts: [meeting] }),
        ],
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        factId: 'mexico-pledge',
        field: 'related[1]',
        message: 'no fact has the id "ghost"',
      }),
    ]);
  });

  it('refuses a quote that is not verbatim in the paragraph it cites', () => {
    const misquoted = {
      ...pledge,
      quotes: [
        { source: 'test-source', paragraph: 2, text: 'Mexico pledged to take back 40,000 migrants a month.' },
      ],
    };
    const problems = problemsOf(
      setup({
        facts: [
          file('data/facts/a.json', { facts: [actor, misquoted] }),
          file('data/facts/b.json', { facts: [meeting] }),
        ],
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        factId: 'mexico-pledge',
        field: 'quotes[0].text',
        message: expect.stringMatching(/not verbatim in paragraph 2/),
      }),
    ]);
  });

  it('refuses a quote of a paragraph or source that does not exist', () => {
    const lost = {
      ...pledge,
      quotes: [
        { source: 'test-source', paragraph: 9, text: 'words that are nowhere' },
        { source: 'elsewhere', paragraph: 1, text: 'words that are nowhere' },
      ],
    };
    const problems = problemsOf(
      setup({
        facts: [
          file('data/facts/a.json', { facts: [actor, lost] }),
          file('data/facts/b.json', { facts: [meeting] }),
        ],
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['quotes[0].paragraph', 'quotes[1].source']);
  });

  it('refuses dates whose value does not match their precision', () => {
    const misdated = { ...meeting, dates: [{ value: '2024-01-30', precision: 'month' }] };
    const problems = problemsOf(
      setup({
        facts: [
          file('data/facts/a.json', { facts: [actor, pledge] }),
          file('data/facts/b.json', { facts: [misdated] }),
        ],
      }),
    );
    expect(problems).toEqual([expect.objectContaining({ factId: 'talks-met', field: 'dates[0].value' })]);
  });

  it('refuses malformed dates and figures', () => {
    const bad = { ...meeting, dates: [{ value: '2024-13', precision: 'month' }] };
    const badFigure = { ...pledge, figures: [] };
    const problems = problemsOf(
      setup({
        facts: [
          file('data/facts/a.json', { facts: [actor, badFigure] }),
          file('data/facts/b.json', { facts: [bad] }),
        ],
      }),
    );
    expect(problems.map((p) => `${p.factId} ${p.field}`).sort()).toEqual([
      'mexico-pledge figures',
      'talks-met dates[0].value',
    ]);
  });

  it('refuses a fact that names an actor no actor fact describes', () => {
    const problems = problemsOf(
      setup({
        facts: [
          file('data/facts/a.json', { facts: [{ ...pledge, actors: ['atlantis'] }] }),
          file('data/facts/b.json', { facts: [meeting] }),
        ],
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ factId: 'mexico-pledge', field: 'actors[0]' }));
  });

  it('refuses an inferred report date without a basis', () => {
    const { basis: _basis, ...reported } = source.reported;
    const problems = problemsOf(
      setup({ sources: [file('data/sources/test-source.json', { ...source, reported })] }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'data/sources/test-source.json', field: 'reported.basis' }),
    ]);
  });

  it('refuses an inferred fact date without a basis', () => {
    const guessed = { ...meeting, dates: [{ value: '2024-01', precision: 'month', inferred: 'year' }] };
    const problems = problemsOf(
      setup({
        facts: [
          file('data/facts/a.json', { facts: [actor, pledge] }),
          file('data/facts/b.json', { facts: [guessed] }),
        ],
      }),
    );
    expect(problems).toEqual([expect.objectContaining({ factId: 'talks-met', field: 'dates[0].basis' })]);
  });

  it('refuses a supersededBy that names no fact, the fact itself, or a cycle', () => {
    const facts = (a: object, b: object) => [
      file('data/facts/a.json', { facts: [actor, a] }),
      file('data/facts/b.json', { facts: [b] }),
    ];
    expect(problemsOf(setup({ facts: facts({ ...pledge, supersededBy: 'nothing' }, meeting) }))).toEqual([
      expect.objectContaining({
        factId: 'mexico-pledge',
        field: 'supersededBy',
        message: 'no fact has the id "nothing"',
      }),
    ]);
    expect(
      problemsOf(setup({ facts: facts({ ...pledge, supersededBy: 'mexico-pledge' }, meeting) })),
    ).toEqual([
      expect.objectContaining({ factId: 'mexico-pledge', message: 'a fact cannot supersede itself' }),
    ]);
    const cycle = setup({
      facts: facts({ ...pledge, supersededBy: 'talks-met' }, { ...meeting, supersededBy: 'mexico-pledge' }),
    });
    expect(problemsOf(cycle).map((p) => p.factId)).toEqual(['mexico-pledge', 'talks-met']);
  });

  it('refuses a curator’s note on a paragraph the source does not have', () => {
    const noted = {
      ...pledge,
      notes: [{ text: 'The source contradicts itself about this.', paragraphs: [2, 9] }],
    };
    const problems = problemsOf(
      setup({
        facts: [
          file('data/facts/a.json', { facts: [actor, noted] }),
          file('data/facts/b.json', { facts: [meeting] }),
        ],
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ factId: 'mexico-pledge', field: 'notes[0].paragraphs[1]' }),
    ]);
  });

  it('refuses a paragraph of the copy as received mapped twice', () => {
    const twice = {
      ...source,
      paragraphs: [
        { ...source.paragraphs[0], received: [1, 3] },
        { ...source.paragraphs[1], received: [3] },
      ],
    };
    const problems = problemsOf(setup({ sources: [file('data/sources/test-source.json', twice)] }));
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'paragraphs[1].received',
        message: expect.stringMatching(/paragraph 3/),
      }),
    ]);
  });

  it('refuses a listed omission that is not in the source', () => {
    const withStale = {
      ...source,
      omissions: [{ paragraph: 1, sentence: 'Nobody said this.', reason: 'it was never there at all' }],
    };
    const problems = problemsOf(setup({ sources: [file('data/sources/test-source.json', withStale)] }));
    expect(problems).toEqual([expect.objectContaining({ field: 'omissions[0].sentence' })]);
  });

  it('takes a second source document with no code change', () => {
    const second = {
      ...source,
      id: 'second-source',
      paragraphs: [{ n: 1, text: 'A second report says more.' }],
    };
    const cites = {
      ...meeting,
      id: 'second-says',
      quotes: [{ source: 'second-source', paragraph: 1, text: 'A second report says more.' }],
    };
    const result = setup({
      sources: [
        file('data/sources/test-source.json', source),
        file('data/sources/second-source.json', second),
      ],
      facts: [file('data/facts/a.json', { facts: [actor, pledge, meeting, cites] })],
    });
    expect(result.ok && result.base.sources.map((s) => s.id)).toEqual(['test-source', 'second-source']);
  });

  it('never half-loads: one broken file on disk refuses the whole base', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-'));
    await mkdir(join(dir, 'sources'));
    await mkdir(join(dir, 'facts'));
    await writeFile(join(dir, 'sources', 'test-source.json'), JSON.stringify(source));
    await writeFile(join(dir, 'facts', 'a.json'), JSON.stringify({ facts: [actor, pledge] }));
    await writeFile(join(dir, 'facts', 'b.json'), JSON.stringify({ facts: [{ ...meeting, quotes: [] }] }));
    await expect(loadFactBase(dir)).rejects.toThrow(/data\/facts\/b\.json › fact "talks-met" › quotes/);
  });
});

describe('coverage', () => {
  it('lists the source sentences that no fact quotes', () => {
    const result = setup({
      facts: [file('data/facts/a.json', { facts: [actor, { ...pledge, related: [] }] })],
    });
    expect(result.ok && result.coverage.uncovered.map((s) => s.sentence)).toEqual([
      'Officials met in Washington.',
      'They agreed on nothing.',
    ]);
  });

  it('does not list sentences a curator left out with a reason', () => {
    const withOmission = {
      ...source,
      omissions: [{ paragraph: 1, sentence: 'They agreed on nothing.', reason: 'restates the meeting' }],
    };
    const result = setup({
      sources: [file('data/sources/test-source.json', withOmission)],
      facts: [file('data/facts/a.json', { facts: [actor, { ...pledge, related: [] }] })],
    });
    expect(result.ok && result.coverage.uncovered.map((s) => s.sentence)).toEqual([
      'Officials met in Washington.',
    ]);
    expect(result.ok && result.coverage.omitted.map((s) => s.sentence)).toEqual(['They agreed on nothing.']);
  });
});
