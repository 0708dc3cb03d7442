import { Paper } from '@mantine/core';
import { useState, type DragEvent, type ReactNode } from 'react';

/**
 * A dashed area that takes files dropped on it (lit while they are dragged over), around the
 * buttons that choose the same files: dropping is a shortcut, never the only way.
 */
export function FileDropZone({ onFiles, children }: { onFiles(files: File[]): void; children: ReactNode }) {
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    onFiles([...event.dataTransfer.files]);
  };
  return (
    <Paper
      withBorder
      p="md"
      style={{ borderStyle: 'dashed', background: dragging ? 'var(--mantine-color-blue-light)' : undefined }}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {children}
    </Paper>
  );
}
