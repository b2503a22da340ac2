// A local ESLint rule: features meet only through their index.ts. A file outside a feature's
// folder may import that feature only as the folder itself (its index.ts), never a file inside it,
// so each feature's index is the list of what others may use. Hand-written because the only
// maintained rule for this (eslint-plugin-import's no-restricted-paths) would add a plugin and
// its resolver for one check that is a path comparison.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The feature folders, relative to the repository root. */
export const FEATURE_ROOTS = [
  'electron/accounts',
  'electron/breaches',
  'electron/central',
  'electron/letters',
  'electron/mailroom',
  'electron/requests',
  'electron/sync',
  'renderer/src/features/*',
];

function featureOf(abs) {
  const rel = path.relative(ROOT, abs).split(path.sep).join('/');
  for (const root of FEATURE_ROOTS) {
    if (root.endsWith('/*')) {
      const base = root.slice(0, -1);
      if (rel.startsWith(base)) {
        const name = rel.slice(base.length).split('/')[0];
        if (name) return base + name;
      }
    } else if (rel === root || rel.startsWith(root + '/') || rel.startsWith(root + '.')) {
      if (rel === root || rel.startsWith(root + '/')) return root;
    }
  }
  return null;
}

const INDEX = /^index(\.(ts|tsx|js))?$/;

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Features meet only through their index.ts' },
    messages: {
      deep: "'{{spec}}' reaches inside the feature {{feature}}: import it from the feature's index.ts.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = featureOf(file);
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), spec);
      const feature = featureOf(target);
      if (!feature || feature === own) return;
      const rest = path.relative(path.join(ROOT, feature), target).split(path.sep).join('/');
      if (rest === '' || INDEX.test(rest)) return;
      context.report({ node, messageId: 'deep', data: { spec, feature } });
    };
    return {
      ImportDeclaration: (n) => check(n.source, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n.source, n.source.value),
      ExportAllDeclaration: (n) => check(n.source, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n.source, n.source.value),
    };
  },
};
