/**
 * Kubernetes manifests (multi-document YAML, `List`s too): a workload per deployable unit
 * (Deployment, StatefulSet, DaemonSet, Job, CronJob, bare Pod), Services matched to them by their
 * selectors, dependencies from environment values (directly and through referenced ConfigMaps)
 * that name a Service, and from Ingress backends. Secrets are never read.
 */
import { defaultSourceServiceForKind } from '../../catalog';
import type { ReviewNote } from '../../model/review';
import type { SourceProvider, WorkloadKind } from '../../model/vocabulary';
import type { ImportFormat } from '../format';
import type { FragmentBuilder } from '../fragment-builder';
import { imageBaseName, kindOfImage } from '../guess/images';
import { dependencyKindForTarget, meaningOfPort } from '../guess/ports';
import { guessService } from '../guess/technology';
import { isRecord, type SourceFile } from '../source-file';
import { mapEnumValue } from '../tabular/values';
import { isSecretName } from '../terraform/secrets';
import type { SourceLocation } from '../types';
import { hostsIn, serviceOfHost } from './host-references';
import { parseQuantity, toGb } from './quantities';
import { readYamlDocuments } from './yaml-documents';

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'Pod', 'DeploymentConfig']);
const NOT_WORKLOADS = new Set(['ServiceAccount', 'Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding', 'Namespace', 'NetworkPolicy', 'PodDisruptionBudget', 'HorizontalPodAutoscaler', 'LimitRange', 'ResourceQuota', 'PriorityClass', 'StorageClass', 'CustomResourceDefinition']);

export const k8sFormat: ImportFormat = {
  id: 'k8s',
  label: 'Kubernetes manifests',
  extensions: ['yaml', 'yml'],
  detect(file) {
    if (file.text === null) return 0;
    const head = file.head(16384);
    if (/^apiVersion:\s*\S+/m.test(head) && /^kind:\s*[A-Z]\w+/m.test(head)) return 9;
    if (/"apiVersion"\s*:/.test(head) && /"kind"\s*:\s*"(List|Deployment|Service|StatefulSet)"/.test(head)) return 8;
    return 0;
  },
  read(files, out, context) {
    const objects: K8sObject[] = [];
    for (const file of files) objects.push(...readObjects(file, out));
    buildCluster(objects, out, context.sourceProvider);
  },
};

interface K8sObject {
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly doc: Record<string, unknown>;
  readonly at: SourceLocation;
}

function readObjects(file: SourceFile, out: FragmentBuilder): K8sObject[] {
  const json = file.firstNonBlank() === '{' ? file.json() : undefined;
  const { documents, messages } = json !== undefined ? { documents: [{ value: json, line: 1 }], messages: [] } : readYamlDocuments(file.text ?? '', file.name);
  for (const m of messages) out.error(m.code, m.message, m.at, { ...m.params });
  const objects: K8sObject[] = [];
  const take = (value: unknown, line: number, path: string) => {
    if (!isRecord(value)) return;
    if (value.kind === 'List' && Array.isArray(value.items)) {
      value.items.forEach((item: unknown, i: number) => take(item, line, `${path}items[${i}]`));
      return;
    }
    const kind = typeof value.kind === 'string' ? value.kind : '';
    const meta = isRecord(value.metadata) ? value.metadata : {};
    const name = typeof meta.name === 'string' ? meta.name : '';
    if (kind === '' || name === '') {
      out.warn('k8s.noKindOrName', `A document at line ${line} has no kind or metadata.name; it is left out.`, { file: file.name, line, column: 1 }, { line });
      return;
    }
    const namespace = typeof meta.namespace === 'string' ? meta.namespace : 'default';
    objects.push({ kind, name, namespace, doc: value, at: { file: file.name, line, column: 1, path: `${kind}/${name}` } });
  };
  documents.forEach((d) => take(d.value, d.line, ''));
  return objects;
}

const rec = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** The pod spec and pod labels of a workload object, wherever its kind keeps them. */
function podOf(obj: K8sObject): { spec: Record<string, unknown>; labels: Record<string, unknown> } {
  const spec = rec(obj.doc.spec);
  if (obj.kind === 'Pod') return { spec, labels: rec(rec(obj.doc.metadata).labels) };
  const template = obj.kind === 'CronJob' ? rec(rec(rec(spec.jobTemplate).spec).template) : rec(spec.template);
  return { spec: rec(template.spec), labels: rec(rec(template.metadata).labels) };
}

