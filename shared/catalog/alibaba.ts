/**
 * Alibaba Cloud, the first source provider: every product a typical estate runs, split by family.
 * Within a kind, the first product listed is the default for new workloads and importers.
 */
import { ALIBABA_ANALYTICS } from './alibaba-analytics';
import { ALIBABA_COMPUTE } from './alibaba-compute';
import { ALIBABA_DATABASE } from './alibaba-database';
import { ALIBABA_MESSAGING } from './alibaba-messaging';
import { ALIBABA_NETWORK } from './alibaba-network';
import { ALIBABA_OBSERVABILITY } from './alibaba-observability';
import { ALIBABA_SECURITY } from './alibaba-security';
import { ALIBABA_STORAGE } from './alibaba-storage';
import { defineCatalog, unmappedRow } from './define';
import { ALIBABA_NOTES } from './notes';
import type { CatalogEntry } from './types';

export const ALIBABA: readonly CatalogEntry[] = [
  ...ALIBABA_COMPUTE,
  ...ALIBABA_STORAGE,
  ...ALIBABA_NETWORK,
  ...ALIBABA_SECURITY,
  ...ALIBABA_DATABASE,
  ...ALIBABA_MESSAGING,
  ...ALIBABA_ANALYTICS,
  ...ALIBABA_OBSERVABILITY,
  ...defineCatalog('alibaba', ALIBABA_NOTES, [unmappedRow('Alibaba Cloud', 'alibaba')]),
];
