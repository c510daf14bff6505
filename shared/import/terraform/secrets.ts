/**
 * What never enters a project: passwords, secrets, access keys, private keys, tokens, certificates'
 * key material, and anything the state marks sensitive. Such attributes are not read at all; their
 * values are handed to the builder as secrets so no text of the result can carry them.
 */

const SECRET_NAME = /(pass(word|wd|phrase)?|pwd|secret|access_?key|private_?key|api_?key|token|credential|auth_?key|pgp_key|key_?fingerprint|encrypted|ssh_?key|cert(ificate)?(_body)?|\bkey$|_key_content|sasl|kms_encryption_context)/i;

// A state repeats the same few hundred attribute names across every instance: each is judged once.
const judged = new Map<string, boolean>();

/** True for an attribute or variable whose name says it holds a secret. */
export function isSecretName(name: string): boolean {
  const known = judged.get(name);
  if (known !== undefined) return known;
  // `key_name`, `kms_key_id`, `key_pair_name`, `key_usage` name or point at a key; they hold no secret.
  const secret = !/(^|_)key_(name|id|usage|pair_name|spec|state)$|_id$|_ids$|_name$|_arn$|^key$|_usage$/i.test(name) && SECRET_NAME.test(name);
  // Names are few; a bound keeps a generated or hostile input from growing the table without end.
  if (judged.size < 10_000) judged.set(name, secret);
  return secret;
}

/** A value someone replaced by a placeholder in a shared state file. */
export function isRedacted(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  // Every placeholder has a '<', four '*' or is the word itself: most values are ruled out without a regex scan.
  if (value.length !== 9 && !value.includes('<') && !value.includes('****')) return false;
  return /<redacted>|\*{4,}|^sensitive$/i.test(value);
}

/** Every string inside a value (for handing secrets to the builder). */
export function stringsIn(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 20) return out;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out, depth + 1);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out, depth + 1);
  return out;
}
