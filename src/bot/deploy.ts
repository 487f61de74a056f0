// Registers factdesk's commands with Discord: to one server when a guild id is given (instant), otherwise
// globally. A bulk PUT replaces the whole set, so running it twice changes nothing.
import { Routes, type REST } from 'discord.js';
import { commandDefinitions } from '../../commands/index.js';

export function deployRoute(applicationId: string, guildId?: string): `/${string}` {
  return guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
}

export async function deployCommands(rest: REST, applicationId: string, guildId?: string): Promise<number> {
  const body = commandDefinitions();
  const registered = (await rest.put(deployRoute(applicationId, guildId), { body })) as unknown[];
  return registered.length;
}
