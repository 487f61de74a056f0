// npm run build — compiles the bot, the commands and deploy-commands to plain JavaScript in dist/, which
// `npm start` runs with node alone (no tsx, no esbuild binary). The compiled files find the data folder
// and package.json one level further from the root than the sources do, so dist/ links to both.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });
symlinkSync('../data', `${dist}/data`);
symlinkSync('../package.json', `${dist}/package.json`);
// The SQL migrations are applied at start-up from beside the compiled store module. They are copied, not
// linked: a production install (deploy/Dockerfile, docs/operating.md) has dist/ but no src/.
cpSync(`${root}src/store/migrations`, `${dist}/src/store/migrations`, { recursive: true });
console.log('built dist/ — run it with npm start');
