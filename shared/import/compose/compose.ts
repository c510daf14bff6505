/**
 * Docker Compose files (the compose spec and the older v2/v3 forms): a workload per service,
 * dependencies from depends_on (list and map form), links, `network_mode` / `volumes_from:
 * service:...` and environment values that name another service. A service behind a profile is
 * not started by default, so it is reported, not imported.
 */
import { defaultSourceServiceForKind } from '../../catalog';
import type { ReviewNote } from '../../model/review';
import type { WorkloadKind } from '../../model/vocabulary';
import type { ImportFormat } from '../format';
import { imageBaseName, kindOfImage } from '../guess/images';
import { dependencyKindForTarget, meaningOfPort } from '../guess/ports';
import { hostsIn } from '../kubernetes/host-references';
import { readYamlDocuments } from '../kubernetes/yaml-documents';
import { isRecord } from '../source-file';
import { isSecretName } from '../terraform/secrets';
import { lineColumnOf } from '../location';

export const composeFormat: ImportFormat = {
  id: 'compose',
  label: 'Docker Compose',
  extensions: ['yml', 'yaml'],
  detect(file) {
    if (file.text === null) return 0;
    const head = file.head(16384);
    if (/^services:\s*(#.*)?$/m.test(head)) return /^apiVersion:/m.test(head) ? 0 : 9;
    return /compose/i.test(file.baseName) && ['yml', 'yaml'].includes(file.extension) ? 3 : 0;
  },
  read(files, out, context) {
    const compute = defaultSourceServiceForKind(context.sourceProvider, 'compute')?.id ?? `${context.sourceProvider}.other`;
    for (const file of files) {
      const text = file.text ?? '';
      const { documents, messages } = readYamlDocuments(text, file.name);
      for (const m of messages) out.error(m.code, m.message, m.at, { ...m.params });
      const doc = documents[0]?.value;
      if (!isRecord(doc) || !isRecord(doc.services)) {
        if (messages.length === 0) out.error('compose.noServices', `${file.name} has no "services" map, so it is not a Compose file.`, { file: file.name, line: 1, column: 1 });
        continue;
      }
      const lineOfService = (name: string) => {
        const m = new RegExp(`^\\s{1,8}["']?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`, 'm').exec(text);
        return m ? lineColumnOf(text, m.index + (m[0].length - m[0].trimStart().length)) : { line: 1, column: 1 };
      };
      const ids = new Map<string, string>();
      const services = Object.entries(doc.services).filter(([, v]) => isRecord(v)) as [string, Record<string, unknown>][];
      for (const [name, svc] of services) {
        const at = { file: file.name, ...lineOfService(name), path: `services.${name}` };
        if (Array.isArray(svc.profiles) && svc.profiles.length > 0) {
          out.skip('compose.profile', `Service ${name} runs only with the profile ${svc.profiles.map(String).join(', ')}; it is not started by default, so not imported.`, at, { service: name, profiles: svc.profiles.map(String).join(', ') });
          continue;
        }
        const image = typeof svc.image === 'string' ? svc.image : undefined;
        const imageKind = image !== undefined ? kindOfImage(image) : undefined;
        const kind: WorkloadKind = imageKind ?? 'compute';
        const guesses: ReviewNote[] = [{ field: 'sourceService', basis: 'default' }];
        if (imageKind !== undefined && image !== undefined) guesses.push({ field: 'kind', basis: 'image', source: image });
        const deploy = isRecord(svc.deploy) ? svc.deploy : {};
        const replicas = typeof deploy.replicas === 'number' ? deploy.replicas : typeof svc.scale === 'number' ? svc.scale : 1;
        const id = out.addWorkload({
          ids: [name],
          name,
          kind,
          sourceService: compute,
          instances: replicas,
          tags: ['compose', ...(image !== undefined ? [`image:${imageBaseName(image)}`] : svc.build !== undefined ? ['built-from-source'] : [])],
          guesses,
          origin: at,
        });
        ids.set(name, id);
      }
      for (const [name, svc] of services) {
        const from = ids.get(name);
        if (from === undefined) continue;
        const at = { file: file.name, ...lineOfService(name), path: `services.${name}` };
        const link = (target: string | undefined, kind?: 'network' | 'shared-storage', note?: string, port?: number) => {
          const to = target !== undefined ? ids.get(target) : undefined;
          if (to === undefined) return;
          const k = kind ?? (port !== undefined ? meaningOfPort(port)?.dependency : undefined) ?? dependencyKindForTarget(out.workload(to)?.kind ?? 'compute');
          out.addDependency({ from, to, kind: k, ...(note !== undefined ? { note } : {}), origin: at });
        };
        const dependsOn = svc.depends_on;
        if (Array.isArray(dependsOn)) for (const d of dependsOn) link(String(d), undefined, 'depends_on');
        else if (isRecord(dependsOn)) for (const d of Object.keys(dependsOn)) link(d, undefined, 'depends_on');
        for (const l of Array.isArray(svc.links) ? svc.links : []) link(String(l).split(':')[0], undefined, 'links');
        const networkMode = typeof svc.network_mode === 'string' ? /^service:(.+)$/.exec(svc.network_mode)?.[1] : undefined;
        link(networkMode, 'network', 'network_mode');
        for (const v of Array.isArray(svc.volumes_from) ? svc.volumes_from : []) link(String(v).replace(/^service:/, '').split(':')[0], 'shared-storage', 'volumes_from');
        for (const [envName, value] of environment(svc.environment)) {
          if (isSecretName(envName)) {
            out.noteSecret(value);
            continue;
          }
          for (const h of hostsIn(envName, value)) link(h.host, undefined, `env ${envName}`, h.port);
        }
      }
    }
  },
};

/** `environment` as a map or as a list of `NAME=value`. */
function environment(value: unknown): [string, string][] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const s = String(item);
      const i = s.indexOf('=');
      return i > 0 ? [[s.slice(0, i), s.slice(i + 1)] as [string, string]] : [];
    });
  }
  if (isRecord(value)) return Object.entries(value).flatMap(([k, v]) => (v === null || v === undefined ? [] : [[k, String(v)] as [string, string]]));
  return [];
}
