import type { Command } from './command.js';
import { extractCommand } from './extract/extract-command.js';
import { importCommand } from './import/import-command.js';
import { reconcileCommand } from './reconcile/reconcile-command.js';
import { reportCommand } from './report/report-command.js';
import { auditCommand, roundCommands } from './round/round-commands.js';
import {
  listRulesCommand,
  planningRulesCommand,
  rotationRulesCommand,
} from './rules/rules-commands.js';
import { serveCommand } from './serve/serve-command.js';
import { validateCommand } from './validate/validate-command.js';

/** Every `cadre` command, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  reportCommand,
  importCommand,
  serveCommand,
  validateCommand,
  reconcileCommand,
  rotationRulesCommand,
  planningRulesCommand,
  listRulesCommand,
  extractCommand,
  ...roundCommands,
  auditCommand,
];
