/**
 * Building blocks of migration-method texts: the tool that carries a server, a database or a
 * bucket from one provider to another, named for the pair (AWS MGN into AWS, Huawei DRS into
 * Huawei Cloud, the source's own replication service where it can write to other clouds).
 */
import { PROVIDER_PROFILES } from '../providers';
import type { FamilyId, PairContext } from '../types';

/** The target product's name as a recommendation. */
export function targetName(pair: PairContext): string {
  return pair.target ? (pair.target.targetName ?? pair.target.name) : 'the target service';
}

/** The target provider's product of another family, by name (its registry, its object storage). */
export function onTarget(pair: PairContext, family: FamilyId, fallback: string): string {
  const p = pair.on(pair.to, family);
  return p ? (p.targetName ?? p.name) : fallback;
}

/** A server (VM, bare metal) from one provider to another. */
export function serverMove(pair: PairContext): string {
  const from = PROVIDER_PROFILES[pair.source.provider];
  const to = PROVIDER_PROFILES[pair.to];
  if (pair.to === 'self-hosted') return `Export the disks (${from.imageExport}) and import them into the hypervisor, or rebuild with Ansible and rsync the data`;
  if (pair.source.provider === 'self-hosted') return `${to.serverMigration} with its agent on each VM or physical server (P2V/V2V), replicating until cutover`;
  return `${to.serverMigration} (agent-based block replication), or ${from.imageExport} and an image import`;
}

/**
 * Full + incremental database sync: the target's migration service, the source's (Alibaba DTS, for
 * one, writes to databases on other clouds), and the engine's native way when both are self-run.
 */
export function databaseSync(pair: PairContext, native: string): string {
  const tools = [PROVIDER_PROFILES[pair.to].databaseMigration, PROVIDER_PROFILES[pair.source.provider].databaseMigration].filter((t): t is string => t !== undefined);
  const unique = [...new Set(tools)];
  if (unique.length === 0) return `${native}; cut over in a read-only window`;
  return `${unique.join(' or ')} (full + incremental), cutover in a read-only window; or ${native}`;
}

/** Object copy onto the target, with its offline appliance for sets too large for the line. */
export function objectCopy(pair: PairContext): string {
  const to = PROVIDER_PROFILES[pair.to];
  if (pair.to === 'self-hosted') return 'rclone sync from the source bucket, a final delta at cutover';
  return `${to.objectMigration} or rclone, with a final delta at cutover; ${to.offlineTransfer} when the line would take more than about a week`;
}

/** Where data is staged on the target: its object storage. */
export function stagingStore(pair: PairContext): string {
  return onTarget(pair, 'object-storage', 'object storage');
}
