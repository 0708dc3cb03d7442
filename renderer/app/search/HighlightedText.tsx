import { Mark } from '@mantine/core';
import type { TextSegment } from '../../domain/search';

/** A text with the parts the query matched marked (<mark>, which screen readers can announce). */
export function HighlightedText({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          <Mark key={index} color="yellow">
            {segment.text}
          </Mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
