import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The project's own eslint.config.mjs, as `npm run lint` runs it, applied to imagined files: the
// files need not exist, the path decides which layer they are judged as.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function layerProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'layers/imports' || message.ruleId === 'no-restricted-globals')
    .map((message) => message.message);
}

describe('npm run lint enforces the layering of ARCHITECTURE.md', () => {
  // Loading the config loads typescript-eslint's parser, seconds on a busy machine; once, before the cases.
  beforeAll(() => eslint.calculateConfigForFile(`${root}renderer/domain/ids.ts`), 60_000);

  it('fails a domain file that imports Dexie', async () => {
    const problems = await layerProblems(
      'renderer/domain/findings/sneaky.ts',
      "import Dexie from 'dexie';\nexport const kind = typeof Dexie;\n",
    );
    expect(problems).toEqual([expect.stringContaining("domain may not import 'dexie'")]);
  });

  it('fails a domain file that imports React', async () => {
    const problems = await layerProblems(
      'renderer/domain/sneaky.ts',
      "import { useState } from 'react';\nexport const hook = useState;\n",
    );
    expect(problems).toEqual([expect.stringContaining("domain may not import 'react'")]);
  });

  it('fails a domain file that imports the database or touches the DOM', async () => {
    const problems = await layerProblems(
      'renderer/domain/sneaky.ts',
      "import { db } from '../db/database';\nexport const both = [db, window.location.href];\n",
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('domain may not import db');
  });

  it("fails a feature that imports another feature's files, also lazily", async () => {
    const problems = await layerProblems(
      'renderer/features/materials/Sneaky.tsx',
      "import { FindingCard } from '../findings/FindingCard';\nexport const later = () => import('../contacts/ContactsView');\nexport { FindingCard };\n",
    );
    expect(problems).toEqual([
      expect.stringContaining(
        "features/materials may not import another feature's files ('../findings/FindingCard')",
      ),
      expect.stringContaining(
        "features/materials may not import another feature's files ('../contacts/ContactsView')",
      ),
    ]);
  });

  it('fails db importing a feature, and the shell reached from below', async () => {
    const fromDb = await layerProblems(
      'renderer/db/queries/sneaky.ts',
      "export { FindingCard } from '../../features/findings/FindingCard';\n",
    );
    expect(fromDb).toEqual([expect.stringContaining('db may not import features')]);
    const fromFeature = await layerProblems(
      'renderer/features/contacts/sneaky.ts',
      "import { SCREENS } from '../../app/screens';\nexport const screens = SCREENS;\n",
    );
    expect(fromFeature).toEqual([expect.stringContaining('features may not import app')]);
  });

  it("fails a screen that reads Dexie's tables instead of db's query module", async () => {
    const problems = await layerProblems(
      'renderer/features/contacts/useSneakyRecords.ts',
      "import { db } from '../../db/database';\nexport const read = (tourId: string) => db.contacts.where('tourId').equals(tourId).toArray();\n",
    );
    expect(problems).toEqual([expect.stringContaining('features may not use the Dexie tables')]);
  });

  it('passes the imports the table allows', async () => {
    const problems = await layerProblems(
      'renderer/features/materials/Allowed.tsx',
      [
        "import { useTourRecordsOf } from '../../db/queries/tourRecords';",
        "import { pickText } from '../../domain/localizedText';",
        "import { PlainText } from '../../ui/PlainText';",
        "import { saveFile } from '../../platform';",
        "import { writeVCardFile } from '../../export/vcard';",
        "import { MaterialForm } from './MaterialForm';",
        'export const used = [useTourRecordsOf, pickText, PlainText, saveFile, writeVCardFile, MaterialForm];',
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
  });
});
