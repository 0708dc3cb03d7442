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
const FROM_RELATIVE = /(?:import|export)\s*\{([^}]*)\}\s*from\s*["'](\.[^"']+)["']/g;
const FROM_PACKAGE = /import\s*(?:\w+\s*,\s*)?\{([^}]*)\}\s*from\s*["']([^"'.][^"']*)["']/g;
const WHOLE_PACKAGE = /import\s*\*\s*as\s+\w+\s*from\s*["']([^"'.][^"']*)["']/g;
/** A package's index re-exports its modules one per line: Mantine's has some 400 of them. */
const BARREL_MIN_MODULES = 50;

/** `A as B` → A (or B, `renamed`); `type A` → A. */
function specifierNames(list: string, renamed: boolean): string[] {
  return list
    .split(',')
    .map((part) => {
      const [name, alias] = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/);
      return (renamed ? (alias ?? name) : name) ?? '';
    })
    .filter((name) => name !== '');
}

/**
 * What one build's chunking has read of its modules. The bundler asks for the chunk of each of
 * some 1,300 modules, and each question walks up their importers: read once, not at every walk
 * (it made the build take two minutes).
 */
class ModuleReading {
  private readonly barrels = new Map<string, Map<string, string[]> | null>();
  private readonly packageImports = new Map<string, Map<string, Set<string> | 'all'> | null>();
  private readonly importers = new Map<string, string[]>();

  constructor(private readonly context: ChunkingContext) {}

  /**
   * For a package's index (Mantine's, Tabler's icons): the names it exports from each of its
   * modules, by the module's id; null for any other module.
   */
  private barrelExports(id: string): Map<string, string[]> | null {
    if (this.barrels.has(id)) return this.barrels.get(id)!;
    const code = PACKAGE_PATH.test(id) ? this.context.getModuleInfo(id)?.code : null;
    const exports = new Map<string, string[]>();
    for (const [, list, path] of code?.matchAll(FROM_RELATIVE) ?? []) {
      // `import { A as B }` names B in the index; `export { default as B }` exports B.
      const module = resolve(dirname(id), path!);
      exports.set(module, [...(exports.get(module) ?? []), ...specifierNames(list!, true)]);
    }
    const barrel = exports.size >= BARREL_MIN_MODULES ? exports : null;
    this.barrels.set(id, barrel);
    return barrel;
  }

  /** The names `id` imports from each package it imports by name; null when its code is unknown. */
  private importsOfPackages(id: string): Map<string, Set<string> | 'all'> | null {
    if (this.packageImports.has(id)) return this.packageImports.get(id)!;
    const code = this.context.getModuleInfo(id)?.code;
    let imports: Map<string, Set<string> | 'all'> | null = null;
    if (code) {
      imports = new Map();
      for (const [, list, name] of code.matchAll(FROM_PACKAGE)) {
        const names = imports.get(name!);
        if (names === 'all') continue;
        imports.set(name!, new Set([...(names ?? []), ...specifierNames(list!, false)]));
      }
      for (const [, name] of code.matchAll(WHOLE_PACKAGE)) imports.set(name!, 'all');
    }
    this.packageImports.set(id, imports);
    return imports;
  }

  /** Whether `id` imports one of `names` from the package `name` (or all of it); true if unknown. */
  private importsAnyOf(id: string, name: string, names: readonly string[]): boolean {
    const imports = this.importsOfPackages(id);
    if (imports === null) return true;
    const imported = imports.get(name);
    return imported === 'all' || names.some((wanted) => imported?.has(wanted));
  }

  /**
   * The modules that import `id` statically. Through a package's index, only those that import one
   * of the names it exports from `id`: every screen imports Mantine's index, and without this each
   * Mantine component two screens use went to the programme's shared chunk (a multi-select, a
   * password field …), parsed and run at every start on the programme.
   */
  importersOf(id: string): string[] {
    const known = this.importers.get(id);
    if (known) return known;
    const importers: string[] = [];
    for (const importer of this.context.getModuleInfo(id)?.importers ?? []) {
      const names = this.barrelExports(importer)?.get(id);
      if (!names) {
        importers.push(importer);
        continue;
      }
      const name = PACKAGE_PATH.exec(importer)![1]!.replace(/\\/g, '/');
      for (const user of this.context.getModuleInfo(importer)?.importers ?? [])
        if (this.importsAnyOf(user, name, names)) importers.push(user);
    }
    this.importers.set(id, importers);
    return importers;
  }
}

/** One reading per build: the bundler hands every question of a build the same context. */
const readings = new WeakMap<ChunkingContext, ModuleReading>();

function readingOf(context: ChunkingContext): ModuleReading {
  let reading = readings.get(context);
  if (!reading) {
    reading = new ModuleReading(context);
    readings.set(context, reading);
  }
  return reading;
}

const SCREEN_MODULE =
  /[\\/]renderer[\\/](?:features[\\/][^\\/]+[\\/]\w+Screen|app[\\/]protection[\\/](?:LockScreen|FirstRunChoice))\.tsx$/;

/**
 * The screens a start-up lands on: the programme (the day's plan), the protection's own screens
 * (a protected database's lock screen, a new database's first-run choice) and `/` (the overview).
 */
const PROGRAMME_SCREEN = /[\\/]renderer[\\/]features[\\/]programme[\\/]ProgrammeScreen\.tsx$/;
const PROTECTION_SCREEN = /[\\/]renderer[\\/]app[\\/]protection[\\/](?:LockScreen|FirstRunChoice)\.tsx$/;
const OVERVIEW_SCREEN = /[\\/]renderer[\\/]features[\\/]overview[\\/]OverviewScreen\.tsx$/;

/**
 * The screens (renderer/features/x/YScreen.tsx, the lock screen and the first-run choice, each its
 * own lazy chunk) that import `id`, directly or not.
 */
function screensImporting(id: string, context: ChunkingContext): string[] {
  const seen = new Set([id]);
  const queue = [id];
  const screens: string[] = [];
  const reading = readingOf(context);
  while (queue.length > 0) {
    const current = queue.pop()!;
    if (SCREEN_MODULE.test(current)) screens.push(current);
    for (const importer of reading.importersOf(current))
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
 * the programme needs goes to `screens`, else one the lock screen or the first-run choice needs (the
 * first screen of a protected start, of the very first start: each loaded some 300–470 KB of the
 * others' shared code for a password field) to `screens-protection`, else one the overview needs to
 * `screens-overview`, else to `screens-more`; so
 * `screens` imports none of the others, and each of the others none after it.
 */
export function sharedChunk(id: string, context: ChunkingContext): string | null {
  const screens = screensImporting(id, context);
  if (screens.length < 2) return null;
  if (screens.some((screen) => PROGRAMME_SCREEN.test(screen))) return 'screens';
  if (screens.some((screen) => PROTECTION_SCREEN.test(screen))) return 'screens-protection';
  if (screens.some((screen) => OVERVIEW_SCREEN.test(screen))) return 'screens-overview';
  return 'screens-more';
}
