/**
 * `copydesk --help`, kept free of imports: the launcher answers it from the command manifest the build
 * writes (out/node/commands.json), without loading the commands and everything they need.
 */
export interface CommandSummary {
  name: string;
  usage: string;
  summary: string;
}

export function helpText(commands: readonly CommandSummary[]): string {
  return `Usage: copydesk <command> [options]\n\nCommands:\n${commands.map((c) => `  ${c.usage}\n      ${c.summary}\n`).join('')}`;
}

/** The exit status when these arguments ask for the help (0, or 2 for no command at all), else null. */
export function helpExit(argv: readonly string[]): number | null {
  const [name] = argv;
  if (!name) return 2;
  return name === '--help' || name === '-h' || name === 'help' ? 0 : null;
}
