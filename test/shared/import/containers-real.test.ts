import { describe, expect, it } from 'vitest';
import { edges, file, run } from './helpers';
import { HAVE_REAL, realFile } from './fixtures';

describe.skipIf(!HAVE_REAL)('the real Kubernetes and Compose files (../shared/fixtures/real)', () => {
  it('Online Boutique: its workloads, and the dependencies its *_ADDR variables name', async () => {
    const out = await run(realFile('online-boutique-k8s/kubernetes-manifests.yaml'));
    expect(out.ok).toBe(true);
    expect(out.report.files[0]?.format).toBe('k8s');
    expect(out.fragment.workloads.map((w) => w.name).sort()).toEqual(['adservice', 'cartservice', 'checkoutservice', 'currencyservice', 'emailservice', 'frontend', 'loadgenerator', 'paymentservice', 'productcatalogservice', 'recommendationservice', 'redis-cart', 'shippingservice']);
    expect(edges(out)).toEqual([
      'cartservice -> redis-cart',
      'checkoutservice -> cartservice',
      'checkoutservice -> currencyservice',
      'checkoutservice -> emailservice',
      'checkoutservice -> paymentservice',
      'checkoutservice -> productcatalogservice',
      'checkoutservice -> shippingservice',
      'frontend -> adservice',
      'frontend -> cartservice',
      'frontend -> checkoutservice',
      'frontend -> currencyservice',
      'frontend -> productcatalogservice',
      'frontend -> recommendationservice',
      'frontend -> shippingservice',
      'loadgenerator -> frontend',
      'recommendationservice -> productcatalogservice',
    ]);
    const redis = out.fragment.workloads.find((w) => w.name === 'redis-cart');
    expect(redis).toMatchObject({ kind: 'cache', sourceService: 'alibaba.ack' });
    expect(redis?.review).toContainEqual({ field: 'kind', basis: 'image', source: 'redis:alpine' });
    // The frontend names a shopping assistant that is not in the file: kept for the merge to find, not invented.
    expect(out.fragment.references).toMatchObject([{ to: 'shoppingassistantservice' }]);
  });

  it('example voting app: vote -> redis, result -> db, worker -> redis and db', async () => {
    const out = await run(realFile('example-voting-app-compose/docker-compose.yml'));
    expect(out.ok).toBe(true);
    expect(out.report.files[0]?.format).toBe('compose');
    expect(out.fragment.workloads.map((w) => w.name).sort()).toEqual(['db', 'redis', 'result', 'vote', 'worker']);
    expect(edges(out)).toEqual(['result -> db', 'vote -> redis', 'worker -> db', 'worker -> redis']);
    expect(out.fragment.workloads.find((w) => w.name === 'db')).toMatchObject({ kind: 'database' });
    expect(out.report.messages.some((m) => m.code === 'skipped.compose.profile' && m.params.service === 'seed')).toBe(true);
  });

  it('the voting app as Kubernetes manifests: the same five workloads', async () => {
    const names = ['db-deployment', 'db-service', 'redis-deployment', 'redis-service', 'result-deployment', 'result-service', 'vote-deployment', 'vote-service', 'worker-deployment'];
    const out = await run(names.map((n) => realFile(`example-voting-app-compose/k8s-specifications/${n}.yaml`)));
    expect(out.fragment.workloads.map((w) => w.name).sort()).toEqual(['db', 'redis', 'result', 'vote', 'worker']);
  });
});

describe('Kubernetes and Compose details', () => {
  it('reads URLs, connection strings, ConfigMaps, Ingress backends and StatefulSet storage', async () => {
    const yaml = `apiVersion: v1
kind: ConfigMap
metadata: { name: app-config, namespace: shop }
data:
  DATABASE_URL: "postgres://app:hunter2x@orders-db.shop.svc.cluster.local:5432/orders"
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop, labels: { app.kubernetes.io/part-of: webshop } }
spec:
  replicas: 3
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      containers:
        - name: api
          image: registry.example.com/shop/api:1.4
          envFrom: [{ configMapRef: { name: app-config } }]
          env:
            - { name: DB_PASSWORD, value: "s3cret-Value!" }
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: orders-db, namespace: shop }
spec:
  replicas: 2
  selector: { matchLabels: { app: orders-db } }
  template:
    metadata: { labels: { app: orders-db } }
    spec: { containers: [{ name: pg, image: "postgres:16" }] }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { resources: { requests: { storage: 50Gi } } }
---
apiVersion: v1
kind: Service
metadata: { name: orders-db, namespace: shop }
spec: { selector: { app: orders-db } }
---
apiVersion: v1
kind: Service
metadata: { name: api, namespace: shop }
spec: { selector: { app: api } }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  rules:
    - http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }] }
`;
    const out = await run(file('shop.yaml', yaml));
    expect(out.ok).toBe(true);
    expect(edges(out)).toEqual(['api -> orders-db', 'web -> api']);
    expect(out.fragment.workloads.find((w) => w.name === 'api')).toMatchObject({ size: { instances: 3 }, application: 'webshop' });
    expect(out.fragment.workloads.find((w) => w.name === 'orders-db')).toMatchObject({ kind: 'database', size: { instances: 2, dataGb: 100 } });
    const text = JSON.stringify(out);
    expect(text).not.toContain('hunter2x');
    expect(text).not.toContain('s3cret-Value!');
  });

  it('locates a YAML error by line and column', async () => {
    const out = await run(file('bad.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: [unclosed\n'));
    expect(out.ok).toBe(false);
    expect(out.report.messages[0]).toMatchObject({ code: 'yaml.syntax', at: { file: 'bad.yaml', line: expect.any(Number), column: expect.any(Number) } });
  });

  it('Compose: depends_on as a list, links, network_mode and volumes_from', async () => {
    const yml = `services:
  web:
    image: nginx
    depends_on: [api]
    links: ["cache:redis"]
  api:
    build: .
    environment:
      - DB_HOST=db
      - QUEUE_URL=amqp://mq:5672
    volumes_from: ["service:files"]
  sidecar:
    image: envoyproxy/envoy
    network_mode: "service:api"
  db: { image: mysql:8 }
  cache: { image: redis }
  mq: { image: rabbitmq:3 }
  files: { image: busybox }
`;
    const out = await run(file('docker-compose.yml', yml));
    expect(edges(out)).toEqual(['api -> db', 'api -> files', 'api -> mq', 'sidecar -> api', 'web -> api', 'web -> cache']);
    const kind = (from: string, to: string) => out.fragment.dependencies.find((d) => out.fragment.workloads.find((w) => w.id === d.from)?.name === from && out.fragment.workloads.find((w) => w.id === d.to)?.name === to)?.kind;
    expect(kind('api', 'mq')).toBe('async');
    expect(kind('api', 'files')).toBe('shared-storage');
    expect(kind('sidecar', 'api')).toBe('network');
  });
});
