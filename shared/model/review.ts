/**
 * The "needs review" marker: a workload field an importer guessed rather than read, kept in the
 * project until someone confirms it (editing the field, or confirming the row, clears it).
 */
import { z } from 'zod';

/** The workload facts an importer may have to guess. `dependencies`: the kind of a link it inferred. */
export const REVIEW_FIELDS = ['kind', 'sourceService', 'criticality', 'strategy', 'size', 'team', 'environment', 'application', 'dependencies'] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];

/**
 * What a guess was made from:
 * - image: a container image name (`redis:7` -> cache);
 * - technology: a technology or product text (`mysql 8 on ECS`);
 * - port: a destination port (3306 -> a database);
 * - name: the workload's own name;
 * - value: a value the import could not map to Decamp's words, so a default stands in;
 * - default: the source says nothing, so Decamp's default stands in (criticality unknown).
 */
export const REVIEW_BASES = ['image', 'technology', 'port', 'name', 'value', 'default'] as const;
export type ReviewBasis = (typeof REVIEW_BASES)[number];

export const ReviewNoteSchema = z.strictObject({
  field: z.enum(REVIEW_FIELDS),
  basis: z.enum(REVIEW_BASES),
  /** What the guess was made from, as the source had it (`redis:7-alpine`); absent for a plain default. */
  source: z.string().max(500).optional(),
});
export type ReviewNote = z.infer<typeof ReviewNoteSchema>;

const FIELD_WORDS: Readonly<Record<ReviewField, string>> = {
  kind: 'kind',
  sourceService: 'source service',
  criticality: 'criticality',
  strategy: 'strategy',
  size: 'size',
  team: 'owner team',
  environment: 'environment',
  application: 'application',
  dependencies: 'dependency kind',
};

/** The note as an English sentence (the app translates from field, basis and source instead). */
export function describeReviewNote(note: ReviewNote): string {
  const field = FIELD_WORDS[note.field];
  const from = note.source !== undefined ? ` '${note.source}'` : '';
  switch (note.basis) {
    case 'image':
      return `${field} guessed from the image${from}`;
    case 'technology':
      return `${field} guessed from the technology${from}`;
    case 'port':
      return `${field} guessed from port${from}`;
    case 'name':
      return `${field} guessed from the name${from}`;
    case 'value':
      return `${field}: the value${from} has no match, so a default stands in`;
    case 'default':
      return `${field} unknown: the source does not say, so a default stands in`;
  }
}
