/** Every `decamp` command, in the order the overview lists them. Add a command here. */
import type { CliCommand } from '../command';
import { compareCommand } from './compare';
import { exportCommand } from './export';
import { importCommand } from './import';
import { planCommand } from './plan';
import { validateCommand } from './validate';

export const COMMANDS: readonly CliCommand[] = [validateCommand, planCommand, compareCommand, importCommand, exportCommand];
