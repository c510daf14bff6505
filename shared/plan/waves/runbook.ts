/**
 * Runbook steps for one workload: what a migration team does, in order, from preparing the
 * landing zone to deleting the source. The steps follow the workload's kind (databases sync and
 * reverse-sync, storage copies and verifies, caches replicate or warm up...), its criticality
 * (rehearse twice, two go/no-go points) and its downtime tolerance (blue/green for zero).
 * Step ids are `<workloadId>:<code>`, stable across plans so progress can be tracked against them.
 */
import type { Workload } from '../../model/schema';
import type { TargetProvider } from '../../model/vocabulary';
import { formatDataSize, listNames, workingDays } from '../english';
import type { RunbookPhase, RunbookStep, TextParams, WorkloadEstimate } from '../types';

export interface RunbookContext {
  readonly targetProvider: TargetProvider;
  /** Target service name (catalog equivalent), or '' when unknown. */
  readonly targetService: string;
  /** The catalog's usual migration method for this source service and target, or '' when unknown. */
  readonly method: string;
  /** Names of the workloads that stop when this one does (sync, auth, shared storage, network dependants). */
  readonly hardDependants: readonly string[];
  /** Names of the DNS zones (platform workloads) it is reached through: its records switch at its own cutover. */
  readonly dnsZones: readonly string[];
  /** `phase.dnsTtlLeadDays`. */
  readonly dnsTtlLeadDays: number;
  /** `phase.hypercare.days`. */
  readonly hypercareDays: number;
  /** `rehearsal.drills`: failover drills for a mission-critical or zero-downtime workload (schedule/lead-times.ts). */
  readonly rehearsalDrills?: number;
}

const PROVIDER_NAMES: Readonly<Record<TargetProvider, string>> = {
  alibaba: 'Alibaba Cloud',
  aws: 'AWS',
  azure: 'Azure',
  gcp: 'Google Cloud',
  huawei: 'Huawei Cloud',
  tencent: 'Tencent Cloud',
  'self-hosted': 'your own infrastructure',
};

/** English name of a target provider. */
export function providerName(p: TargetProvider): string {
  return PROVIDER_NAMES[p] ?? p;
}

/**
 * `{ workload: name, ...params }`, key for key in the same order: an object spread of the many
 * shapes of step params is V8's slow generic copy, and a large estate makes tens of thousands.
 */
function withWorkload(name: string, params: TextParams): TextParams {
  const out: Record<string, TextParams[string]> = { workload: name };
  for (const k of Object.keys(params)) out[k] = params[k]!;
  return out;
}