function buildCluster(objects: readonly K8sObject[], out: FragmentBuilder, provider: SourceProvider): void {
  const configMaps = new Map<string, K8sObject>();
  const claims = new Map<string, K8sObject>();
  for (const o of objects) {
    if (o.kind === 'ConfigMap') configMaps.set(`${o.namespace}/${o.name}`, o);
    if (o.kind === 'PersistentVolumeClaim') claims.set(`${o.namespace}/${o.name}`, o);
  }
  const workloads: { obj: K8sObject; id: string; labels: Record<string, unknown>; spec: Record<string, unknown> }[] = [];
  const counts = new Map<string, number>();
  const container = defaultSourceServiceForKind(provider, 'container')?.id ?? `${provider}.other`;

  for (const obj of objects) {
    if (!WORKLOAD_KINDS.has(obj.kind)) {
      if (NOT_WORKLOADS.has(obj.kind) || !['Service', 'Ingress', 'ConfigMap', 'Secret', 'PersistentVolumeClaim'].includes(obj.kind)) counts.set(obj.kind, (counts.get(obj.kind) ?? 0) + 1);
      if (obj.kind === 'Secret') out.skip('k8s.secret', `Secret ${obj.name}: Decamp never reads secret values; workloads that use it keep no copy.`, obj.at, { name: obj.name });
      continue;
    }
    const { spec: pod, labels } = podOf(obj);
    const containers = [...arr(pod.containers), ...arr(pod.initContainers)].map(rec);
    const images = containers.map((c) => str(c.image)).filter((s): s is string => s !== undefined);
    const mainImage = str(rec(arr(pod.containers)[0]).image);
    const imageKind = images.map(kindOfImage).find((k) => k !== undefined);
    const kind: WorkloadKind = imageKind ?? 'container';
    const guesses: ReviewNote[] = imageKind !== undefined ? [{ field: 'kind', basis: 'image', source: images.find((i) => kindOfImage(i) === imageKind) ?? '' }] : [];
    const replicas = obj.kind === 'DaemonSet' ? undefined : typeof rec(obj.doc.spec).replicas === 'number' ? (rec(obj.doc.spec).replicas as number) : 1;
    if (replicas === undefined) guesses.push({ field: 'size', basis: 'default' });
    const meta = rec(obj.doc.metadata);
    const metaLabels = { ...rec(meta.labels), ...labels };
    const application = str(metaLabels['app.kubernetes.io/part-of']) ?? (obj.namespace !== 'default' ? obj.namespace : undefined);
    const environment = mapEnumValue('environment', str(metaLabels.environment) ?? str(metaLabels.env) ?? (obj.namespace !== 'default' ? obj.namespace : ''));
    const requests = containers.map((c) => rec(rec(c.resources).requests));
    const cpu = requests.map((r) => parseQuantity(r.cpu)).reduce<number>((a, b) => a + (b ?? 0), 0);
    const memory = requests.map((r) => parseQuantity(r.memory)).reduce<number>((a, b) => a + (b ?? 0), 0);
    const dataGb = storageOf(obj, pod, claims);
    const tags = [`k8s:${obj.kind}`];
    if (cpu > 0) tags.push(`cpu-request:${Math.round(cpu * 1000)}m`);
    if (memory > 0) tags.push(`memory-request:${Math.round(memory / 2 ** 20)}Mi`);
    if (mainImage !== undefined) tags.push(`image:${imageBaseName(mainImage)}`);
    const id = out.addWorkload({
      ids: [obj.namespace === 'default' ? obj.name : `${obj.namespace}/${obj.name}`],
      name: obj.name,
      kind,
      sourceService: container,
      ...(replicas !== undefined ? { instances: replicas * (obj.kind === 'StatefulSet' ? 1 : 1) } : {}),
      ...(dataGb > 0 ? { dataGb } : {}),
      ...(application !== undefined ? { application } : {}),
      ...(environment !== undefined ? { environment } : {}),
      tags,
      guesses,
      aliases: [`${obj.namespace}/${obj.name}`],
      origin: obj.at,
    });
    workloads.push({ obj, id, labels, spec: pod });
  }

  // Services: a name other workloads can reach, standing for the workloads its selector picks.
  const serviceTargets = new Map<string, string[]>();
  for (const svc of objects.filter((o) => o.kind === 'Service')) {
    const spec = rec(svc.doc.spec);
    const selector = rec(spec.selector);
    const keys = Object.keys(selector);
    const targets = keys.length === 0 ? [] : workloads.filter((w) => w.obj.namespace === svc.namespace && keys.every((k) => str(w.labels[k]) === str(selector[k]))).map((w) => w.id);
    if (targets.length === 0 && spec.type !== 'ExternalName') out.skip('k8s.serviceWithoutPods', `Service ${svc.name} selects no workload in these files.`, svc.at, { name: svc.name });
    serviceTargets.set(`${svc.namespace}/${svc.name}`, targets);
    if (spec.type === 'LoadBalancer') out.info('k8s.loadBalancer', `Service ${svc.name} is of type LoadBalancer: the cloud load balancer is part of the cluster's move, not a workload of its own.`, svc.at, { name: svc.name });
  }
  const resolveHost = (host: string, namespace: string): string[] => {
    const { name, namespace: ns } = serviceOfHost(host);
    return serviceTargets.get(`${ns ?? namespace}/${name}`) ?? [];
  };

  // Environment values (and the ConfigMaps they pull in) that name a Service.
  for (const w of workloads) {
    const env = environmentOf(w.spec, w.obj.namespace, configMaps, out);
    for (const { name, value, at } of env) {
      for (const h of hostsIn(name, value)) {
        const targets = resolveHost(h.host, w.obj.namespace);
        if (targets.length === 0) {
          if (/_ADDR$|_HOST$|_URL$|_SERVICE$/i.test(name)) out.addReference({ from: w.id, to: serviceOfHost(h.host).name, note: `env ${name}`, origin: at ?? w.obj.at });
          continue;
        }
        for (const t of targets) {
          const port = h.port !== undefined ? meaningOfPort(h.port) : undefined;
          const targetKind = out.workload(t)?.kind ?? 'container';
          out.addDependency({ from: w.id, to: t, kind: port?.dependency ?? dependencyKindForTarget(targetKind), note: `env ${name}`, origin: at ?? w.obj.at });
        }
      }
    }
  }

  // Ingresses: the entry point, needing the Services behind it.
  const lb = guessService('load balancer', provider);
  for (const ing of objects.filter((o) => o.kind === 'Ingress')) {
    const spec = rec(ing.doc.spec);
    const backends: string[] = [];
    const backendName = (b: Record<string, unknown>) => str(rec(b.service).name) ?? str(b.serviceName);
    const def = backendName(rec(spec.defaultBackend ?? spec.backend));
    if (def !== undefined) backends.push(def);
    for (const rule of arr(spec.rules)) for (const p of arr(rec(rec(rule).http).paths)) { const n = backendName(rec(rec(p).backend)); if (n !== undefined) backends.push(n); }
    const id = out.addWorkload({ ids: [`ingress/${ing.name}`], name: ing.name, kind: 'network', sourceService: lb?.sourceService ?? defaultSourceServiceForKind(provider, 'network')?.id ?? `${provider}.other`, tags: ['k8s:Ingress'], guesses: [{ field: 'sourceService', basis: 'technology', source: 'Ingress' }], origin: ing.at });
    for (const b of new Set(backends)) for (const t of serviceTargets.get(`${ing.namespace}/${b}`) ?? []) out.addDependency({ from: id, to: t, kind: 'sync', note: 'ingress backend', origin: ing.at });
  }

  for (const [kind, count] of counts) out.skip('k8s.notWorkload', `${count} ${kind}${count === 1 ? '' : ' objects'}: not a workload.`, objects.find((o) => o.kind === kind)?.at ?? { file: '' }, { kind, count });
}

