import { useEffect, useState } from 'react';
import { isSealedBlob, plainBlob } from '../../db/protection';

/**
 * An object URL for a Blob, revoked when the Blob changes or the component goes away. A photo of a
 * protected database is opened first (db/protection: its stored bytes are sealed).
 */
export function useObjectUrl(blob: Blob | null | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) {
      setUrl(undefined);
      return;
    }
    if (!isSealedBlob(blob)) {
      const direct = URL.createObjectURL(blob);
      setUrl(direct);
      return () => URL.revokeObjectURL(direct);
    }
    let created: string | undefined;
    let cancelled = false;
    void plainBlob(blob)
      .then((plain) => {
        if (cancelled) return;
        created = URL.createObjectURL(plain);
        setUrl(created);
      })
      // Locked meanwhile: the screen is going away.
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [blob]);
  return url;
}
