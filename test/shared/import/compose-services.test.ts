/**
 * Docker Compose files (shared/import/compose/compose.ts): which files are Compose, each service's
 * size, tags and place in the file, secrets in its environment, and links to services the file
 * does not have. Answers read off the files below.
 */
import { describe, expect, it } from 'vitest';
import { composeFormat } from '../../../shared/import/compose/compose';
import { SourceFile } from '../../../shared/import/source-file';
import { byName, edges, file, run } from './helpers';

const source = (name: string, text: string) => new SourceFile(name, new TextEncoder().encode(text));

describe('which files are Compose files', () => {
  it('a top-level services map, not in a Kubernetes manifest; a compose-named YAML file even without one', () => {
    expect(composeFormat.detect(source('stack.yml', 'services:  # the app\n  web: { image: nginx }\n'))).toBeGreaterThan(0);
    expect(composeFormat.detect(source('stack.yml', 'apiVersion: v1\nservices:\n'))).toBe(0);
    expect(composeFormat.detect(source('docker-compose.prod.yaml', 'version: "3"\n'))).toBeGreaterThan(0);
    expect(composeFormat.detect(source('docker-compose.txt', 'version: "3"\n'))).toBe(0);
    expect(composeFormat.detect(source('stack.yml', 'version: "3"\n'))).toBe(0);
  });

  it('says so when a Compose-named file has no services map', async () => {
    const out = await run(file('docker-compose.yml', 'version: "3"\nvolumes: { data: {} }\n'));
    expect(out.report.messages).toContainEqual({ severity: 'error', code: 'compose.noServices', params: {}, message: 'docker-compose.yml has no "services" map, so it is not a Compose file.', at: { file: 'docker-compose.yml', line: 1, column: 1 } });
  });
});

describe('a Compose service', () => {
  it('has its replicas or scale as instances, its image or build as a tag, and its line in the file', async () => {
    const yml = `services:
  web:
    image: registry.example.com/shop/web:2.1
    deploy: { replicas: 3 }
  worker:
    build: ./worker
    scale: 2
  "cache":
    image: redis:7
`;
    const out = await run(file('compose.yaml', yml));
    expect(out.fragment.workloads.map((w) => [w.name, w.size.instances, w.tags, w.origin.line])).toEqual([
      ['web', 3, ['compose', 'image:web'], 2],
      ['worker', 2, ['compose', 'built-from-source'], 5],
      ['cache', 1, ['compose', 'image:redis'], 8],
    ]);
    expect(byName(out, 'worker').review.filter((r) => r.field === 'kind')).toEqual([]);
    expect(byName(out, 'web').review.filter((r) => r.field === 'kind')).toEqual([]);
    expect(byName(out, 'cache').review).toContainEqual({ field: 'kind', basis: 'image', source: 'redis:7' });
  });

  it('keeps no secret from its environment list, and links only to services the file has', async () => {
    const yml = `services:
  api:
    image: example/api
    environment:
      - DB_PASSWORD=s3cret-Pa55
      - DATABASE_URL=postgres://db:5432/shop
      - PAYMENTS_URL=http://payments:8080
      - BROKEN
      - =http://lonely:80
    network_mode: "service:vpn"
    volumes_from: [ "service:files:ro" ]
  db: { image: "postgres:s3cret-Pa55" }
  vpn: { image: example/vpn }
  files: { image: example/files }
  lonely: { image: example/lonely }
`;
    const out = await run(file('compose.yaml', yml));
    expect(JSON.stringify(out.fragment)).not.toContain('s3cret-Pa55');
    expect(byName(out, 'db').review).toContainEqual({ field: 'kind', basis: 'image', source: 'postgres:[removed]' });
    expect(edges(out)).toEqual(['api -> db', 'api -> files', 'api -> vpn']);
    const api = out.fragment.dependencies.filter((d) => d.from === 'api').map((d) => [d.to, d.kind, d.note]);
    expect(api).toEqual([['vpn', 'network', 'network_mode'], ['files', 'shared-storage', 'volumes_from'], ['db', 'sync', 'env DATABASE_URL']]);
  });
});
