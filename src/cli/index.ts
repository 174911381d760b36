import type { CliCommand, CliIO } from './command';
import { exportCommand } from './commands/export';
import { sourcesCommand } from './commands/sources';
import { importCommand } from './commands/import';
import { checkCommand } from './commands/check';
import { searchCommand } from './commands/search';

/** Every sub-command, registered here with one line each. */
const COMMANDS: CliCommand[] = [
  exportCommand,
  importCommand,
  sourcesCommand,
  checkCommand,
  searchCommand,
];

function help(io: CliIO): void {
  io.stdout('Usage: copydesk <command> [options]\n\nCommands:\n');
  for (const c of COMMANDS) io.stdout(`  ${c.usage}\n      ${c.summary}\n`);
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return name ? 0 : 2;
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
