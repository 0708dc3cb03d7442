import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Opens the record a link points at, e.g. /findings?finding=<id> from global search:
 * once the screen's records are loaded and hold that id, `open` is called once and the
 * parameter is dropped from the URL, so closing what opened stays closed.
 */
export function useDeepLink<T extends { id: string }>(
  param: string,
  records: readonly T[] | undefined,
  open: (record: T) => void,
): void {
  const [searchParams, setSearchParams] = useSearchParams();
  const linkedId = searchParams.get(param);
  useEffect(() => {
    if (!linkedId || records === undefined) return;
    const record = records.find((candidate) => candidate.id === linkedId);
    if (record) open(record);
    setSearchParams(
      (params) => {
        params.delete(param);
        return params;
      },
      { replace: true },
    );
    // `open` is a fresh closure on every render; the link must be followed once per id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [linkedId, records, param, setSearchParams]);
}
