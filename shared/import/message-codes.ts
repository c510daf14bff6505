/**
 * Every finding an import can report, by code. The app translates each code with its params (the
 * English `message` is the CLI's text), so the list is closed: an importer cannot report a code the
 * translations do not know, and test/renderer/import-message-text.test.ts checks both locales.
 */
export const IMPORT_MESSAGE_CODES = [
  // The files themselves
  'noFiles',
  'format.unknown',
  'format.unrecognised',
  'file.tooLarge',
  'file.empty',
  'internal',
  'tooManyMessages',
  'criticalityUnknown',
  'json.syntax',
  'yaml.syntax',
  'yaml.value',
  'hcl.syntax',
  // Spreadsheets and CSV inventories
  'csv.empty',
  'csv.MissingQuotes',
  'csv.InvalidQuotes',
  'csv.TooFewFields',
  'csv.TooManyFields',
  'csv.tooManyRows',
  'xlsx.unreadable',
  'xlsx.empty',
  'skipped.xlsx.hiddenSheet',
  'table.noNameColumn',
  'skipped.row.noName',
  'skipped.edge.incomplete',
  'value.unmapped',
  'value.notANumber',
  'value.outOfRange',
  'technology.unknown',
  // Wave mappings
  'waveMapping.header',
  'waveMapping.noId',
  'waveMapping.repeated',
  'waveMapping.badWave',
  // Discovery and CMDB exports
  'skipped.azure.incomplete',
  'skipped.aws.noName',
  'skipped.servicenow.relationType',
  'alibabaConfig.noItems',
  'skipped.alibabaConfig.unmappedType',
  'skipped.konveyor.noName',
  'skipped.konveyor.recordType',
  'konveyor.badDependency',
  'skipped.dc.noName',
  'skipped.dc.templates',
  'dc.badNumber',
  'dc.badSize',
  'decamp.noWorkloads',
  'decamp.badWorkload',
  'decamp.badField',
  'decamp.badDependency',
  // Terraform
  'tfstate.noResources',
  'tfstate.version',
  'tfstate.badResource',
  'terraform.noResources',
  'terraform.countCapped',
  'terraform.unknownCount',
  'terraform.folded',
  'skipped.terraform.unusedFolder',
  'skipped.terraform.countZero',
  'skipped.terraform.moduleOff',
  'skipped.terraform.remoteModule',
  'skipped.terraform.orphan',
  'skipped.terraform.unmappedType',
  'skipped.terraform.dataSources',
  // Kubernetes and Compose
  'k8s.noKindOrName',
  'k8s.loadBalancer',
  'skipped.k8s.secret',
  'skipped.k8s.serviceWithoutPods',
  'skipped.k8s.notWorkload',
  'compose.noServices',
  'skipped.compose.profile',
] as const;

export type ImportMessageCode = (typeof IMPORT_MESSAGE_CODES)[number];

/** A code as `skip()` takes it, without its `skipped.` prefix. */
export type SkippedCode = ImportMessageCode extends infer C ? (C extends `skipped.${infer S}` ? S : never) : never;
/** A code as `error()`, `warn()` and `info()` take it. */
export type ReportedCode = Exclude<ImportMessageCode, `skipped.${string}`>;
