/**
 * The fields every stored record carries as stamps (identity, versions, authorship), not as
 * content. Its own module without imports so that the change log (domain/authorship), which the
 * entity schemas import, can use it without an import cycle.
 */
export const META_KEYS = [
  'id',
  'createdAt',
  'updatedAt',
  'deviceId',
  'revision',
  'deletedAt',
  'vv',
  'unlinked',
  'createdBy',
  'updatedBy',
  'changes',
] as const;
export type MetaKey = (typeof META_KEYS)[number];
