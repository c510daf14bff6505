#!/usr/bin/env node
// `npm start`: loads scripts/launch.ts through tsx (a dependency) so the logic stays typed and tested.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const { launch } = await tsImport('./launch.ts', import.meta.url);
process.exit(await launch(fileURLToPath(new URL('..', import.meta.url))));
