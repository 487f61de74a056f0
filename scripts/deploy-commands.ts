// npm run deploy-commands [-- --dry-run] — registers the commands (to DISCORD_GUILD_ID when set, otherwise
// globally). --dry-run prints the route and JSON body it would send and sends nothing.
import { REST } from 'discord.js';
import { commandDefinitions } from '../commands/index.js';
import { loadConfig } from '../src/config.js';
import { deployCommands, deployRoute } from '../src/bot/deploy.js';
import { redact } from '../src/logger.js';

// Filled once the configuration is read, so no error message can print the token.
let secrets: string[] = [];
try {
  const config = loadConfig();
  secrets = config.DISCORD_TOKEN ? [config.DISCORD_TOKEN] : [];
  const applicationId = config.DISCORD_APPLICATION_ID;
  if (process.argv.includes('--dry-run')) {
    // Without an application id the route shows where it goes; Routes would percent-encode a placeholder.
    const route = decodeURIComponent(
      deployRoute(applicationId ?? '{DISCORD_APPLICATION_ID}', config.DISCORD_GUILD_ID),
    );
    console.log(JSON.stringify({ method: 'PUT', route, body: commandDefinitions() }, null, 2));
  } else {
    if (!config.DISCORD_TOKEN || !applicationId) {
      throw new Error(
        'deploy-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example); --dry-run needs neither',
      );
    }
    const rest = new REST({ version: '10', api: config.DISCORD_API_BASE }).setToken(config.DISCORD_TOKEN);
    const count = await deployCommands(rest, applicationId, config.DISCORD_GUILD_ID);
    const where = config.DISCORD_GUILD_ID
      ? `server ${config.DISCORD_GUILD_ID} (available now)`
      : 'all servers (may take up to an hour to appear)';
    console.log(`Registered ${count} commands for ${where}.`);
  }
} catch (error) {
  console.error(redact((error as Error).message, secrets));
  process.exit(1);
}
