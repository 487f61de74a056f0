import { describe, expect, it } from 'vitest';
import { prepareSlashCommand } from '../../commands/index.js';
import { embeddedEngine } from '../support/engine.js';
import { testContext } from '../support/context.js';
import { buildFactBase, EMBEDDED_DATA_DIR, loadFactBase, type FactBase } from '../../src/facts/load.js';
import type { Answer } from '../../src/search/engine.js';
import { answerJson } from '../../src/render/answerJson.js';
import { answerText } from '../../src/render/answerText.js';
import { formatCitation } from '../../src/render/citation.js';
import {
  renderAnswer,
  renderCitation,
  renderFact,
  renderParagraph,
} from '../../src/render/discord/answer.js';
import { decodeCustomId, encodeCustomId } from '../../src/render/discord/customId.js';
import { factView } from '../../src/render/factView.js';

const printed = {
  id: 'wire-2024-02',
  title: 'Talks resume in Washington',
  outlet: 'Test Wire',
  url: 'https://example.org/talks',
  reported: { value: '2024-02-02', precision: 'day' },
  paragraphs: [{ n: 1, text: 'Mexico will take back 40,000 migrants a month, officials said.' }],
};
const copy = {
  id: 'copy-2024-01',
  label: 'Border talks (untitled copy)',
  outletNote: 'the text credits Test Wire',
  reported: { value: '2024-01', precision: 'month', inferred: 'date', basis: 'It says "later this month".' },
  paragraphs: [
    { n: 1, text: 'Mexico pledged to take back 30,000 migrants a month.', received: [1, 2] },
    { n: 2, text: 'Talks resume later this month.', received: [3] },
  ],
};
const fact = (id: string, source: string, text: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'figure',
  statement: `${text} (statement)`,
  quotes: [{ source, paragraph: 1, text }],
  attribution: 'officials',
  figures: [{ value: 1, unit: 'migrants', asWritten: 'x' }],
  questions: ['How many migrants will Mexico take back?', 'What did Mexico pledge?'],
  ...extra,
});

