/**
 * Kubernetes manifests (shared/import/kubernetes/manifests.ts): which files are manifests, which
 * objects are workloads and which are reported as not, and what Services, Ingresses, ConfigMaps,
 * claims and namespaces give a workload. Answers read off the manifests below.
 */
import { describe, expect, it } from 'vitest';
import { k8sFormat } from '../../../shared/import/kubernetes/manifests';
import { SourceFile } from '../../../shared/import/source-file';
import { byName, edges, file, run } from './helpers';

const source = (name: string, text: string) => new SourceFile(name, new TextEncoder().encode(text));

/** A Deployment `name` whose pods are labelled app=<name>, with a Service of the same name selecting them. */
const app = (name: string, more = '', namespace = 'default') => `---
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: ${namespace} }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: main
          image: example/${name}:1
${more}---
apiVersion: v1
kind: Service
metadata: { name: ${name}, namespace: ${namespace} }
spec: { selector: { app: ${name} } }
`;

describe('which files are Kubernetes manifests', () => {
  it('YAML with both an apiVersion and a kind line, or JSON naming both', () => {
    expect(k8sFormat.detect(source('a.yaml', 'apiVersion: v1\nkind: Service\nmetadata: { name: a }\n'))).toBeGreaterThan(0);
    expect(k8sFormat.detect(source('a.yaml', 'kind: Report\ntitle: x\n'))).toBe(0);
    expect(k8sFormat.detect(source('a.yaml', 'apiVersion: v1\ntitle: x\n'))).toBe(0);
    expect(k8sFormat.detect(source('c.json', '{"apiVersion": "v1", "kind": "List", "items": []}'))).toBeGreaterThan(0);
    expect(k8sFormat.detect(source('c.json', '{"kind": "Deployment", "name": "x"}'))).toBe(0);
    expect(k8sFormat.detect(source('c.json', '{"apiVersion": "v1", "kind": "Report"}'))).toBe(0);
  });

  it('reads a JSON List’s items as objects', async () => {
    const list = { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api' }, spec: { replicas: 2, template: { spec: { containers: [{ image: 'example/api:1' }] } } } }] };
    const out = await run(file('cluster.json', JSON.stringify(list)));
    expect(out.report.files).toEqual([{ file: 'cluster.json', format: 'k8s' }]);
    expect(byName(out, 'api')).toMatchObject({ id: 'api', size: { instances: 2 }, origin: { file: 'cluster.json', line: 1, path: 'Deployment/api' } });
  });
});

describe('objects that are not workloads', () => {
  it('are counted by kind at their first object; Services, Ingresses, ConfigMaps, Secrets and claims are not counted', async () => {
    const yaml = `${app('web')}---
apiVersion: v1
kind: ServiceAccount
metadata: { name: web }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: writer }
---
apiVersion: example.com/v1
kind: Widget
metadata: { name: w }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
data: { LOG: info }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: data }
spec: { resources: { requests: { storage: 1Gi } } }
---
just a note
---
apiVersion: v1
kind: Secret
metadata: { name: creds }
`;
    const out = await run(file('all.yaml', yaml));
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['web']);
    const notWorkloads = out.report.messages.filter((m) => m.code === 'skipped.k8s.notWorkload');
    expect(notWorkloads.map((m) => [m.message, m.at.line])).toEqual([
      ['1 ServiceAccount: not a workload.', 19],
      ['2 Role objects: not a workload.', 23],
      ['1 Widget: not a workload.', 31],
    ]);
    expect(out.report.messages.filter((m) => m.severity === 'warning')).toEqual([]);
    expect(out.report.messages.filter((m) => m.code === 'skipped.k8s.secret').map((m) => m.params)).toEqual([{ name: 'creds' }]);
  });

  it('reports a document without a kind or a name at its line', async () => {
    const out = await run(file('bad.yaml', 'apiVersion: v1\nkind: Service\nmetadata: { name: a }\n---\napiVersion: v1\nkind: Pod\nmetadata: {}\n'));
    expect(out.report.messages.filter((m) => m.code === 'k8s.noKindOrName').map((m) => [m.message, m.at])).toEqual([
      ['A document at line 5 has no kind or metadata.name; it is left out.', { file: 'bad.yaml', line: 5, column: 1 }],
    ]);
  });
});

describe('Services', () => {
  it('without a selector, or selecting nothing here, are reported, an ExternalName one is not; a LoadBalancer is noted', async () => {
    const yaml = `${app('web')}---
apiVersion: v1
kind: Service
metadata: { name: bare }
spec: { ports: [{ port: 80 }] }
---
apiVersion: v1
kind: Service
metadata: { name: other }
spec: { selector: { app: nobody } }
---
apiVersion: v1
kind: Service
metadata: { name: ext }
spec: { type: ExternalName, externalName: db.example.com }
---
apiVersion: v1
kind: Service
metadata: { name: public }
spec: { type: LoadBalancer, selector: { app: web } }
`;
    const out = await run(file('svc.yaml', yaml));
    expect(out.report.messages.filter((m) => m.code === 'skipped.k8s.serviceWithoutPods').map((m) => m.params)).toEqual([{ name: 'bare' }, { name: 'other' }]);
    expect(out.report.messages.filter((m) => m.code === 'k8s.loadBalancer').map((m) => m.message)).toEqual([
      "Service public is of type LoadBalancer: the cloud load balancer is part of the cluster's move, not a workload of its own.",
    ]);
  });

  it('resolve a workload’s env only within its namespace, or the namespace the host names', async () => {
    const yaml =
      app('api', '          env: [{ name: CART_ADDR, value: "cart:7070" }, { name: BILLING_URL, value: "http://billing.pay:80" }]\n', 'shop') +
      app('cart', '', 'shop') +
      app('cart', '', 'other') +
      app('billing', '', 'pay') +
      app('billing', '', 'shop');
    const out = await run(file('ns.yaml', yaml));
    const ids = out.fragment.workloads.map((w) => w.id);
    expect(ids).toEqual(['shop/api', 'shop/cart', 'other/cart', 'pay/billing', 'shop/billing']);
    expect(out.fragment.dependencies.map((d) => `${d.from} -> ${d.to}`)).toEqual(['shop/api -> shop/cart', 'shop/api -> pay/billing']);
  });
});

