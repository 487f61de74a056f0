// Builds the body of every reply factdesk sends: visibility as the Ephemeral flag, no mentions, and embeds
// and buttons clamped to Discord's limits. Plain Discord API JSON, sent as it is by any adapter.
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { encodeCustomId, type ButtonAction } from './customId.js';
import { LIMITS, NO_MENTIONS, truncate } from './limits.js';

/** Who sees a reply: only the person who asked, or the whole channel. */
export type Visibility = 'private' | 'public';

/** The body of an interaction reply or a channel message: the parts of Discord's message JSON factdesk uses. */
export interface MessageBody extends Pick<
  APIInteractionResponseCallbackData,
  'content' | 'embeds' | 'components' | 'allowed_mentions'
> {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  flags?: MessageFlags.Ephemeral;
}

export function button(
  label: string,
  action: ButtonAction,
  style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary,
  disabled = false,
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style,
    label: truncate(label, LIMITS.buttonLabel),
    custom_id: encodeCustomId(action),
    disabled,
  };
}

/** Buttons in rows of five, at most five rows: Discord's layout limits. */
export function rows(buttons: APIButtonComponent[]): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const out: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  for (let i = 0; i < buttons.length && out.length < 5; i += 5) {
    out.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + 5) });
  }
  return out;
}

function clampEmbed(embed: APIEmbed): APIEmbed {
  return {
    ...embed,
    ...(embed.title !== undefined ? { title: truncate(embed.title, LIMITS.embedTitle) } : {}),
    ...(embed.description !== undefined
      ? { description: truncate(embed.description, LIMITS.embedDescription) }
      : {}),
    ...(embed.footer
      ? { footer: { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footer) } }
      : {}),
    ...(embed.fields
      ? {
          fields: embed.fields.slice(0, LIMITS.embedFields).map((f) => ({
            ...f,
            name: truncate(f.name || '—', LIMITS.fieldName),
            value: truncate(f.value || '—', LIMITS.fieldValue),
          })),
        }
      : {}),
  };
}

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** Trims the longest texts until all embeds together fit Discord's 6,000-character total. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  const out = embeds.map((e) => ({ ...e, fields: e.fields?.map((f) => ({ ...f })) }));
  let excess = out.reduce((sum, e) => sum + embedLength(e), 0) - LIMITS.embedTotal;
  while (excess > 0) {
    type Slot = { get: () => string; set: (v: string) => void };
    const slots: Slot[] = out.flatMap((e) => [
      ...(e.description ? [{ get: () => e.description ?? '', set: (v: string) => (e.description = v) }] : []),
      ...(e.fields ?? []).map((f) => ({ get: () => f.value, set: (v: string) => (f.value = v) })),
    ]);
    const longest = slots.sort((a, b) => b.get().length - a.get().length)[0];
    if (!longest || longest.get().length <= 20) break;
    const before = longest.get().length;
    longest.set(truncate(longest.get(), Math.max(20, before - excess)));
    excess -= before - longest.get().length;
  }
  return out.map((e) => (e.fields === undefined ? (({ fields: _fields, ...rest }) => rest)(e) : e));
}

/** A reply body: private replies carry the Ephemeral flag; no reply ever pings anyone. */
export function messageBody(parts: {
  visibility: Visibility;
  content?: string;
  embeds?: APIEmbed[];
  buttons?: APIButtonComponent[];
}): MessageBody {
  return {
    ...(parts.content ? { content: truncate(parts.content, LIMITS.content) } : {}),
    embeds: fitTotal((parts.embeds ?? []).slice(0, 10).map(clampEmbed)),
    components: rows(parts.buttons ?? []),
    allowed_mentions: NO_MENTIONS,
    ...(parts.visibility === 'private' ? { flags: MessageFlags.Ephemeral } : {}),
  };
}
