// The zod schemas of the fact base: source documents and curated facts. They are the single source of the
// types used everywhere else and of the JSON Schema that editors use on the files in data/.
import { z } from 'zod';

/** A stable, readable identifier: lowercase words joined by hyphens ("title-42-ended-may-2023"). */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, like "title-42-ended"')
  .max(80);

/** The locales a fact's text may be translated into. English is the text of the fact itself. */
export const Locale = z.enum(['es']);

/** A calendar date as precise as the source allows: "2023", "2023-12" or "2023-12-30". */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((value) => {
    const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  }, 'is not a date on the calendar (that month has fewer days)');

/**
 * When something happened or was reported, with the precision the source gives. The `value` must match
 * the precision ("month" → "2023-12"); `part` narrows a month or year to its early, middle or late part
 * ("late December 2023"); `approximate` marks dates the source itself states loosely ("later this
 * month"). `inferred` marks dates, or parts of them, that the source does not print and a curator worked
 * out ("December 30" → 2023): every reply shows them as inferred, and `basis` says how.
 */
export const DateRef = z
  .object({
    value: CalendarDate,
    precision: z.enum(['day', 'month', 'year']),
    part: z.enum(['early', 'mid', 'late']).optional(),
    approximate: z.boolean().default(false),
    /** What the curator inferred: the year only ("December 30" → 2023), or the whole date. */
    inferred: z.enum(['year', 'date']).optional(),
    /** How an inferred date was worked out from the text. */
    basis: z.string().min(10).optional(),
    /** What the date marks when a fact carries several ("ended", "began", "meeting"). */
    role: z.string().min(1).max(60).optional(),
  })
  .strict()
  .refine((date) => !date.inferred || date.basis, {
    message: 'an inferred date needs a basis that says how it was inferred',
    path: ['basis'],
  });

/** A quotation from a source, verbatim, with the number of the paragraph it stands in. */
export const Quote = z
  .object({
    source: Slug,
    paragraph: z.int().positive(),
    // A quote of a word or two would be "verbatim" almost anywhere and proves nothing.
    text: z
      .string()
      .min(12, 'is too short to show where a claim comes from (at least 12 characters)')
      .max(1000),
  })
  .strict();

/** A number the source states: its value, what it counts, and over what period. */
export const Figure = z
  .object({
    value: z.number().finite(),
    unit: z.string().min(1).max(60),
    period: z.string().min(1).max(60).optional(),
    /** The figure as the source writes it ("30,000", "eleven", "over a million", "10%"). */
    asWritten: z.string().min(1).max(60),
    approximate: z.boolean().default(false),
    /** When the source gives a bound, not a value: "over a million" is a lower bound of 1,000,000. */
    bound: z.enum(['lower', 'upper']).optional(),
  })
  .strict();

/** Text of a fact in another language: the statement and the ways people ask about it there. */
export const FactTranslation = z
  .object({
    statement: z.string().min(10).max(400).optional(),
    aliases: z.array(z.string().min(2).max(100)).default([]),
    questions: z.array(z.string().min(5).max(200)).default([]),
  })
  .strict();

export const FactKind = z.enum(['policy', 'figure', 'event', 'position', 'actor', 'context', 'sourcing']);

/** Which side of the negotiations a position belongs to. */
export const Side = z.enum(['us', 'mexico', 'both']);

/**
 * A curator's remark shown with a fact, for what a careful reader should know and the statement cannot
 * say: above all where the source contradicts itself. It names the paragraphs it compares.
 */
export const CuratorNote = z
  .object({
    text: z.string().min(20).max(600),
    paragraphs: z.array(z.int().positive()).min(1),
  })
  .strict();

/** A dated correction, as newsrooms publish them: the day it was made and what was wrong. */
export const Correction = z
  .object({
    date: CalendarDate.refine((value) => value.length === 10, 'must be a day, YYYY-MM-DD'),
    note: z.string().min(10).max(300),
  })
  .strict();

