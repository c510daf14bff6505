/**
 * Terraform state (format version 4, Terraform 0.12 and later): every managed resource instance
 * with its attributes, references found by matching attribute values to other resources' ids, and
 * the `dependencies` (or older `depends_on`) the state records. Data sources are not workloads.
 */
import { JsonLocator } from '../../model/locate';
import type { FormatContext, ImportFormat } from '../format';
import type { FragmentBuilder } from '../fragment-builder';
import { lineColumnOf } from '../location';
import { isRecord, type SourceFile } from '../source-file';
import type { SourceLocation } from '../types';
import { buildTerraform } from './build';
import { instanceAddress, type TfInstance, type TfReference } from './model';
import { providerOfType, RESOURCE_TYPES } from './resource-types';
import { isRedacted, isSecretName, stringsIn } from './secrets';

/** Past this size, origins carry the JSON path but no line: building a position index would cost more than the import. */
const LOCATE_LINES_BELOW = 4 * 1024 * 1024;

export const tfstateFormat: ImportFormat = {
  id: 'tfstate',
  label: 'Terraform state',
  extensions: ['tfstate', 'json', 'backup'],
  detect(file) {
    const head = file.head(2048);
    if (!/"terraform_version"\s*:/.test(head) && !/"lineage"\s*:/.test(head)) return file.extension === 'tfstate' ? 3 : 0;
    return /"resources"\s*:/.test(file.head(1 << 20)) || /"version"\s*:\s*4/.test(head) ? 10 : 6;
  },
  read(files, out, context) {
    for (const file of files) readState(file, out, context);
  },
};

