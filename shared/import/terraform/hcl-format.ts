/** Terraform configurations (.tf, HCL): the root module and the local modules it calls, read together. */
import type { ImportFormat } from '../format';
import { buildTerraform } from './build';
import { type HclFile, readConfiguration } from './hcl/config';
import { parseHcl } from './hcl/parse';
import { providerOfType } from './resource-types';

const BLOCK_START = /^\s*(resource|module|variable|provider|terraform|data|output|locals)\s+("[^"\n]*"\s*)*\{/m;

export const tfFormat: ImportFormat = {
  id: 'tf',
  label: 'Terraform configuration (.tf)',
  extensions: ['tf'],
  detect(file) {
    if (file.text === null) return 0;
    if (file.extension === 'tf') return 9;
    const head = file.head(8192);
    if (head.trimStart().startsWith('{')) return 0;
    return BLOCK_START.test(head) ? 6 : 0;
  },
  read(files, out, context) {
    const parsed: HclFile[] = [];
    for (const file of files) {
      const { body, errors } = parseHcl(file.text ?? '');
      for (const e of errors.slice(0, 5)) out.error('hcl.syntax', `Not valid HCL: ${e.message}.`, { file: file.name, line: e.at.line, column: e.at.column }, { reason: e.message });
      parsed.push({ path: file.name.replace(/\\/g, '/'), body });
    }
    const instances = readConfiguration(parsed, out);
    if (instances.length === 0 && out.errorCount === 0) out.warn('terraform.noResources', 'The configuration declares no resource Decamp could import.', { file: files[0]?.name ?? '' });
    const provider = instances.map((i) => providerOfType(i.type)).find((p) => p !== undefined) ?? context.sourceProvider;
    buildTerraform(instances, out, provider);
  },
};
