/**
 * The hosts Decamp links to, and nothing else: links in the app point at the source and target
 * providers' documentation and product catalogs (what the service catalog and the assumptions cite).
 * A link to any other host, from a crafted project file say, does not leave the app. A domain here
 * allows its subdomains (help.aliyun.com under aliyun.com); add a domain when a feature links to it.
 */
export const EXTERNAL_LINK_DOMAINS = [
  // Alibaba Cloud (mainland and international)
  'aliyun.com',
  'alibabacloud.com',
  // AWS: only the documentation and product sites, not all of amazon.com
  'docs.aws.amazon.com',
  'aws.amazon.com',
  // Microsoft Azure
  'learn.microsoft.com',
  'azure.microsoft.com',
  // Google Cloud
  'cloud.google.com',
  // Huawei Cloud
  'huaweicloud.com',
  // Tencent Cloud (mainland and international)
  'cloud.tencent.com',
  'tencentcloud.com',
] as const;

/** The parts of a parsed URL (WHATWG `URL`, which shared/ cannot construct itself) the check reads. */
export interface ParsedLink {
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly port: string;
  readonly hostname: string;
}

/** https, no credentials, no port, and a host that is one of the domains or under one. */
export function isAllowedExternalLink(link: ParsedLink): boolean {
  if (link.protocol !== 'https:' || link.username !== '' || link.password !== '' || link.port !== '') return false;
  const host = link.hostname.toLowerCase();
  return EXTERNAL_LINK_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The check on a URL string, given the platform's URL parser. */
export function isAllowedExternalUrl(url: string, parse: (url: string) => ParsedLink): boolean {
  try {
    return isAllowedExternalLink(parse(url));
  } catch {
    return false;
  }
}