/** Environment values of every container, with those of ConfigMaps pulled in by envFrom or configMapKeyRef. */
function environmentOf(pod: Record<string, unknown>, namespace: string, configMaps: ReadonlyMap<string, K8sObject>, out: FragmentBuilder): { name: string; value: string; at?: SourceLocation }[] {
  const values: { name: string; value: string; at?: SourceLocation }[] = [];
  const fromConfigMap = (cmName: string | undefined, key?: string, as?: string) => {
    const cm = cmName !== undefined ? configMaps.get(`${namespace}/${cmName}`) : undefined;
    if (!cm) return;
    for (const [k, v] of Object.entries(rec(cm.doc.data))) if ((key === undefined || k === key) && typeof v === 'string') values.push({ name: as ?? k, value: v, at: cm.at });
  };
  for (const c of [...arr(pod.containers), ...arr(pod.initContainers)].map(rec)) {
    for (const e of arr(c.env).map(rec)) {
      const name = str(e.name) ?? '';
      const value = str(e.value);
      if (value !== undefined) {
        if (isSecretName(name)) out.noteSecret(value);
        else values.push({ name, value });
      }
      const ref = rec(rec(e.valueFrom).configMapKeyRef);
      if (Object.keys(ref).length > 0) fromConfigMap(str(ref.name), str(ref.key), name);
    }
    for (const f of arr(c.envFrom).map(rec)) fromConfigMap(str(rec(f.configMapRef).name));
  }
  return values;
}

/** Storage a workload claims: its volume claim templates (StatefulSet) and the PVCs its volumes name. */
function storageOf(obj: K8sObject, pod: Record<string, unknown>, claims: ReadonlyMap<string, K8sObject>): number {
  let bytes = 0;
  const replicas = typeof rec(obj.doc.spec).replicas === 'number' ? (rec(obj.doc.spec).replicas as number) : 1;
  for (const t of arr(rec(obj.doc.spec).volumeClaimTemplates).map(rec)) bytes += (parseQuantity(rec(rec(rec(t.spec).resources).requests).storage) ?? 0) * Math.max(1, replicas);
  for (const v of arr(pod.volumes).map(rec)) {
    const claim = str(rec(v.persistentVolumeClaim).claimName);
    const pvc = claim !== undefined ? claims.get(`${obj.namespace}/${claim}`) : undefined;
    if (pvc) bytes += parseQuantity(rec(rec(rec(pvc.doc.spec).resources).requests).storage) ?? 0;
  }
  return toGb(bytes);
}
