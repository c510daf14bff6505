/**
 * With no FILE, the commands use the embedded mid-size sample, read from disk like any file so
 * its errors (if the sample were ever broken) are located the same way.
 */
import { fileURLToPath } from 'node:url';

export const DEFAULT_SAMPLE_PATH = fileURLToPath(new URL('../../shared/samples/ecommerce-iot.decamp.json', import.meta.url));
export const DEFAULT_SAMPLE_LABEL = 'embedded sample ecommerce-iot.decamp.json';
