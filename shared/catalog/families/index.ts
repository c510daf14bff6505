/** Every service family, by id. */
import type { Family, FamilyId } from '../types';
import { COMPUTE_FAMILIES } from './compute';
import { DATA_FAMILIES } from './data';
import { ANALYTICS_FAMILIES, MESSAGING_FAMILIES, OBSERVABILITY_FAMILIES } from './messaging-analytics';
import { SECURITY_FAMILIES } from './security';
import { NETWORK_FAMILIES, STORAGE_FAMILIES } from './storage-network';

export { FAMILY_IDS } from './ids';

/** The catch-all for services nobody has mapped yet; the derivation treats it specially. */
const UNMAPPED: Family = {
  id: 'unmapped',
  name: 'Services not in the catalog',
  kind: 'other',
  holds: 'config',
  method: () => 'Assess by hand: name the target service in the workload and pick a method',
};

export const FAMILIES: readonly Family[] = [
  ...COMPUTE_FAMILIES,
  ...STORAGE_FAMILIES,
  ...NETWORK_FAMILIES,
  ...SECURITY_FAMILIES,
  ...DATA_FAMILIES,
  ...MESSAGING_FAMILIES,
  ...ANALYTICS_FAMILIES,
  ...OBSERVABILITY_FAMILIES,
  UNMAPPED,
];

const BY_ID: ReadonlyMap<FamilyId, Family> = new Map(FAMILIES.map((f) => [f.id, f]));

/** The family with this id (every id in FAMILY_IDS has one; a test checks it). */
export function familyById(id: FamilyId): Family {
  const f = BY_ID.get(id);
  if (!f) throw new Error(`No service family '${id}'`);
  return f;
}
