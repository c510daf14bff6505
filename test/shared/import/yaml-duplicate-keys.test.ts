/**
 * Hand-edited manifests repeat a key now and then (a second `labels:` pasted in). The import reads
 * such a file, the last value winning (yaml's `uniqueKeys: false`), rather than refusing the file
 * and every workload in it over one repeated key.
 */
import { describe, expect, it } from 'vitest';
import { byName, file, run } from './helpers';

describe('a manifest with a repeated key', () => {
  it('imports, the last value winning', async () => {
    const yaml = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: first-name', '  name: web', 'spec:', '  replicas: 1', '  replicas: 3', '  template:', '    spec:', '      containers:', '        - name: web', '          image: nginx:1.25', ''].join('\n');
    const out = await run(file('web.yaml', yaml));
    expect(out.report.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(byName(out, 'web').size?.instances).toBe(3);
  });
});
