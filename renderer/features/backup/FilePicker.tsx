import { BUNDLE_EXTENSION } from '../../db/backup';
import { FileChooser } from '../../ui/FileChooser';

interface FilePickerProps {
  label: string;
  onFile: (file: File) => void;
  disabled?: boolean;
}

/** A backup or exchange file, chosen with the app's own button in the interface language. */
export function FilePicker({ label, onFile, disabled }: FilePickerProps) {
  return (
    <FileChooser
      label={label}
      accept={`.${BUNDLE_EXTENSION},application/zip`}
      onFile={onFile}
      disabled={disabled}
    />
  );
}
