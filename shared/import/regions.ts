/** A region from what sources write: a zone (`cn-shanghai-f`, `us-east-1a`, `cn-shanghai-MAZ5(f,g)`), an endpoint (`oss-cn-shanghai`). */
export function regionOf(text: string): string {
  const t = text.trim();
  const aws = /^([a-z]{2}(?:-gov)?-[a-z]+-\d+)[a-z]$/.exec(t);
  if (aws?.[1]) return aws[1];
  const multiZone = /^([a-z]{2,}-[a-z0-9]+(?:-[a-z0-9]+)?)-maz\d+.*$/i.exec(t);
  if (multiZone?.[1]) return multiZone[1];
  const zone = /^([a-z]{2,}-[a-z]+(?:-[a-z0-9]+)?)-[a-z]$/.exec(t);
  if (zone?.[1]) return zone[1];
  const endpoint = /^oss-([a-z]{2,}-[a-z0-9-]+?)(?:-internal)?$/.exec(t);
  if (endpoint?.[1]) return endpoint[1];
  return t;
}