describe('what a workload’s env and ConfigMaps say', () => {
  it('a ConfigMap key taken by configMapKeyRef brings only that key; envFrom brings them all', async () => {
    const yaml =
      `---
apiVersion: v1
kind: ConfigMap
metadata: { name: cfg }
data: { DB_HOST: orders-db, CACHE_HOST: cache, QUEUE_ADDR: "mq:5672" }
` +
      app('api', '          env: [{ name: DATABASE_HOST, valueFrom: { configMapKeyRef: { name: cfg, key: DB_HOST } } }]\n') +
      app('worker', '          envFrom: [{ configMapRef: { name: cfg } }]\n') +
      app('orders-db') +
      app('cache') +
      app('mq');
    const out = await run(file('cm.yaml', yaml));
    expect(edges(out)).toEqual(['api -> orders-db', 'worker -> cache', 'worker -> mq', 'worker -> orders-db']);
    // The kind of a link: the port's protocol where it has one (AMQP), else the target's kind (a container: a call).
    const worker = out.fragment.dependencies.filter((d) => d.from === 'worker').map((d) => [d.to, d.kind, d.note]);
    expect(worker).toEqual([['orders-db', 'sync', 'env DB_HOST'], ['cache', 'sync', 'env CACHE_HOST'], ['mq', 'async', 'env QUEUE_ADDR']]);
  });

  it('a host no Service here has is left to the merge where the variable is named as an address, and dropped where not', async () => {
    const yaml = app('api', '          env: [{ name: PAYMENTS_URL, value: "http://payments:8080" }, { name: UPSTREAM, value: "http://gone:80" }]\n');
    const out = await run(file('refs.yaml', yaml));
    expect(out.fragment.references.map((r) => [r.from, r.to, r.note])).toEqual([['api', 'payments', 'env PAYMENTS_URL']]);
  });
});

describe('an Ingress', () => {
  it('is a network workload, its product guessed, needing the Services behind its default backend and its rules', async () => {
    const yaml = `${app('web')}${app('api')}${app('admin')}---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: front }
spec:
  defaultBackend: { service: { name: web, port: { number: 80 } } }
  rules:
    - http:
        paths:
          - { path: /api, backend: { service: { name: api, port: { number: 80 } } } }
          - { path: /web, backend: { service: { name: web, port: { number: 80 } } } }
          - { path: /old, backend: { serviceName: admin, servicePort: 80 } }
`;
    const out = await run(file('ing.yaml', yaml));
    const front = byName(out, 'front');
    expect(front).toMatchObject({ id: 'ingress/front', kind: 'network', tags: ['k8s:Ingress'] });
    expect(front.review).toContainEqual({ field: 'sourceService', basis: 'technology', source: 'Ingress' });
    expect(out.fragment.dependencies.filter((d) => d.from === 'ingress/front').map((d) => [d.to, d.kind, d.note])).toEqual([
      ['web', 'sync', 'ingress backend'],
      ['api', 'sync', 'ingress backend'],
      ['admin', 'sync', 'ingress backend'],
    ]);
  });
});

describe('storage, size and labels', () => {
  const statefulSet = (replicas: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: shop, labels: { environment: prod, app.kubernetes.io/part-of: checkout } }
spec:
  ${replicas}
  template:
    spec:
      containers: [{ name: pg, image: "example/pg:1" }]
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { resources: { requests: { storage: 10Gi } } }
`;

  it('a StatefulSet’s claim template counts once per replica, once where replicas are not given', async () => {
    expect(byName(await run(file('db.yaml', statefulSet('replicas: 3'))), 'db').size).toEqual({ instances: 3, dataGb: 30, dailyChangeGb: 0 });
    expect(byName(await run(file('db.yaml', statefulSet('serviceName: db'))), 'db').size).toEqual({ instances: 1, dataGb: 10, dailyChangeGb: 0 });
  });

  it('labels give the application and the environment, else the namespace does', async () => {
    const db = byName(await run(file('db.yaml', statefulSet('replicas: 1'))), 'db');
    expect(db).toMatchObject({ id: 'shop/db', application: 'checkout', environment: 'production' });
    const out = await run(file('ns.yaml', app('api', '', 'staging') + app('web')));
    expect(byName(out, 'api')).toMatchObject({ application: 'staging', environment: 'staging' });
    const web = byName(out, 'web');
    expect(web.application).toBeUndefined();
    expect(web.environment).toBeUndefined();
  });
});
