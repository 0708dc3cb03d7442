export { contactDuplicates, nameKey, organisationDuplicates } from './findDuplicates';
export {
  MERGE_KINDS,
  MergeNotPossibleError,
  combineContacts,
  combineOrganisations,
  moveLinks,
  planContactMerge,
  planOrganisationMerge,
  type LinkedRecord,
  type MergeKind,
  type MergePlan,
  type MovedLinks,
  type TourRecords,
} from './mergeDuplicates';
