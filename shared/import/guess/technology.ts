/**
 * From a technology or product text ("mysql 8 on ECS", "redis", "ApsaraDB RDS for MySQL") to the
 * catalog's source service and the workload's kind. Products are found through the catalog's public
 * lookups (names and ids of the provider's entries), so every product the catalog adds is found
 * without a change here.
 */
import { type CatalogEntry, catalogForProvider, defaultSourceServiceForKind } from '../../catalog';
import type { SourceProvider, WorkloadKind } from '../../model/vocabulary';
import { TECHNOLOGY_KINDS, technologiesIn } from './technologies';

export interface ServiceGuess {
  readonly sourceService: string;
  readonly kind: WorkloadKind;
  /** True when the text names a catalog product outright (its id or full name): no guess to review. */
  readonly exact: boolean;
}

/** Words that name no product on their own. */
const STOPWORDS = new Set(['for', 'the', 'and', 'of', 'on', 'in', 'service', 'services', 'cloud', 'alibaba', 'aliyun', 'apsaradb', 'apsara', 'amazon', 'aws', 'azure', 'google', 'microsoft', 'instance', 'instances', 'managed', 'edition', 'formerly', 'compatible', 'message', 'queue', 'server', 'elastic', 'simple', 'database', 'engine', 'platform', 'application', 'storage', 'standard', 'version', 'enterprise']);

const tokensOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length >= 2 && !STOPWORDS.has(t) && !/^\d+$/.test(t));

interface IndexedEntry {
  readonly entry: CatalogEntry;
  readonly tokens: ReadonlySet<string>;
  readonly order: number;
}

const indexCache = new Map<SourceProvider, readonly IndexedEntry[]>();

function indexFor(provider: SourceProvider): readonly IndexedEntry[] {
  let index = indexCache.get(provider);
  if (!index) {
    index = catalogForProvider(provider)
      .filter((entry) => entry.kind !== 'other')
      .map((entry, order) => ({ entry, order, tokens: new Set([...tokensOf(entry.name), ...tokensOf(entry.id.slice(entry.id.indexOf('.') + 1))]) }));
    indexCache.set(provider, index);
  }
  return index;
}

/** The provider's catalog entry a text names best (most shared words, a word that is its id first, then catalog order), if any. */
export function catalogEntryNamedBy(text: string, provider: SourceProvider): CatalogEntry | undefined {
  const words = tokensOf(text);
  if (words.length === 0) return undefined;
  let best: IndexedEntry | undefined;
  let bestScore = 0;
  for (const item of indexFor(provider)) {
    let score = 0;
    for (const w of words) if (item.tokens.has(w)) score++;
    // A word that is the product's own id beats one its name only mentions ("kafka": Apache Kafka, not Debezium on Kafka Connect).
    if (score > 0 && words.includes(item.entry.id.slice(item.entry.id.indexOf('.') + 1))) score += 0.5;
    if (score > bestScore || (score === bestScore && score > 0 && best !== undefined && item.order < best.order)) {
      best = item;
      bestScore = score;
    }
  }
  return bestScore > 0 ? best?.entry : undefined;
}

/** Splits "mysql 8 on ECS" / "redis 部署在 ECS 上" / "mysql (ECS)" into the technology and the platform it runs on. */
function splitPlatform(text: string): { technology: string; platform: string | undefined } {
  const on = /^(.*?)\s+(?:on|running on|hosted on|@)\s+(.+)$/i.exec(text) ?? /^(.*?)\s*(?:部署在|运行在|基于|在)\s*(.+?)\s*(?:上|之上)?$/.exec(text);
  if (on?.[1] && on[2]) return { technology: on[1], platform: on[2] };
  const paren = /^(.*?)\s*[(（]\s*([^)）]+)\s*[)）]\s*$/.exec(text);
  if (paren?.[1] && paren[2] && catalogTokenish(paren[2])) return { technology: paren[1], platform: paren[2] };
  return { technology: text, platform: undefined };
}

const catalogTokenish = (s: string) => /^[A-Za-z][A-Za-z0-9 -]{1,30}$/.test(s.trim());

/**
 * The source service and kind a technology text suggests, or undefined when it names nothing known.
 * A technology with a platform ("mysql on ECS") is that kind on the platform's product: a self-run
 * database on a VM. A technology alone ("redis") is the provider's managed product for it when the
 * catalog has one ("Tair / ApsaraDB for Redis"), else a self-run service on the provider's VMs.
 */
export function guessService(text: string, provider: SourceProvider): ServiceGuess | undefined {
  // Inventories repeat a handful of technologies over thousands of rows.
  const key = `${provider}\u0000${text}`;
  if (memo.has(key)) return memo.get(key);
  const guess = guessUncached(text, provider);
  if (memo.size > 10_000) memo.clear();
  memo.set(key, guess);
  return guess;
}

const memo = new Map<string, ServiceGuess | undefined>();

function guessUncached(text: string, provider: SourceProvider): ServiceGuess | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const exactEntry = catalogForProvider(provider).find((e) => e.id.toLowerCase() === trimmed.toLowerCase() || e.name.toLowerCase() === trimmed.toLowerCase());
  if (exactEntry) return { sourceService: exactEntry.id, kind: exactEntry.kind, exact: true };

  const { technology, platform } = splitPlatform(trimmed);
  const techKind = technologiesIn(technology).map((t) => TECHNOLOGY_KINDS.get(t)).find((k) => k !== undefined);
  if (platform !== undefined) {
    const host = catalogEntryNamedBy(platform, provider);
    if (host) return { sourceService: host.id, kind: techKind ?? host.kind, exact: false };
  }
  const named = catalogEntryNamedBy(technology, provider);
  if (named && (techKind === undefined || named.kind === techKind || kindsCompatible(techKind, named.kind))) return { sourceService: named.id, kind: techKind ?? named.kind, exact: false };
  if (techKind !== undefined) {
    const selfRun = defaultSourceServiceForKind(provider, 'compute');
    return { sourceService: selfRun?.id ?? `${provider}.other`, kind: techKind, exact: false };
  }
  if (named) return { sourceService: named.id, kind: named.kind, exact: false };
  return undefined;
}

/** A search engine is analytics in the catalog and in the technology list alike; caches may be listed as databases. */
function kindsCompatible(a: WorkloadKind, b: WorkloadKind): boolean {
  const pair = new Set([a, b]);
  return (pair.has('cache') && pair.has('database')) || (pair.has('analytics') && pair.has('database'));
}

/** The kind a technology text suggests on its own (no catalog lookup), if any. */
export function kindOfTechnology(text: string): WorkloadKind | undefined {
  return technologiesIn(text)
    .map((t) => TECHNOLOGY_KINDS.get(t))
    .find((k) => k !== undefined);
}
