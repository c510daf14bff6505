/**
 * What a container image is: `redis:7-alpine` is a cache, `bitnami/postgresql:16` a database,
 * `gcr.io/google-samples/microservices-demo/cartservice:v0.10` an application (compute). Only the
 * image's last path segment counts; registries and tags say nothing about what runs.
 */
import type { WorkloadKind } from '../../model/vocabulary';
import { TECHNOLOGY_KINDS } from './technologies';

/** `docker.io/bitnami/redis:7.2@sha256:...` -> `redis`. */
export function imageBaseName(image: string): string {
  const noDigest = image.trim().split('@')[0] ?? '';
  const last = noDigest.split('/').pop() ?? '';
  return (last.split(':')[0] ?? '').toLowerCase();
}

/** The technology an image runs, when its name says so (`redis`, `postgres`, `mysql-server` -> mysql). */
export function technologyOfImage(image: string): string | undefined {
  const base = imageBaseName(image);
  if (TECHNOLOGY_KINDS.has(base)) return base;
  for (const part of base.split(/[-_.]/)) if (TECHNOLOGY_KINDS.has(part) && !['node', 'python', 'java', 'php', 'golang', 'dotnet'].includes(part)) return part;
  return undefined;
}

/** The kind of workload an image is; undefined for an application image (the caller treats it as compute). */
export function kindOfImage(image: string): WorkloadKind | undefined {
  const tech = technologyOfImage(image);
  const kind = tech !== undefined ? TECHNOLOGY_KINDS.get(tech) : undefined;
  // A runtime base image (node, python, tomcat) is an application like any other.
  return kind === 'compute' ? undefined : kind;
}