/** A base of two documents: an untitled copy with a de-duplicated paragraph, and a later printed report. */
function setup(): FactBase {
  const older = fact('pledge-30000', 'copy-2024-01', 'Mexico pledged to take back 30,000 migrants a month.', {
    supersededBy: 'pledge-40000',
    notes: [{ text: 'The copy repeats this paragraph; it is stored once here.', paragraphs: [1] }],
  });
  const newer = fact('pledge-40000', 'wire-2024-02', 'Mexico will take back 40,000 migrants a month');
  const result = buildFactBase({
    sources: [
      { path: 'data/sources/copy.json', text: JSON.stringify(copy) },
      { path: 'data/sources/wire.json', text: JSON.stringify(printed) },
    ],
    facts: [{ path: 'data/facts/f.json', text: JSON.stringify({ facts: [older, newer] }) }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.base;
}

const byId = (base: FactBase, id: string) => {
  const found = base.facts.find((f) => f.id === id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
};

describe('citations', () => {
  it('never present a curator’s label or an unstated outlet as the publisher’s', () => {
    const base = setup();
    const older = byId(base, 'pledge-30000');
    for (const style of ['standard', 'apa', 'chicago'] as const) {
      const citation = formatCitation(older, base, style);
      expect(citation).toMatch(/untitled; curator's label: Border talks/i);
      expect(citation).toMatch(/not stated in the copy; the text credits Test Wire/);
      expect(citation).not.toMatch(/“Border talks/);
      expect(citation).toContain(`factdesk fact pledge-30000, fact base ${base.version}`);
    }
  });

  it('give the date with its precision and flag it when inferred, in every style', () => {
    const base = setup();
    const older = byId(base, 'pledge-30000');
    expect(formatCitation(older, base)).toContain('reported January 2024 (date inferred from the text)');
    expect(formatCitation(older, base, 'apa')).toContain('(2024, January) [date inferred from the text]');
    expect(formatCitation(older, base, 'chicago')).toContain('January 2024 (date inferred from the text)');
    const newer = byId(base, 'pledge-40000');
    expect(formatCitation(newer, base, 'apa')).toContain('(2024, February 2).');
    expect(formatCitation(newer, base)).not.toContain('inferred');
  });

  it('say how a paragraph is counted when the copy repeated paragraphs, and map it to the copy', () => {
    const base = setup();
    expect(formatCitation(byId(base, 'pledge-30000'), base)).toContain(
      '¶1 (counted in the de-duplicated copy; paragraphs 1 and 2 of the copy as received)',
    );
    expect(formatCitation(byId(base, 'pledge-30000'), base, 'apa')).toContain('para. 1 (counted in');
    expect(formatCitation(byId(base, 'pledge-40000'), base)).toMatch(/; ¶1\. https/);
  });

  it('use the printed title, outlet and URL when the document has them', () => {
    const base = setup();
    const newer = byId(base, 'pledge-40000');
    expect(formatCitation(newer, base)).toContain(
      '“Talks resume in Washington”; outlet: Test Wire; reported February 2, 2024; ¶1. https://example.org/talks',
    );
    expect(formatCitation(newer, base, 'apa')).toMatch(
      /^Talks resume in Washington\. \(2024, February 2\)\. Test Wire\. https:\/\/example\.org\/talks para\. 1\./,
    );
    expect(formatCitation(newer, base, 'chicago')).toMatch(
      /^“Talks resume in Washington,” Test Wire, February 2, 2024, para\. 1, https:\/\/example\.org\/talks\./,
    );
    expect(formatCitation(byId(base, 'pledge-30000'), base)).not.toContain('http');
  });

  it('are copied as the whole message: plain text on one line, other styles one click away', () => {
    const base = setup();
    const older = byId(base, 'pledge-30000');
    const body = renderCitation(older, base, 'en-US');
    expect(body.content).toBe(formatCitation(older, base));
    expect(body.content).not.toMatch(/```|\n/);
    expect(body.embeds).toEqual([]);
    const ids = body.components?.flatMap((row) =>
      row.components.map((c) => ('custom_id' in c ? c.custom_id : '')),
    );
    expect(ids?.map((id) => decodeCustomId(id ?? ''))).toEqual([
      { action: 'cite', factId: 'pledge-30000', style: 'apa' },
      { action: 'cite', factId: 'pledge-30000', style: 'chicago' },
    ]);
    expect(renderCitation(older, base, 'en-US', 'chicago').content).toBe(
      formatCitation(older, base, 'chicago'),
    );
  });

  it('keep the plain citation button’s id as it was, and refuse an unknown style', () => {
    expect(encodeCustomId({ action: 'cite', factId: 'a-fact' })).toBe('fd:cite:a-fact');
    expect(decodeCustomId('fd:cite:a-fact')).toEqual({ action: 'cite', factId: 'a-fact' });
    expect(decodeCustomId('fd:cite:a-fact:mla')).toBeNull();
  });
});

describe('/source', () => {
  it('names a missing paragraph’s document by its id, never a label in quotes', async () => {
    const engine = await embeddedEngine();
    const invoker = {
      userId: '1',
      guildId: null,
      channelId: null,
      memberPermissions: null,
      locale: 'en-US' as const,
      serverLocale: null,
    };
    const command = await prepareSlashCommand('source', { paragraph: 99 }, invoker, testContext(engine));
    await expect(command.run()).rejects.toThrow(
      'The source nbc-us-mexico-migration-talks-2024-01 has no paragraph 99.',
    );
  });

  it('cites the paragraph with the document, outlet, date and how the paragraph is counted', async () => {
    const base = await loadFactBase(EMBEDDED_DATA_DIR);
    const [source] = base.sources;
    if (!source) throw new Error('no source');
    const [embed] = renderParagraph(source, 7, base, 'private', 'en-US').embeds ?? [];
    const fields = Object.fromEntries((embed?.fields ?? []).map((f) => [f.name, f.value]));
    expect(embed?.title).toBe("¶7 · untitled; curator's label: US–Mexico migration talks, early 2024");
    expect(fields.Outlet).toBe('not stated in the copy; the text attributes its reporting to NBC News');
    expect(fields.Reported).toBe('about January 2024 (date inferred from the text)');
    expect(fields['Paragraph 7']).toBe(
      'counted in the de-duplicated copy; paragraph 9 of the copy as received',
    );
    expect(fields['Cite as']).toContain('reported about January 2024 (date inferred from the text)');
    expect(fields['Cite as']).toContain(
      '¶7 (counted in the de-duplicated copy; paragraph 9 of the copy as received)',
    );
  });
});

describe('a fact a later source changed', () => {
  const answer = (base: FactBase): Answer => ({
    query: 'how many migrants will mexico take back',
    answered: true,
    confidence: 0.9,
    fact: byId(base, 'pledge-30000'),
    alternatives: [],
    related: [],
    closest: [],
    kind: 'answer',
    language: 'en',
  });

  it('is answered with the newest fact, showing what was reported earlier', () => {
    const base = setup();
    const json = answerJson(answer(base), base, 'en-US');
    expect(json.answer?.id).toBe('pledge-40000');
    expect(json.answer?.earlierReported).toEqual([
      {
        id: 'pledge-30000',
        statement: 'Mexico pledged to take back 30,000 migrants a month. (statement)',
        source: 'copy-2024-01',
        reported: 'January 2024 (date inferred from the text)',
      },
    ]);
    expect(answerText(answer(base), base, 'en-US')).toContain(
      'Earlier reported: Mexico pledged to take back 30,000 migrants a month. (statement) (reported January 2024 (date inferred from the text))',
    );
    const [embed] = renderAnswer(answer(base), base, 'private', 'en-US').embeds ?? [];
    expect(embed?.description).toContain('40,000');
    expect(embed?.fields?.find((f) => f.name === 'Earlier reported')?.value).toContain('30,000');
  });

  it('never offers the newest fact as its own alternative or related fact', () => {
    const base = setup();
    const json = answerJson(
      { ...answer(base), alternatives: [byId(base, 'pledge-40000')], related: [byId(base, 'pledge-30000')] },
      base,
      'en-US',
    );
    expect(json.answer?.id).toBe('pledge-40000');
    expect(json.alternatives).toEqual([]);
    expect(json.related).toEqual([]);
  });

  it('keeps the older fact, marked as superseded, with its curator’s notes', () => {
    const base = setup();
    const view = factView(byId(base, 'pledge-30000'), base, 'en-US');
    expect(view.supersededBy).toBe('pledge-40000');
    expect(view.notes).toEqual([
      { text: 'The copy repeats this paragraph; it is stored once here.', paragraphs: [1] },
    ]);
    expect(factView(byId(base, 'pledge-40000'), base, 'en-US').supersededBy).toBeUndefined();
    const [embed] = renderFact(byId(base, 'pledge-30000'), base, 'private', 'en-US').embeds ?? [];
    expect(embed?.fields?.find((f) => f.name === 'Superseded')?.value).toBe(
      'A later source changed this fact: see fact pledge-40000.',
    );
  });
});
