import type { CliCommand, CliIO } from './command';
import { helpExit, helpText, type CommandSummary } from './help';
import { exportCommand } from './commands/export';
import { sourcesCommand } from './commands/sources';
import { importCommand } from './commands/import';
import { checkCommand } from './commands/check';
import { searchCommand } from './commands/search';
import { serverCommand } from './commands/server';

/** Every sub-command, registered here with one line each. */
const COMMANDS: CliCommand[] = [
  exportCommand,
  importCommand,
  sourcesCommand,
  checkCommand,
  searchCommand,
  serverCommand,
];

/** What `copydesk --help` lists, as data: the build writes it beside the built CLI (see scripts/build-node.mjs). */
export function commandManifest(): CommandSummary[] {
  return COMMANDS.map(({ name, usage, summary }) => ({ name, usage, summary }));
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  const help = helpExit(argv);
  if (help !== null) {
    io.stdout(helpText(commandManifest()));
    return help;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.stderr(`copydesk: unknown command "${name}". Run "copydesk --help" for the list.\n`);
    return 2;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    io.stderr(`copydesk ${name}: ${(e as Error).message}\n`);
    return 1;
  }
}
