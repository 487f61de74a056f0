import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_DATA_DIR } from '../../src/facts/load.js';
import { draftSource, splitParagraphs } from '../../src/facts/sourceDraft.js';
import { runScript } from '../support/run.js';

// A small report the test writes itself: its first paragraph repeats, as in copies pasted from the web.
const REPORT = `Officials said Mexico will take back 40,000 migrants a month. The talks ended on February 2.

A second meeting is planned.

Officials said Mexico will take back 40,000 migrants a month. The talks ended on February 2.
`;

describe('turning a document into a source', () => {
  it('numbers paragraphs by blank lines, or by lines when the copy has no blank lines', () => {
    expect(splitParagraphs('One line\nwrapped.\n\nTwo.')).toEqual(['One line wrapped.', 'Two.']);
    expect(splitParagraphs('One.\r\nTwo.\r\n\r\n')).toEqual(['One.', 'Two.']);
  });

  it('stores a repeated paragraph once and keeps where it stood in the copy', () => {
    const draft = draftSource(REPORT, '/tmp/Wire Report.txt', {});
    expect(draft.source.id).toBe('wire-report');
    expect(draft.receivedCount).toBe(3);
    expect(draft.repeated).toEqual([{ n: 1, received: [1, 3] }]);
    expect(draft.source.paragraphs.map((p) => [p.n, p.received])).toEqual([
      [1, [1, 3]],
      [2, undefined],
    ]);
  });

  it('leaves what it was not told honestly empty', () => {
    const draft = draftSource(REPORT, 'r.txt', { outlet: 'Test Wire' });
    expect(draft.source).not.toHaveProperty('title');
    expect(draft.source).not.toHaveProperty('reported');
    expect(draft.source).not.toHaveProperty('url');
    expect(draft.unknown).toEqual(['title or label', 'date', 'url']);
    expect(draftSource(REPORT, 'r.txt', { date: '2024-02' }).source.reported).toEqual({
      value: '2024-02',
      precision: 'month',
      approximate: false,
    });
  });

  it('names a malformed field', () => {
    expect(() => draftSource(REPORT, 'r.txt', { date: 'Feb 2024' })).toThrow(/YYYY/);
  });
});

describe('the curation workflow, end to end', () => {
  it('adds a document, drafts its facts, and answers with the newer figure and what was reported earlier', async () => {
    const root = await mkdtemp(join(tmpdir(), 'factdesk-curation-'));
    const data = join(root, 'data');
    await cp(EMBEDDED_DATA_DIR, data, { recursive: true });
    const doc = join(root, 'wire-report.txt');
    await writeFile(doc, REPORT);
    const env = { FACTDESK_DATA_DIR: data };

    const added = runScript(['scripts/source-add.ts', doc, '--outlet', 'Test Wire', '--date', '2024-02-03'], {
      env,
    });
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('2 paragraph(s) from 3 in the copy');
    expect(added.stdout).toContain('repeated: ¶1 appears 2 times (paragraphs 1, 3 of the copy)');
    expect(added.stdout).toContain('left empty, as the document was given without them: title or label, url');
    const again = runScript(['scripts/source-add.ts', doc], { env });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);

    // Its sentences are not quoted yet, so the check fails and names them.
    const unchecked = runScript(['scripts/facts-check.ts', data]);
    expect(unchecked.status).toBe(1);
    expect(unchecked.stderr).toContain('wire-report ¶2: "A second meeting is planned."');

    const drafted = runScript(['scripts/facts-draft.ts', 'wire-report'], { env });
    expect(drafted.status).toBe(0);
    const { facts: drafts } = JSON.parse(await readFile(join(data, 'drafts', 'wire-report.json'), 'utf8'));
    expect(drafts.map((d: { id: string; quotes: { text: string }[] }) => [d.id, d.quotes[0]?.text])).toEqual([
      ['wire-report-p1-s1', 'Officials said Mexico will take back 40,000 migrants a month.'],
      ['wire-report-p1-s2', 'The talks ended on February 2.'],
      ['wire-report-p2-s1', 'A second meeting is planned.'],
    ]);
    expect(drafts[0].statement).toMatch(/^TODO/);

    // The curator completes the drafts; the newer figure supersedes the older one, which is kept.
    const [pledge, ended, planned] = drafts;
    const completed = [
      {
        ...pledge,
        id: 'wire-pledge-40000-monthly',
        kind: 'figure',
        statement: 'Officials said Mexico will take back 40,000 migrants a month, the report says.',
        attribution: 'officials',
        figures: [{ value: 40000, unit: 'migrants taken back', period: 'month', asWritten: '40,000' }],
        questions: ['How many migrants a month will Mexico take back?', 'What is the new monthly figure?'],
      },
      {
        ...ended,
        id: 'wire-talks-ended',
        kind: 'event',
        statement: 'The talks ended on February 2, the report says.',
        attribution: 'the report',
        dates: [
          { value: '2024-02-02', precision: 'day', inferred: 'year', basis: 'The report is dated 2024.' },
        ],
        questions: ['When did the talks end?', 'Are the talks over?'],
      },
      {
        ...planned,
        id: 'wire-second-meeting',
        statement: 'A second meeting is planned, the report says.',
        attribution: 'the report',
        questions: ['Is another meeting planned?', 'Will they meet again?'],
      },
    ];
    await writeFile(join(data, 'facts', 'wire.json'), JSON.stringify({ facts: completed }));
    const figures = JSON.parse(await readFile(join(data, 'facts', 'figures.json'), 'utf8'));
    const older = figures.facts.find((f: { id: string }) => f.id === 'mexico-pledged-30000-returns-monthly');
    older.supersededBy = 'wire-pledge-40000-monthly';
    await writeFile(join(data, 'facts', 'figures.json'), JSON.stringify(figures));

    // New phrasings need their sentence vectors before the base checks clean.
    const stale = runScript(['scripts/facts-check.ts', data]);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/no stored sentence vector[\s\S]*npm run facts:embed/);
    const embedded = runScript(['scripts/facts-embed.ts', data]);
    expect(embedded.status).toBe(0);
    const checked = runScript(['scripts/facts-check.ts', data]);
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);

    const asked = runScript(
      ['scripts/ask.ts', '--json', 'How many migrants a month will Mexico take back?'],
      {
        env,
      },
    );
    const answer = JSON.parse(asked.stdout).answer;
    expect(answer.id).toBe('wire-pledge-40000-monthly');
    expect(answer.source).toMatchObject({
      outlet: 'Test Wire',
      reported: 'February 3, 2024',
      headline: null,
    });
    expect(answer.earlierReported).toEqual([
      expect.objectContaining({
        id: 'mexico-pledged-30000-returns-monthly',
        statement: expect.stringMatching(/30,000/),
      }),
    ]);
  }, 60_000);
});
