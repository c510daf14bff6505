/** The sample builders by sample id, for scripts/generate-samples.ts and the test that the JSON is up to date. */
import type { SampleId } from '../../ipc';
import type { Project } from '../../model/schema';
import { ecommerceIot } from './ecommerce-iot';
import { largeEstate } from './large-estate';
import { onlineShop } from './online-shop';
import { withMidSizeScenarios } from './scenarios';

export const SAMPLE_BUILDERS: Readonly<Record<SampleId, () => Project>> = {
  'online-shop': onlineShop,
  'ecommerce-iot': () => withMidSizeScenarios(ecommerceIot()),
  'large-estate': largeEstate,
};
