/**
 * The house rules of ARCHITECTURE.md as a lint rule: which renderer folder may import which.
 *
 * Each import (static, `export … from`, or dynamic `import()`) is resolved against the importing
 * file, so "../../db/database" and "../database" are judged by where they land, not by how they are
 * spelled. A package import is judged by its name. The table below is the one place the layering
 * is written down; ARCHITECTURE.md and README's architecture section describe the same table.
 */
import path from 'node:path';

const REACT_PACKAGES = ['react', 'react-dom', 'react-i18next', 'react-router', '@mantine/*', '@tabler/*'];
const DEXIE_PACKAGES = ['dexie', 'dexie-react-hooks'];

/**
 * Layers of `renderer/`. `imports`: the other layers a file of this layer may import (its own layer is
 * always allowed, except that a feature may not reach into another feature). `packages`: packages it
 * must not import. `tables`: true where the Dexie tables (db/database) are out of reach: screens read
 * through db's query module and write through its repositories. `why`: the reason shown in the message.
 */
const DEXIE_TABLES = 'renderer/db/database';
export const LAYERS = {
  domain: {
    imports: [],
    packages: [...REACT_PACKAGES, ...DEXIE_PACKAGES],
    why: 'domain is pure TypeScript: no React, no Dexie, nothing of ours',
  },
  lib: {
    imports: [],
    packages: [...REACT_PACKAGES, ...DEXIE_PACKAGES],
    why: 'lib holds pure helpers (bytes, zip, hashing)',
  },
  i18n: {
    imports: ['domain', 'locales'],
    packages: [...DEXIE_PACKAGES],
    why: 'i18n sets up languages and formatters from domain and the locale files only',
  },
  db: {
    imports: ['domain', 'lib'],
    packages: ['react-dom', 'react-i18next', 'react-router', '@mantine/*', '@tabler/*'],
    why: 'db reads and writes records; it knows nothing of screens, documents or the platform',
  },
  export: {
    imports: ['domain', 'lib', 'locales'],
    packages: [...REACT_PACKAGES, ...DEXIE_PACKAGES],
    why: 'exporters are pure functions from a model to bytes',
  },
  platform: {
    imports: ['domain', 'lib', 'electron-contract'],
    packages: [...REACT_PACKAGES, ...DEXIE_PACKAGES],
    why: 'platform is the one door to the outside, below the screens and beside the database',
  },
  ui: {
    imports: ['domain', 'i18n', 'lib'],
    packages: [...DEXIE_PACKAGES],
    why: 'shared components show what they are given and read no data',
  },
  features: {
    imports: ['db', 'domain', 'export', 'i18n', 'platform', 'ui', 'lib', 'assets'],
    packages: ['dexie'],
    tables: true,
    why: 'a feature uses the layers below it; what two features share moves down (domain, db, ui)',
  },
  app: {
    imports: ['db', 'domain', 'export', 'i18n', 'platform', 'ui', 'lib', 'assets', 'features', 'locales'],
    packages: [],
    tables: true,
    why: 'the shell composes everything',
  },
  cli: {
    imports: ['domain', 'export', 'lib', 'db'],
    packages: [...REACT_PACKAGES, ...DEXIE_PACKAGES],
    why: 'the command line runs in Node, without React or a DOM',
  },
};

/** The layer of a path relative to the project root, with the feature's name for features. */
export function layerOf(relativePath) {
  const parts = relativePath.split(/[\\/]/);
  if (parts[0] === 'locales') return { layer: 'locales' };
  if (parts[0] === 'electron') {
    return { layer: parts[1]?.startsWith('contract') ? 'electron-contract' : 'electron' };
  }
  if (parts[0] !== 'renderer') return { layer: 'outside' };
  // renderer/main.tsx starts the shell; "../platform" names the folder's index.
  if (parts.length === 2 && /\.\w+$/.test(parts[1])) return { layer: 'app' };
  if (parts[1] === 'features') return { layer: 'features', feature: parts[2] };
  return { layer: parts[1] };
}

function matchesPackage(name, pattern) {
  if (pattern.endsWith('/*')) return name.startsWith(pattern.slice(0, -1));
  return name === pattern || name.startsWith(`${pattern}/`);
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Renderer folders import only the layers ARCHITECTURE.md allows' },
    schema: [],
    messages: {
      layer: "{{from}} may not import {{to}} ('{{source}}'): {{why}}.",
      feature: "features/{{from}} may not import another feature's files ('{{source}}'): {{why}}.",
      package: "{{from}} may not import '{{source}}': {{why}}.",
      tables:
        "{{from}} may not use the Dexie tables ('{{source}}'): read through db/queries, write through db's repositories.",
    },
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename);
    const here = layerOf(file);
    const layer = LAYERS[here.layer];
    if (!layer) return {};

    function check(node, source) {
      if (typeof source !== 'string') return;
      if (!source.startsWith('.')) {
        const banned = layer.packages.find((pattern) => matchesPackage(source, pattern));
        if (banned)
          context.report({ node, messageId: 'package', data: { from: here.layer, source, why: layer.why } });
        return;
      }
      const resolved = path.relative(root, path.resolve(path.dirname(context.filename), source));
      if (layer.tables && resolved.replace(/\\/g, '/').replace(/\.ts$/, '') === DEXIE_TABLES) {
        context.report({ node, messageId: 'tables', data: { from: here.layer, source } });
        return;
      }
      const target = layerOf(resolved);
      if (target.layer === here.layer) {
        if (here.layer === 'features' && target.feature !== here.feature) {
          context.report({
            node,
            messageId: 'feature',
            data: { from: here.feature, source, why: layer.why },
          });
        }
        return;
      }
      if (!layer.imports.includes(target.layer)) {
        context.report({
          node,
          messageId: 'layer',
          data: { from: here.layer, to: target.layer, source, why: layer.why },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { imports: rule } };