function readState(file: SourceFile, out: FragmentBuilder, context: FormatContext): void {
  const doc = file.json();
  if (doc === undefined) {
    out.error('json.syntax', `${file.name} is not valid JSON${jsonErrorWhere(file.text ?? '')}.`, { file: file.name, ...jsonErrorPosition(file.text ?? '') });
    return;
  }
  if (!isRecord(doc) || !Array.isArray(doc.resources)) {
    out.error('tfstate.noResources', `${file.name} has no "resources" list, so it is not a Terraform state of format version 4.`, { file: file.name, path: 'resources' });
    return;
  }
  if (doc.version !== 4) {
    out.warn('tfstate.version', `${file.name} says format version ${JSON.stringify(doc.version)}; Decamp reads version 4 and reads this one as if it were.`, { file: file.name, path: 'version' }, { version: String(doc.version) });
  }
  const locator = file.bytes.byteLength < LOCATE_LINES_BELOW && file.text !== null ? new JsonLocator(file.text) : null;
  const at = (path: (string | number)[]): SourceLocation => {
    const printable = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
    return locator ? { file: file.name, ...locator.positionOfPath(path), path: printable } : { file: file.name, path: printable };
  };

  const instances: TfInstance[] = [];
  // Each instance is made once, its `refs` filled in place once every id is known.
  const pending: { inst: TfInstance; refs: TfReference[]; raw: Record<string, unknown>; deps: string[] }[] = [];
  doc.resources.forEach((resource: unknown, r: number) => {
    if (!isRecord(resource)) {
      out.warn('tfstate.badResource', `resources[${r}] is not an object; it is left out.`, at(['resources', r]), { index: r, problem: 'notAnObject' });
      return;
    }
    const mode = resource.mode === 'data' ? 'data' : 'managed';
    const type = typeof resource.type === 'string' ? resource.type : '';
    const name = typeof resource.name === 'string' ? resource.name : '';
    const module = typeof resource.module === 'string' ? resource.module : '';
    if (type === '' || name === '') {
      out.warn('tfstate.badResource', `resources[${r}] has no type or name; it is left out.`, at(['resources', r]), { index: r, problem: 'noTypeOrName' });
      return;
    }
    if (mode === 'data') {
      instances.push({ address: instanceAddress(module, 'data', type, name), mode, type, module, name, attributes: {}, refs: [], at: at(['resources', r]) });
      return;
    }
    const list = Array.isArray(resource.instances) ? resource.instances : [];
    list.forEach((instance: unknown, i: number) => {
      if (!isRecord(instance)) return;
      const indexKey = typeof instance.index_key === 'string' || typeof instance.index_key === 'number' ? instance.index_key : undefined;
      const sensitive = sensitiveTopLevel(instance.sensitive_attributes);
      const raw = isRecord(instance.attributes) ? instance.attributes : isRecord(instance.attributes_flat) ? instance.attributes_flat : {};
      // Copied only when something must go (most instances hold no secret), and built without it
      // rather than deleted from: an object keys were deleted from reads slowly ever after.
      let attributes: Record<string, unknown> = raw;
      for (const key in raw) {
        const value = raw[key];
        const secret = isSecretName(key) || sensitive.has(key);
        if (!secret && !isRedacted(value)) continue;
        if (secret) for (const s of stringsIn(value)) out.noteSecret(s);
        if (attributes === raw) attributes = withoutSecrets(raw, sensitive);
      }
      const deps = [...stringList(instance.dependencies), ...stringList(instance.depends_on)];
      const cloudId = typeof raw.id === 'string' && raw.id !== '' && !isRedacted(raw.id) ? raw.id : undefined;
      const refs: TfReference[] = [];
      pending.push({
        refs,
        inst: { refs, address: instanceAddress(module, 'managed', type, name, indexKey), mode, type, module, name, ...(indexKey !== undefined ? { index: indexKey } : {}), attributes, ...(cloudId !== undefined && RESOURCE_TYPES[type] && !RESOURCE_TYPES[type]?.parent ? { cloudId } : {}), at: at(['resources', r, 'instances', i]) },
        raw: attributes,
        deps,
      });
    });
  });

  const index = keyIndex(pending.map((p) => p.inst));
  // Instances by the resource a dependency names: Terraform records `dependencies` by configuration
  // address (`module.app.alicloud_instance.web`, no instance keys even inside a counted module); the
  // address with only the last key dropped (`module.app[0].alicloud_instance.web`) is accepted too.
  const byResource = new Map<string, string[]>();
  for (const p of pending) {
    const lastKeyDropped = p.inst.address.replace(/\[[^\]]*\]$/, '');
    const config = configAddress(p.inst.address);
    for (const resourceAddress of config === lastKeyDropped ? [config] : [config, lastKeyDropped]) {
      const list = byResource.get(resourceAddress);
      if (list) list.push(p.inst.address);
      else byResource.set(resourceAddress, [p.inst.address]);
    }
  }
  const longestKey = longestOf(index);
  for (const p of pending) {
    const refs = p.refs;
    findReferences(p.raw, '', { index, longestKey, self: p.inst.address, out: refs }, 0);
    for (const dep of p.deps) for (const target of byResource.get(dep) ?? (byResource.has(dep.replace(/\[[^\]]*\]$/, '')) ? [dep] : [])) if (target !== p.inst.address) refs.push({ path: 'depends_on', target });
    instances.push(p.inst);
  }
  const provider = instances.map((i) => providerOfType(i.type)).find((p) => p !== undefined) ?? context.sourceProvider;
  buildTerraform(instances, out, provider);
}

/** `module.app[0].alicloud_instance.web["a"]` -> `module.app.alicloud_instance.web`. */
function configAddress(address: string): string {
  return address.replace(/\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g, '');
}

/** The attributes but those that hold or hide a secret. */
function withoutSecrets(raw: Readonly<Record<string, unknown>>, sensitive: ReadonlySet<string>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key in raw) {
    const value = raw[key];
    if (!isSecretName(key) && !sensitive.has(key) && !isRedacted(value)) kept[key] = value;
  }
  return kept;
}

const NONE: ReadonlySet<string> = new Set();

