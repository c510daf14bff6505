#!/usr/bin/env node
/**
 * Security lint of the Electron shell: runs Electronegativity over electron/ (and the built
 * renderer in out/renderer when present), and fails on any MEDIUM-or-worse finding that is not
 * allowed below with a written reason. Every allowed check must also be explained in
 * docs/security.md, so the allow-list and the document cannot drift apart.
 *
 * Usage: node scripts/electronegativity.mjs   (CI runs it; exit 0 = no unexplained finding)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BLOCKING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/**
 * Findings we accept, by check id and the files they may occur in, with the reason.
 * Mirrored in docs/security.md ("Electronegativity allow-list").
 */
export const ALLOW_LIST = {
  OPEN_EXTERNAL_JS_CHECK: {
    files: ['electron/main/app-handlers.ts', 'electron/main/desktop-app.ts'],
    reason:
      'Every URL reaching shell.openExternal has passed isSafeExternalUrl (https only, a host, no credentials): the openExternal IPC handler refuses anything else with "forbidden", and the window-open handler calls it only for safe URLs. Tested in test/electron/security.test.ts and app-handlers.test.ts.',
  },
};

function electronVersion() {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** RFC 4180-ish CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field.trim());
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field.trim());
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field.trim());
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

/**
 * One scan over a staged copy of everything that ships (electron/ and the built renderer), so the
 * global checks (navigation limits, permission handler) see main and the page together.
 */
function scan(staged, report, version, origins) {
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
  const args = ['-i', staged, '-o', report, ...(version ? ['-e', version] : [])];
  const run = spawnSync(bin, args, { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  if (!existsSync(report)) {
    throw new Error(`electronegativity produced no report (exit ${run.status}): ${(run.stderr || run.stdout || '').trim().slice(0, 500)}`);
  }
  const [header, ...rows] = parseCsv(readFileSync(report, 'utf8'));
  const col = (name) => header.findIndex((h) => h.toLowerCase() === name);
  const [id, severity, confidence, file, location, description] = ['issue', 'severity', 'confidence', 'filename', 'location', 'description'].map(col);
  /** Staged path -> the repository path it was copied from. */
  const original = (path) => {
    const inStage = relative(staged, path).replaceAll(sep, '/');
    const top = inStage.split('/')[0];
    return origins[top] ? `${origins[top]}${inStage.slice(top.length)}` : path;
  };
  return rows.map((r) => ({
    id: r[id],
    severity: r[severity].toUpperCase(),
    confidence: r[confidence],
    file: original(r[file]),
    location: r[location],
    description: r[description],
  }));
}

function main() {
  const docs = existsSync(join(root, 'docs', 'security.md')) ? readFileSync(join(root, 'docs', 'security.md'), 'utf8') : '';
  const undocumented = Object.keys(ALLOW_LIST).filter((checkId) => !docs.includes(checkId));
  /** Staged folder name -> repository path. */
  const origins = { electron: 'electron', renderer: 'out/renderer' };
  const inputs = Object.entries(origins).filter(([, from]) => existsSync(join(root, from)));
  const work = mkdtempSync(join(tmpdir(), 'decamp-electronegativity-'));
  let findings;
  try {
    const staged = join(work, 'app');
    for (const [name, from] of inputs) cpSync(join(root, from), join(staged, name), { recursive: true });
    findings = scan(staged, join(work, 'report.csv'), electronVersion(), origins);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const allowed = (f) => ALLOW_LIST[f.id]?.files.includes(f.file) ?? false;
  const blocking = findings.filter((f) => BLOCKING.has(f.severity) && !allowed(f));
  const accepted = findings.filter((f) => BLOCKING.has(f.severity) && allowed(f));
  const info = findings.filter((f) => !BLOCKING.has(f.severity));

  console.log(`electronegativity: scanned ${inputs.map(([, from]) => from).join(', ')}`);
  for (const f of info) console.log(`  note     ${f.severity.padEnd(8)} ${f.id} ${f.file}:${f.location} ${f.description}`);
  for (const f of accepted) console.log(`  allowed  ${f.severity.padEnd(8)} ${f.id} ${f.file}:${f.location} (see docs/security.md)`);
  for (const f of blocking) console.log(`  FINDING  ${f.severity.padEnd(8)} ${f.id} ${f.file}:${f.location} ${f.description}`);
  for (const checkId of undocumented) console.log(`  ALLOW-LIST ${checkId} has no reason in docs/security.md`);
  console.log(`electronegativity: ${findings.length} finding(s): ${blocking.length} blocking, ${accepted.length} allowed with a reason, ${info.length} low/informational`);
  return blocking.length === 0 && undocumented.length === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exit(main());
  } catch (error) {
    console.error(`electronegativity: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
