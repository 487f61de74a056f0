// The registry: every command factdesk has, used by the router to dispatch and by deploy-commands to
// register. Adding a command means adding its file and one line here.
import type { MessageCommand, SlashCommand } from '../src/bot/command.js';
import { about } from './about.js';
import { ask } from './ask.js';
import { figures } from './figures.js';
import { findFacts } from './findFacts.js';
import { gaps } from './gaps.js';
import { policies } from './policies.js';
import { positions } from './positions.js';
import { reload } from './reload.js';
import { source } from './source.js';
import { stats } from './stats.js';
import { summary } from './summary.js';
import { timeline } from './timeline.js';
import { who } from './who.js';

export const slashCommands: readonly SlashCommand[] = [
  ask,
  policies,
  figures,
  timeline,
  positions,
  who,
  source,
  summary,
  about,
  reload,
  gaps,
  stats,
];

export const messageCommands: readonly MessageCommand[] = [findFacts];

/** The body of PUT /applications/{id}/commands: every definition, as Discord's REST API takes it. */
export function commandDefinitions() {
  return [...slashCommands.map((c) => c.data), ...messageCommands.map((c) => c.data)];
}
