/**
 * Every source format Decamp imports, in the order they are read and offered. Adding a format is
 * one file implementing ImportFormat and one line here; detection picks the surest format per file.
 */
import { composeFormat } from './compose/compose';
import { decampFormat } from './decamp-fragment';
import { alibabaConfigFormat } from './discovery/alibaba-config';
import { awsImportFormat } from './discovery/aws-migration-hub';
import { azureDepsFormat } from './discovery/azure-migrate';
import { datacentreFormat } from './discovery/datacentre';
import { konveyorFormat } from './discovery/konveyor';
import { servicenowFormat } from './discovery/servicenow';
import type { ImportFormat } from './format';
import { k8sFormat } from './kubernetes/manifests';
import { csvFormat, xlsxFormat } from './tabular/formats';
import { tfFormat } from './terraform/hcl-format';
import { tfstateFormat } from './terraform/state';
import { waveMappingFormat } from './wave-mapping/format';

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  tfstateFormat,
  tfFormat,
  k8sFormat,
  composeFormat,
  azureDepsFormat,
  awsImportFormat,
  servicenowFormat,
  alibabaConfigFormat,
  konveyorFormat,
  // Before the generic CSV inventory: a server list with VM names, OS, cores and memory is a data centre's.
  datacentreFormat,
  decampFormat,
  // Before the generic CSV inventory: its header is certain, and it carries pins, not workloads.
  waveMappingFormat,
  csvFormat,
  xlsxFormat,
];

export function importFormat(id: string): ImportFormat | undefined {
  return IMPORT_FORMATS.find((f) => f.id === id);
}
