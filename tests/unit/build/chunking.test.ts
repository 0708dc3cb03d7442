import { describe, expect, it } from 'vitest';
import { sharedChunk, type ChunkingContext } from '../../../build/scripts/chunking';

/**
 * A small module graph as the bundler reports it: a component library whose index re-exports its
 * components (as Mantine's does), and screens importing components by name from the index.
 */
const LIBRARY = '/app/node_modules/@ui/core/esm';
const INDEX = `${LIBRARY}/index.mjs`;
const component = (name: string) => `${LIBRARY}/components/${name}/${name}.mjs`;
const screen = (feature: string, name: string) => `/app/renderer/features/${feature}/${name}Screen.tsx`;
const PROGRAMME = screen('programme', 'Programme');
const OVERVIEW = screen('overview', 'Overview');
const CONTACTS = screen('contacts', 'Contacts');
const FINDINGS = screen('findings', 'Findings');

// Enough components for an index, as the real one has hundreds.
const FILLER = Array.from({ length: 60 }, (_, i) => `Filler${i}`);
const indexCode = [...FILLER, 'Tabs', 'MultiSelect', 'Popover']
  .map((name) => `import { ${name} } from "./components/${name}/${name}.mjs";`)
  .join('\n');

function graph(screens: Record<string, string>, extra: Record<string, string[]> = {}): ChunkingContext {
  const importers = new Map<string, string[]>();
  const code = new Map<string, string>([[INDEX, indexCode], ...Object.entries(screens)]);
  importers.set(INDEX, Object.keys(screens));
  for (const name of [...FILLER, 'Tabs', 'MultiSelect', 'Popover']) importers.set(component(name), [INDEX]);
  for (const [id, more] of Object.entries(extra)) importers.set(id, [...(importers.get(id) ?? []), ...more]);
  return {
    getModuleInfo: (id) => ({ importers: importers.get(id) ?? [], code: code.get(id) ?? null }),
  };
}

describe('the code two screens share is split by the landing screens that need it', () => {
  const context = graph(
    {
      [PROGRAMME]: 'import { Tabs } from "@ui/core";',
      [OVERVIEW]: 'import { Tabs as T, type X } from "@ui/core";',
      [CONTACTS]: 'import { MultiSelect, Tabs } from "@ui/core";',
      [FINDINGS]: 'import {\n  MultiSelect,\n} from "@ui/core";',
    },
    // The multi-select uses the popover inside the library.
    { [component('Popover')]: [component('MultiSelect')] },
  );

  it('a library component goes with the screens that import it by name, not every screen importing the index', () => {
    expect(sharedChunk(component('Tabs'), context)).toBe('screens');
    expect(sharedChunk(component('MultiSelect'), context)).toBe('screens-more');
    expect(sharedChunk(component('Popover'), context)).toBe('screens-more');
    // One screen's alone: its own chunk.
    expect(sharedChunk(component('Filler1'), context)).toBeNull();
  });

  it('a screen importing the whole library (import * as) counts as importing every component', () => {
    const everything = graph({
      [PROGRAMME]: 'import * as UI from "@ui/core";',
      [CONTACTS]: 'import { MultiSelect } from "@ui/core";',
    });
    expect(sharedChunk(component('MultiSelect'), everything)).toBe('screens');
  });

  it('an importer whose code is unknown counts as importing it: nothing a screen needs is left out', () => {
    const unknown = graph({ [OVERVIEW]: '', [CONTACTS]: 'import { MultiSelect } from "@ui/core";' });
    expect(sharedChunk(component('MultiSelect'), unknown)).toBe('screens-overview');
  });
});

describe('the lock screen and the first-run choice load only the shared code they need', () => {
  const LOCK = '/app/renderer/app/protection/LockScreen.tsx';

  it('what it shares with other screens (not the programme) goes to a chunk of its own, not the overview’s or the rest', () => {
    const context = graph({
      [LOCK]: 'import { MultiSelect } from "@ui/core";',
      [OVERVIEW]: 'import { MultiSelect, Tabs } from "@ui/core";',
      [CONTACTS]: 'import { MultiSelect, Tabs } from "@ui/core";',
    });
    expect(sharedChunk(component('MultiSelect'), context)).toBe('screens-protection');
    expect(sharedChunk(component('Tabs'), context)).toBe('screens-overview');
  });

  it('the first-run choice, the very first start’s screen, shares that chunk', () => {
    const FIRST_RUN = '/app/renderer/app/protection/FirstRunChoice.tsx';
    const context = graph({
      [FIRST_RUN]: 'import { MultiSelect } from "@ui/core";',
      [CONTACTS]: 'import { MultiSelect } from "@ui/core";',
    });
    expect(sharedChunk(component('MultiSelect'), context)).toBe('screens-protection');
  });

  it('what the programme needs as well stays in the programme’s chunk', () => {
    const context = graph({
      [LOCK]: 'import { Tabs } from "@ui/core";',
      [PROGRAMME]: 'import { Tabs } from "@ui/core";',
    });
    expect(sharedChunk(component('Tabs'), context)).toBe('screens');
  });
});
