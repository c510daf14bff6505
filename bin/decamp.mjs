#!/usr/bin/env node
// The `decamp` command. It runs the TypeScript sources through tsx so `npx decamp` works right
// after `npm install`, with no build step.
import { tsImport } from 'tsx/esm/api';

const { runCli } = await tsImport('../electron/cli/main.ts', import.meta.url);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