/** Top-level attribute names the state marks sensitive (`[[{"type":"get_attr","value":"password"}]]`). */
function sensitiveTopLevel(value: unknown): ReadonlySet<string> {
  if (!Array.isArray(value) || value.length === 0) return NONE;
  const names = new Set<string>();
  for (const path of value) {
    const first = Array.isArray(path) ? (path[0] as unknown) : undefined;
    if (isRecord(first) && typeof first.value === 'string') names.add(first.value);
  }
  return names;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Values by which one resource names another: ids, and the attributes its type lists (a RAM user's
 * name). Workloads' keys win over children's: an attachment often reuses its parent's id as its own.
 */
function keyIndex(instances: readonly TfInstance[]): Map<string, string> {
  const index = new Map<string, string>();
  const keysOf = (inst: TfInstance): unknown[] => [inst.attributes.id, inst.attributes.arn, ...(RESOURCE_TYPES[inst.type]?.refKeys ?? []).flatMap((k) => inst.attributes[k])];
  const usable = (key: unknown): key is string => typeof key === 'string' && key.length >= 3 && !/^(true|false|\d{1,6})$/i.test(key);
  const isWorkload = (inst: TfInstance) => RESOURCE_TYPES[inst.type] !== undefined && !RESOURCE_TYPES[inst.type]?.parent;
  for (const inst of instances.filter(isWorkload)) {
    for (const key of keysOf(inst).filter(usable)) {
      const seen = index.get(key);
      // A key two workloads share identifies neither.
      index.set(key, seen === undefined || seen === inst.address ? inst.address : '');
    }
  }
  for (const inst of instances.filter((i) => !isWorkload(i))) for (const key of keysOf(inst).filter(usable)) if (!index.has(key)) index.set(key, inst.address);
  for (const [k, v] of index) if (v === '') index.delete(k);
  return index;
}

const NOT_REFERENCES = new Set(['id', 'arn', 'tags', 'description', 'name', 'status', 'timeouts']);

interface ReferenceSearch {
  readonly index: ReadonlyMap<string, string>;
  /** No id is longer: a longer value (user data, a policy document) is looked up only for its comma-separated parts. */
  readonly longestKey: number;
  readonly self: string;
  readonly out: TfReference[];
}

function longestOf(index: ReadonlyMap<string, string>): number {
  let longest = 0;
  for (const key of index.keys()) if (key.length > longest) longest = key.length;
  return longest;
}

function findReferences(value: unknown, path: string, search: ReferenceSearch, depth: number): void {
  if (depth > 12) return;
  if (typeof value === 'string') {
    const { index, self, out } = search;
    const target = value.length <= search.longestKey ? index.get(value) : undefined;
    if (target !== undefined) {
      if (target !== self) out.push({ path, target });
    }
    // `backend_servers: "i-a,i-b"`: some attributes list ids in one string.
    else if (value.length < 4096 && value.includes(',')) for (const part of value.split(',')) { const t = index.get(part.trim()); if (t !== undefined && t !== self) out.push({ path, target: t }); }
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) findReferences(v, path, search, depth + 1);
    return;
  }
  if (isRecord(value)) {
    for (const key in value) {
      if (depth === 0 && NOT_REFERENCES.has(key)) continue;
      findReferences(value[key], path === '' ? key : `${path}.${key}`, search, depth + 1);
    }
  }
}

function jsonErrorPosition(text: string): { line: number; column: number } {
  try {
    JSON.parse(text);
    return { line: 1, column: 1 };
  } catch (e) {
    const m = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    if (m) return lineColumnOf(text, Number(m[1]));
    // "Unexpected end of JSON input" names no position: the end is where it is.
    return lineColumnOf(text, text.length);
  }
}

function jsonErrorWhere(text: string): string {
  try {
    JSON.parse(text);
    return '';
  } catch (e) {
    const msg = e instanceof Error ? e.message : '';
    return msg ? ` (${msg.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/ at position \d+.*$/, '')})` : '';
  }
}