/** One curated claim of a source, with its quotes and what search and the commands need to find and show it. */
export const Fact = z
  .object({
    id: Slug,
    kind: FactKind,
    /** A neutral sentence in English that keeps the source's attribution. */
    statement: z.string().min(10).max(400),
    quotes: z.array(Quote).min(1),
    /** Who the source attributes the claim to ("three U.S. officials", "ICE flight records"). */
    attribution: z.string().min(2).max(200),
    dates: z.array(DateRef).default([]),
    figures: z.array(Figure).default([]),
    /** Countries or parties involved, as slugs ("us", "mexico", "venezuela"). */
    parties: z.array(Slug).default([]),
    /** The actor ids (see kind "actor") this fact concerns. */
    actors: z.array(Slug).default([]),
    /** For positions: whose demand or stance it is. */
    side: Side.optional(),
    /** For policies: whether it is in force, ended or proposed according to the source. */
    status: z.enum(['in-force', 'ended', 'proposed', 'unknown']).optional(),
    /** Short names people use for the topic ("Title 42", "MPP"). */
    aliases: z.array(z.string().min(2).max(100)).default([]),
    /** Questions a reader would ask that this fact answers, phrased as people ask them. */
    questions: z.array(z.string().min(5).max(200)).min(2),
    related: z.array(Slug).default([]),
    /** Curator's notes shown with the fact: contradictions in the source and the like. */
    notes: z.array(CuratorNote).default([]),
    /**
     * The id of a newer fact, from a later source, that changes this one (a new figure, a new date). The
     * older fact is kept; answers show the newer one with this one as "earlier reported".
     */
    supersededBy: Slug.optional(),
    /** Corrections made to this fact, oldest first ("2024-02-01: the figure was 30,000, not 3,000"). */
    corrections: z.array(Correction).default([]),
    translations: z.partialRecord(Locale, FactTranslation).default({}),
  })
  .strict()
  .superRefine((fact, ctx) => {
    fact.corrections.forEach((correction, i) => {
      const previous = fact.corrections[i - 1];
      if (previous && previous.date > correction.date)
        ctx.addIssue({
          code: 'custom',
          path: ['corrections', i, 'date'],
          message: 'corrections are listed oldest first',
        });
    });
    if (fact.kind === 'figure' && fact.figures.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['figures'],
        message: 'a fact of kind "figure" needs at least one figure',
      });
    }
    if (fact.kind === 'event' && fact.dates.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['dates'],
        message: 'a fact of kind "event" needs at least one date',
      });
    }
    if (fact.kind === 'position' && !fact.side) {
      ctx.addIssue({ code: 'custom', path: ['side'], message: 'a fact of kind "position" needs a side' });
    }
    if (fact.kind === 'actor' && fact.actors.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['actors'],
        message: 'a fact of kind "actor" describes exactly one actor id',
      });
    }
    fact.dates.forEach((date, i) => {
      const expected = { year: 4, month: 7, day: 10 }[date.precision];
      if (date.value.length !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['dates', i, 'value'],
          message: `"${date.value}" does not have ${date.precision} precision`,
        });
      }
      if (date.part && date.precision === 'day') {
        ctx.addIssue({
          code: 'custom',
          path: ['dates', i, 'part'],
          message: 'a day has no early, mid or late part',
        });
      }
    });
  });

/** A file in data/facts/: a group of facts a curator edits together. */
export const FactFile = z
  .object({
    $schema: z.string().optional(),
    facts: z.array(Fact),
  })
  .strict();

export const Paragraph = z
  .object({
    n: z.int().positive(),
    text: z.string().min(1),
    /**
     * Where the paragraph stands in the copy as received, when that differs from `n` (repeated paragraphs
     * stored once): the copy's own paragraph numbers, all of them when it repeats.
     */
    received: z.array(z.int().positive()).min(1).optional(),
  })
  .strict();

/** A sentence of a source that no fact quotes on purpose, with the reason. */
export const Omission = z
  .object({
    paragraph: z.int().positive(),
    sentence: z.string().min(3),
    reason: z.string().min(10),
  })
  .strict();

/**
 * A file in data/sources/: a source document's metadata and its numbered paragraphs. Fields describe the
 * document as it is: what it does not print is left out, never filled in from elsewhere.
 */
export const Source = z
  .object({
    $schema: z.string().optional(),
    id: Slug,
    /** The headline exactly as the document prints it; left out when it prints none. */
    title: z.string().min(5).max(200).optional(),
    /** A curator's label for a document without a headline; always shown as a curator's label. */
    label: z.string().min(5).max(200).optional(),
    /** The outlet as the document itself names it; left out when the copy names none. */
    outlet: z.string().min(2).max(100).optional(),
    /** What the copy says about who reported it when it names no outlet ("the text attributes …"). */
    outletNote: z.string().min(10).max(200).optional(),
    url: z.url().optional(),
    /** When the document was reported; left out when neither printed nor inferable. */
    reported: DateRef.optional(),
    /** How the text was obtained and cleaned, for readers who check it against the original. */
    notes: z.string().optional(),
    paragraphs: z.array(Paragraph).min(1),
    omissions: z.array(Omission).default([]),
  })
  .strict();

export type Slug = z.infer<typeof Slug>;
export type DateRef = z.infer<typeof DateRef>;
export type Quote = z.infer<typeof Quote>;
export type Figure = z.infer<typeof Figure>;
export type FactKind = z.infer<typeof FactKind>;
export type Side = z.infer<typeof Side>;
export type Fact = z.infer<typeof Fact>;
export type FactFile = z.infer<typeof FactFile>;
export type Source = z.infer<typeof Source>;
export type Paragraph = z.infer<typeof Paragraph>;
export type CuratorNote = z.infer<typeof CuratorNote>;
