import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { BENCH_DIR } from './largeTourFile';

/** The baseline for start-up: the smallest Vite React page, built the same way as the renderer. */
export async function buildBlankPage(): Promise<string> {
  // A folder of its own (inside the project, so `react` resolves): another benchmark run at the same
  // time must not empty the one being served. The caller removes it (the folder above the result).
  await mkdir(BENCH_DIR, { recursive: true });
  const root = await mkdtemp(join(BENCH_DIR, 'blank-'));
  const outDir = join(root, 'dist');
  await writeFile(
    join(root, 'index.html'),
    '<!doctype html><html><head><meta charset="UTF-8" /><title>Blank</title></head>' +
      '<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>\n',
  );
  await writeFile(
    join(root, 'main.tsx'),
    "import { createRoot } from 'react-dom/client';\n" +
      'createRoot(document.getElementById(\'root\')!).render(<button type="button">Blank page ready</button>);\n',
  );
  await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
