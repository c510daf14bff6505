/**
 * Child process of the large-file test and benchmark: opens one file with main's real reader
 * (readProjectFile: size check, one scan, one JSON.parse, the schema) and prints what happened,
 * how long it took and the process's peak memory as one JSON line. argv: <file>.
 */
import { readProjectFile } from '../../electron/services/project-file';

const file = process.argv[2];
if (!file) throw new Error('usage: open-child <file>');
const started = performance.now();
const result = await readProjectFile(file);
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({
    ok: result.ok,
    code: result.ok ? null : result.error.code,
    message: result.ok ? null : result.error.message.slice(0, 300),
    workloads: result.ok ? result.value.project.workloads.length : 0,
    ms: Math.round(ms),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
