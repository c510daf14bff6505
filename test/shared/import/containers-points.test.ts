/**
 * Issue 11's Kubernetes and Compose points not covered by containers-real.test.ts: DaemonSets and
 * CronJobs as workloads, a PVC's storage and the resource requests as size, every form of an env
 * value that names another Service, Secrets referenced by env and envFrom never read, the images
 * of databases, caches and queues, and Compose's depends_on in its map form.
 */
import { describe, expect, it } from 'vitest';
import { byName, edges, file, run } from './helpers';

const deployment = (name: string, image: string, env: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: main
          image: ${image}
          env: ${env}
${extra}---
apiVersion: v1
kind: Service
metadata: { name: ${name} }
spec: { selector: { app: ${name} } }
---
`;

describe('Kubernetes manifests: the points of issue 11', () => {
  it('DaemonSets and CronJobs are workloads; a PVC gives storage, resource requests give size', async () => {
    const yaml = `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: log-agent }
spec:
  selector: { matchLabels: { app: log-agent } }
  template:
    metadata: { labels: { app: log-agent } }
    spec: { containers: [{ name: fluent, image: "fluent/fluent-bit:3", resources: { requests: { cpu: 250m, memory: 128Mi } } }] }
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly-report }
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{ name: report, image: "example/report:1", resources: { requests: { cpu: "1", memory: 2Gi } } }]
          volumes: [{ name: out, persistentVolumeClaim: { claimName: reports } }]
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: reports }
spec: { resources: { requests: { storage: 20Gi } } }
`;
    const out = await run(file('jobs.yaml', yaml));
    expect(out.ok).toBe(true);
    const agent = byName(out, 'log-agent');
    expect(agent.tags).toEqual(expect.arrayContaining(['k8s:DaemonSet', 'cpu-request:250m', 'memory-request:128Mi']));
    // One pod per node: the count is the cluster's, unknown here, and marked so.
    expect(agent.review).toContainEqual({ field: 'size', basis: 'default' });
    const job = byName(out, 'nightly-report');
    expect(job.tags).toEqual(expect.arrayContaining(['k8s:CronJob', 'cpu-request:1000m', 'memory-request:2048Mi']));
    expect(job.size.dataGb).toBe(20);
  });

  it('a container with no resource requests gets no request tags', async () => {
    const yaml = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: "nginx:1.27" }] }
`;
    const out = await run(file('web.yaml', yaml));
    expect(byName(out, 'web').tags).toEqual(['k8s:Deployment', 'image:nginx']);
  });

  // A bare host counts where the variable's name says it holds an address (MODE=cache is a word, not a link).
  it('an env value names another Service as a host, host:port, URL, *_ADDR, *_HOST, *_URL or connection string', async () => {
    const yaml =
      deployment('front', 'example/front:1', '[{ name: API_SERVER, value: "api" }, { name: MODE, value: "cache" }, { name: CART_SERVICE_ADDR, value: "cart:7070" }, { name: SEARCH_URL, value: "http://search.default.svc.cluster.local:9200/idx" }]') +
      deployment('api', 'example/api:1', '[{ name: CACHE_HOST, value: cache }, { name: ConnectionStrings__Db, value: "Server=sqldb;Database=orders;User Id=app" }, { name: BROKER, value: "amqp://mq:5672" }]') +
      deployment('cart', 'example/cart:1', '[]') +
      deployment('search', 'elasticsearch:8.14.0', '[]') +
      deployment('cache', 'memcached:1.6', '[]') +
      deployment('sqldb', 'mcr.microsoft.com/mssql/server:2022-latest', '[]') +
      deployment('mq', 'rabbitmq:3-management', '[]');
    const out = await run(file('app.yaml', yaml));
    expect(out.ok).toBe(true);
    expect(edges(out)).toEqual(['api -> cache', 'api -> mq', 'api -> sqldb', 'front -> api', 'front -> cart', 'front -> search']);
  });

  it('recognises databases, caches and queues from their images, as guesses to review', async () => {
    const images: [string, string][] = [
      ['mysql:8.0', 'database'],
      ['postgres:16-alpine', 'database'],
      ['mongo:7', 'database'],
      ['bitnami/redis:7.2', 'cache'],
      ['memcached:1.6', 'cache'],
      ['rabbitmq:3', 'queue'],
      ['bitnami/kafka:3.7', 'queue'],
      ['docker.elastic.co/elasticsearch/elasticsearch:8.14.0', 'analytics'],
    ];
    const yaml = images.map(([image], i) => deployment(`svc-${i}`, image, '[]')).join('');
    const out = await run(file('stores.yaml', yaml));
    for (const [i, [image, kind]] of images.entries()) {
      const w = byName(out, `svc-${i}`);
      expect(w.kind, image).toBe(kind);
      expect(w.review).toContainEqual({ field: 'kind', basis: 'image', source: image });
    }
  });

  it('never reads a Secret, whether env or envFrom references it', async () => {
    const yaml =
      `apiVersion: v1
kind: Secret
metadata: { name: db-credentials }
stringData: { DB_PASSWORD: "Sup3r-Secret-42", DATABASE_URL: "postgres://app:Sup3r-Secret-42@db:5432/x" }
---
` +
      deployment(
        'api',
        'example/api:1',
        '[{ name: DB_PASSWORD, valueFrom: { secretKeyRef: { name: db-credentials, key: DB_PASSWORD } } }]',
        '          envFrom: [{ secretRef: { name: db-credentials } }]\n',
      ) +
      deployment('db', 'postgres:16', '[]');
    const out = await run(file('api.yaml', yaml));
    expect(out.ok).toBe(true);
    expect(JSON.stringify(out)).not.toContain('Sup3r-Secret-42');
    expect(out.report.messages).toContainEqual(expect.objectContaining({ code: 'skipped.k8s.secret', params: { name: 'db-credentials' } }));
  });
});

describe('Compose: the points of issue 11', () => {
  it('reads depends_on in its map form (with conditions), and the database image', async () => {
    const yml = `services:
  web:
    image: example/web
    depends_on:
      api: { condition: service_started }
      cache: { condition: service_healthy }
  api:
    image: example/api
    depends_on: { db: { condition: service_healthy, restart: true } }
  cache: { image: "redis:7" }
  db: { image: "postgres:16" }
`;
    const out = await run(file('compose.yaml', yml));
    expect(out.report.files[0]?.format).toBe('compose');
    expect(edges(out)).toEqual(['api -> db', 'web -> api', 'web -> cache']);
    expect(byName(out, 'db').kind).toBe('database');
    expect(byName(out, 'cache').kind).toBe('cache');
  });

  it('links a service to the hosts its environment map names, skips an empty value, and leaves a profile-only service out, reported', async () => {
    const yml = `services:
  api:
    image: example/api
    environment:
      DATABASE_URL: postgres://db:5432/shop
      CACHE_HOST:
      LOG_LEVEL: info
  db: { image: "postgres:16" }
  debug:
    image: example/debug
    profiles: [debug, ops]
`;
    const out = await run(file('compose.yaml', yml));
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['api', 'db']);
    expect(edges(out)).toEqual(['api -> db']);
    const skipped = out.report.messages.find((m) => m.code === 'skipped.compose.profile');
    expect(skipped).toMatchObject({ params: { service: 'debug', profiles: 'debug, ops' }, at: { file: 'compose.yaml', path: 'services.debug' } });
    expect(skipped?.message).toBe('Service debug runs only with the profile debug, ops; it is not started by default, so not imported.');
  });
});
