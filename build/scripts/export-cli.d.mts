/** The command-line exporter's module as `npm run export` runs it (see export-cli.mjs). */
export function loadExportCli(): Promise<typeof import('../../renderer/cli/exportCli') | null>;
