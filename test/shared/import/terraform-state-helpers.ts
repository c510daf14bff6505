/** Terraform states for the state specs, written as Terraform writes them (format version 4). */
type Attrs = Record<string, unknown>;

/** A managed resource of one instance; `extra` goes on the instance (dependencies, sensitive_attributes). */
export const tfResource = (type: string, name: string, attributes: Attrs, extra: Attrs = {}, module?: string) => ({ ...(module ? { module } : {}), mode: 'managed', type, name, instances: [{ schema_version: 0, attributes, ...extra }] });

/** A state's text with Terraform's header. */
export const tfStateText = (resources: readonly unknown[], header: Attrs = { version: 4, terraform_version: '1.9.5', lineage: 'spec' }) => JSON.stringify({ ...header, resources }, null, 2);