/** The ordered steps for `workload`; each step names the steps that must finish first. */
export function runbookFor(workload: Workload, estimate: WorkloadEstimate | undefined, ctx: RunbookContext): RunbookStep[] {
  const steps: RunbookStep[] = [];
  const name = workload.name;
  const provider = providerName(ctx.targetProvider);
  const dataGb = workload.size.dataGb;
  const dataSize = formatDataSize(dataGb);
  const offline = estimate?.offlineTransferSuggested === true;
  const critical = workload.criticality === 'high' || workload.criticality === 'mission-critical';
  const zeroDowntime = workload.downtimeTolerance === 'zero';
  const source = workload.sourceService.toLowerCase();
  let previous: string[] = [];
  const add = (phase: RunbookPhase, code: string, title: string, params: TextParams = {}, after: readonly string[] = previous): string => {
    const id = `${workload.id}:${code}`;
    steps.push({ id, workloadId: workload.id, phase, code, params: withWorkload(name, params), title, after });
    previous = [id];
    return id;
  };

  // prepare
  add('prepare', 'prepare.target', `Prepare the landing zone for ${name} on ${provider}${ctx.targetService ? ` (${ctx.targetService})` : ''}: accounts, network, identity, keys and monitoring`, { provider: ctx.targetProvider, service: ctx.targetService }, []);
  // DNS belongs to each application's cutover: its own records, lowered ahead and switched on the day.
  const usesDns = ctx.dnsZones.length > 0 || workload.kind === 'network' || zeroDowntime;
  if (usesDns) {
    add('prepare', 'network.dns-ttl', `Lower the TTLs of ${name}'s DNS records${ctx.dnsZones.length > 0 ? ` in ${listNames(ctx.dnsZones)}` : ''} to 60 s at least ${workingDays(ctx.dnsTtlLeadDays)} before cutover`, { days: ctx.dnsTtlLeadDays, zones: ctx.dnsZones.join(', ') });
  }
  if (workload.kind === 'container') {
    add('prepare', 'container.image-push', `Push ${name}'s container images to a registry on ${provider} and re-sign them`, { provider: ctx.targetProvider });
    add('prepare', 'container.manifests-repoint', `Re-point ${name}'s manifests to ${provider}: registry, storage classes, load balancer annotations, secrets and pod identity`, { provider: ctx.targetProvider });
  }

  // replicate
  const method = ctx.method;
  if (workload.kind === 'database') {
    add('replicate', 'db.full-sync', offline
      ? `Seed ${name} (${dataSize}) from an offline transfer appliance, then run a full sync${method ? ` (${method})` : ' with DTS or the target’s DMS'}`
      : `Full sync of ${name} (${dataSize})${method ? ` with ${method}` : ' with DTS or the target’s DMS'}`, { dataGb, dataSize, offline: offline ? 1 : 0, method });
    add('replicate', 'db.incremental-sync', `Start incremental sync (change data capture) of ${name} and keep it running until cutover`, { dailyChangeGb: workload.size.dailyChangeGb });
  } else if (workload.kind === 'storage') {
    const tool = source.includes('oss') ? 'ossimport' : 'rclone';
    add('replicate', 'storage.bulk-copy', offline
      ? `Ship ${dataSize} of ${name} on an offline transfer appliance`
      : `Bulk copy ${dataSize} of ${name} with ${tool}`, { dataGb, dataSize, tool, offline: offline ? 1 : 0 });
    add('replicate', 'storage.delta-sync', `Sync objects of ${name} changed since the bulk copy, repeating until the delta fits the cutover window`, { dailyChangeGb: workload.size.dailyChangeGb });
  } else if (workload.kind === 'cache') {
    if (dataGb > 0 && !source.includes('memcache')) add('replicate', 'cache.replicate', `Replicate ${name} to ${provider} with redis-shake and watch the replication lag`, { dataGb, dataSize });
    else add('replicate', 'cache.warm-up', `Plan the warm-up of ${name} on ${provider}: pre-load hot keys before traffic arrives`, {});
  } else if (workload.kind === 'queue') {
    if (source.includes('kafka')) add('replicate', 'queue.mirror', `Mirror ${name}'s topics to ${provider} with MirrorMaker 2 and check consumer offsets`, { tool: 'MirrorMaker 2' });
    else add('replicate', 'queue.dual-write', `Make producers of ${name} write to both the source and the ${provider} queue`, {});
  } else if (workload.kind === 'container') {
    add('replicate', 'container.velero', `Back up ${name}'s namespaces and volumes with Velero and restore them on ${provider}`, { tool: 'Velero' });
  } else if (dataGb > 0) {
    add('replicate', 'data.copy', offline ? `Ship ${dataSize} of ${name}'s data on an offline transfer appliance` : `Copy ${dataSize} of ${name}'s data to ${provider}`, { dataGb, dataSize, offline: offline ? 1 : 0 });
  }

  // test
  add('test', 'test.functional', `Test ${name} on ${provider}: functional, integration and load checks against its dependencies`, {});
  if (workload.kind === 'database') add('test', 'db.consistency-check', `Compare row counts and checksums of ${name} between source and target`, {});
  if (workload.kind === 'storage') add('test', 'storage.checksum-verify', `Verify object counts and checksums of ${name} between source and target`, {});

  // rehearse
  // Mission-critical and zero-downtime cutovers get the failover drills the schedule dates
  // (schedule/lead-times.ts); other high-criticality and database cutovers rehearse inside the wave.
  const drilled = (workload.criticality === 'mission-critical' || zeroDowntime) && ctx.rehearsalDrills !== undefined;
  const rehearsals = drilled ? ctx.rehearsalDrills! : critical ? 2 : workload.kind === 'database' ? 1 : 0;
  for (let r = 1; r <= rehearsals; r++) {
    add('rehearse', `rehearse.${r}`, `Rehearse the cutover of ${name}${rehearsals > 1 ? ` (${r} of ${rehearsals})` : ''}, timing every step and the rollback`, { round: r, of: rehearsals });
  }

  // cutover
  if (ctx.hardDependants.length > 0) {
    add('cutover', 'cutover.notify-dependants', `Agree the cutover window with the owners of ${listNames(ctx.hardDependants)}, which stop if ${name} does`, { count: ctx.hardDependants.length });
  }
  if (critical) add('cutover', 'cutover.go-no-go-1', `Go/no-go 1 for ${name}: rehearsals passed, rollback tested, owners on call`, {});
  if (workload.kind === 'database') add('cutover', 'db.source-read-only', `Set the source ${name} read-only and let the incremental sync drain`, {});
  if (critical) add('cutover', 'cutover.go-no-go-2', `Go/no-go 2 for ${name}: final sync lag and checks green`, {});
  if (zeroDowntime) add('cutover', 'cutover.traffic-shift', `Shift ${name}'s traffic to ${provider} blue/green (1%, 10%, 50%, 100%), rolling back at the first error budget breach`, { provider: ctx.targetProvider });
  else add('cutover', 'cutover.switch', `Switch ${name} to ${provider} in the agreed low-traffic window`, { provider: ctx.targetProvider });
  if (usesDns) add('cutover', 'network.dns-switch', `Point ${name}'s DNS records at ${provider} and watch resolution and traffic move; restore the TTLs after hypercare`, { provider: ctx.targetProvider });
  if (workload.kind === 'database') add('cutover', 'db.reverse-sync', `Start the reverse sync (target → source) of ${name} so a rollback keeps the new writes`, {});
  if (workload.kind === 'queue') add('cutover', 'queue.drain', `Drain the source queue of ${name}, then stop writing to it`, {});

  // hypercare and decommission
  add('hypercare', 'hypercare.watch', `Watch ${name} on ${provider} for ${workingDays(ctx.hypercareDays)}; roll back if it misbehaves`, { days: ctx.hypercareDays });
  add('decommission', 'decommission.source', `Take a final backup, then delete ${name}'s source resources (${workload.sourceService})`, { sourceService: workload.sourceService });
  return steps;
}
