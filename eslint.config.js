// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const frameworkImports = [
  'botbuilder',
  'botbuilder-*',
  'botframework-*',
  'express',
  'mongodb',
  '@microsoft/microsoft-graph-client',
  '@azure/*',
  'adaptivecards',
  'adaptivecards-templating',
  'node:*',
  'fs',
  'http',
  'https',
  'net',
  'child_process',
];

/**
 * The layers of src/ (see STYLE.md), each with what it may not import. An arrow reads "may be imported by":
 * domain <- ports <- app <- cards / bot / http <- adapters <- compose.ts / main.ts; i18n is a leaf for cards and bot.
 */
const TOP_LEVEL = ['compose', 'main', 'config'];
const LAYER_FORBIDS = {
  domain: ['ports', 'app', 'cards', 'bot', 'http', 'i18n', 'adapters', ...TOP_LEVEL],
  ports: ['app', 'cards', 'bot', 'http', 'i18n', 'adapters', ...TOP_LEVEL],
  app: ['cards', 'bot', 'http', 'i18n', 'adapters', ...TOP_LEVEL],
  i18n: ['ports', 'app', 'cards', 'bot', 'http', 'adapters', ...TOP_LEVEL],
  cards: ['bot', 'http', 'adapters', ...TOP_LEVEL],
  bot: ['http', 'adapters', ...TOP_LEVEL],
  http: ['bot', 'cards', 'adapters', ...TOP_LEVEL],
  // adapters get their settings as the typed Config; they never reach into the layers that use them
  adapters: ['app', 'cards', 'bot', 'http', 'i18n', 'compose', 'main'],
};

/** A relative import of a folder or top-level file of src/ from any depth below it, e.g. `../../bot/x.js`. */
const layerPattern = (layer, names) => {
  const folders = names.filter((n) => !TOP_LEVEL.includes(n));
  const files = names.filter((n) => TOP_LEVEL.includes(n));
  const alternatives = [...folders.map((f) => `${f}/`), ...files.map((f) => `${f}\\.js$`)];
  return {
    regex: `^(\\.\\./)+(${alternatives.join('|')})`,
    message: `src/${layer} may not import ${names.join(', ')} (the layers are in eslint.config.js).`,
  };
};

const frameworkPattern = {
  group: frameworkImports,
  message: 'src/domain must stay free of frameworks and I/O.',
};

const layerRules = Object.entries(LAYER_FORBIDS).map(([layer, names]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [layerPattern(layer, names), ...(layer === 'domain' ? [frameworkPattern] : [])] },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.cache/**',
      'test/e2e/artifacts/**',
      'coverage/**',
      'dev/**',
      '**/devTools/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
        AbortController: 'readonly',
        __dirname: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // process.env is read in exactly one place: src/config.ts
    files: ['src/**/*.ts'],
    ignores: ['src/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through src/config.ts only.' },
      ],
    },
  },
  {
    // the domain is pure: no I/O, no frameworks (see layerRules), no clock or randomness of its own
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass `now` in; the domain does not read the clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Pass ids/randomness in.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass `now` in; the domain does not read the clock.',
        },
      ],
    },
  },
  ...layerRules,
  {
    // the dashboard tab runs in the browser: its own files, packages for the browser, and the domain's types only
    files: ['src/tab/**/*.ts', 'src/tab/**/*.tsx'],
    ignores: ['src/tab/vite.config.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(?!domain/)',
              message: 'src/tab may import its own files and, as types, src/domain (eslint.config.js).',
            },
            {
              regex: '^(\\.\\./)+domain/',
              allowTypeImports: true,
              message:
                'src/tab may import src/domain for types only (`import type`): nothing of it is bundled.',
            },
            {
              group: frameworkImports,
              message: 'src/tab runs in the browser: no server frameworks or Node APIs.',
            },
          ],
        },
      ],
    },
  },
  {
    // config.ts turns the environment into plain values; of ours it may use the domain's vocabulary only
    files: ['src/config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\./(?!domain/)', message: 'src/config.ts may import src/domain only.' }] },
      ],
    },
  },
  {
    // a handler parses, calls one use case (src/app/) and renders: it never reaches for the stores itself
    files: ['src/bot/handlers/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='stores'], Property[key.name='stores'] > .value",
          message: 'Call a use case in src/app/ instead of using the stores from a handler.',
        },
      ],
    },
  },
);
