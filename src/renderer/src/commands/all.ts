import { appCommands } from '../app/commands';
import { appearanceCommands } from '../appearance/commands';
import { fileCommands } from '../article/commands/file';
import { formatCommands } from '../article/commands/format';
import { historyCommands } from '../article/commands/history';
import { panelCommands } from '../article/commands/panels';
import { pullQuoteCommands } from '../article/commands/pull-quote';
import { sectionCommands } from '../article/commands/section';
import { claimCommands } from '../claims/commands';
import { exportCommands } from '../export/commands';
import { reviewCommands } from '../review/commands';
import { libraryCommands } from '../library/commands';
import { sourceCommands } from '../sources/commands';
import { versionHistoryCommands } from '../history/commands';
import { workflowCommands } from '../workflow/commands';
import { findCommands } from '../find/commands';
import { spellingCommands } from '../spelling/commands';
import { styleCommands } from '../style/commands';
import { imageCommands } from '../images/commands';
import type { Command } from './define';

/** Every command, registered here with one line per family. Toolbar, menus, keys and palette are all made from this list. */
export const COMMANDS: Command[] = [
  ...appCommands,
  ...libraryCommands,
  ...fileCommands,
  ...exportCommands,
  ...historyCommands,
  ...findCommands,
  ...formatCommands,
  ...sectionCommands,
  ...pullQuoteCommands,
  ...imageCommands,
  ...sourceCommands,
  ...claimCommands,
  ...spellingCommands,
  ...styleCommands,
  ...panelCommands,
  ...reviewCommands,
  ...workflowCommands,
  ...versionHistoryCommands,
  ...appearanceCommands,
];
