import { dirname, resolve } from 'node:path';

/**
 * How the renderer's code is split into chunks beyond the start-up script (vite.config.ts): the
 * code two or more screens share goes to one of three chunks, by the landing screens that need it.
 */

/** What the chunking below asks of a module: which modules import it statically, and its code. */
export interface ChunkingContext {
  getModuleInfo(id: string): { importers: readonly string[]; code: string | null } | null;
}

const PACKAGE_PATH = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/;
const FROM_RELATIVE = /(import|export)\s*\{([^}]*)\}\s*from\s*["'](\.[^"']+)["']/g;
/** A package's index re-exports its modules one per line: Mantine's has some 400 of them. */
const BARREL_MIN_MODULES = 50;
const barrels = new Map<string, Map<string, string[]> | null>();

/**
 * For a package's index (Mantine's, Tabler's icons): the names it exports from each of its
 * modules, by the module's id; null for any other module.
 */
function barrelExports(id: string, context: ChunkingContext): Map<string, string[]> | null {
  if (barrels.has(id)) return barrels.get(id)!;
  const code = PACKAGE_PATH.test(id) ? context.getModuleInfo(id)?.code : null;
  const exports = new Map<string, string[]>();
  for (const [, , list, path] of code?.matchAll(FROM_RELATIVE) ?? []) {
    // `import { A as B }` names B in the index; `export { default as B }` exports B.
    const names = list!.split(',').map((part) =>
      part
        .trim()
        .split(/\s+as\s+/)
        .pop()!,
    );
    const module = resolve(dirname(id), path!);
    exports.set(module, [...(exports.get(module) ?? []), ...names.filter((name) => name !== '')]);
  }
  const barrel = exports.size >= BARREL_MIN_MODULES ? exports : null;
  barrels.set(id, barrel);
  return barrel;
}

/** Whether `id`'s code imports one of `names` from the package `name` (or all of it); true if unknown. */
function importsAnyOf(id: string, name: string, names: readonly string[], context: ChunkingContext): boolean {
  const code = context.getModuleInfo(id)?.code;
  if (!code) return true;
  const quoted = name.replace(/[/@.-]/g, (character) => `\\${character}`);
  if (new RegExp(`import\\s*\\*\\s*as\\s+\\w+\\s*from\\s*["']${quoted}["']`).test(code)) return true;
  const named = new RegExp(`import\\s*(?:\\w+\\s*,\\s*)?\\{([^}]*)\\}\\s*from\\s*["']${quoted}["']`, 'g');
  for (const [, list] of code.matchAll(named))
    for (const part of list!.split(','))
      if (
        names.includes(
          part
            .trim()
            .split(/\s+as\s+/)[0]!
            .replace(/^type\s+/, ''),
        )
      )
        return true;
  return false;
}

/**
 * The modules that import `id` statically. Through a package's index, only those that import one
 * of the names it exports from `id`: every screen imports Mantine's index, and without this each
 * Mantine component two screens use went to the programme's shared chunk (a multi-select, a
 * password field …), parsed and run at every start on the programme.
 */
function importersOf(id: string, context: ChunkingContext): string[] {
  const importers: string[] = [];
  for (const importer of context.getModuleInfo(id)?.importers ?? []) {
    const names = barrelExports(importer, context)?.get(id);
    if (!names) {
      importers.push(importer);
      continue;
    }
    const name = PACKAGE_PATH.exec(importer)![1]!.replace(/\\/g, '/');
    for (const user of context.getModuleInfo(importer)?.importers ?? [])
      if (importsAnyOf(user, name, names, context)) importers.push(user);
  }
  return importers;
}

const SCREEN_MODULE = /[\\/]renderer[\\/]features[\\/][^\\/]+[\\/]\w+Screen\.tsx$/;

/** The screens a tour's start-up lands on: the programme (the day's plan) and `/` (the overview). */
const PROGRAMME_SCREEN = /[\\/]renderer[\\/]features[\\/]programme[\\/]ProgrammeScreen\.tsx$/;
const OVERVIEW_SCREEN = /[\\/]renderer[\\/]features[\\/]overview[\\/]OverviewScreen\.tsx$/;

/** The screens (renderer/features/x/YScreen.tsx, each its own lazy chunk) that import `id`, directly or not. */
function screensImporting(id: string, context: ChunkingContext): string[] {
  const seen = new Set([id]);
  const queue = [id];
  const screens: string[] = [];
  while (queue.length > 0) {
    const current = queue.pop()!;
    if (SCREEN_MODULE.test(current)) screens.push(current);
    for (const importer of importersOf(current, context))
      if (!seen.has(importer)) {
        seen.add(importer);
        queue.push(importer);
      }
  }
  return screens;
}

/**
 * The shared chunk a module goes to when two or more screens import it: a landing screen loads only
 * the shared code it needs itself, not the forms' and imports' code it opens on demand. A module
 * the programme needs goes to `screens`, else one the overview needs to `screens-overview`, else to
 * `screens-more`; so `screens` imports neither of the others, and `screens-overview` not the last.
 */
export function sharedChunk(id: string, context: ChunkingContext): string | null {
  const screens = screensImporting(id, context);
  if (screens.length < 2) return null;
  if (screens.some((screen) => PROGRAMME_SCREEN.test(screen))) return 'screens';
  if (screens.some((screen) => OVERVIEW_SCREEN.test(screen))) return 'screens-overview';
  return 'screens-more';
}
