export {
  keepDraftsAtOnce,
  readDraft,
  readDraftsStartingWith,
  removeDraft,
  writeDraft,
  type DraftChange,
} from './drafts';
export { sameValues } from './sameValues';
export { draftKey, type StoredDraft } from './storedDraft';
export {
  DRAFT_DELAY_MS,
  useDraftedState,
  useFormDraft,
  type DraftStatus,
  type FormDraft,
} from './useFormDraft';
