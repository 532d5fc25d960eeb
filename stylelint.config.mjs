/**
 * CSS lint (run by `npm run lint`). stylelint-config-standard, with
 * changes only where a rule disagrees with this codebase's deliberate style; each says why.
 */
const kebab = '[a-z][a-z0-9]*(?:-[a-z0-9]+)*';

/** @type {import('stylelint').Config} */
const config = {
  extends: ['stylelint-config-standard'],
  ignoreFiles: ['.next/**', 'out/**', 'build/**', 'generated/**', 'test-results/**', 'playwright-report/**', 'bench-data/**', 'scratch/**'],
  reportNeedlessDisables: true,
  reportInvalidScopeDisables: true,
  reportDescriptionlessDisables: true,
  rules: {
    // Global classes are BEM in kebab-case: block__element--modifier (site-header__inner, status--answered).
    'selector-class-pattern': [`^${kebab}(?:__${kebab})?(?:--${kebab})?$`, { message: (s) => `Expected class "${s}" to be kebab-case BEM (block__element--modifier)` }],
    // Range syntax (width <= 40rem) needs Safari 16.4 (2023); phones older than that would lose the
    // phone layout entirely, so media queries keep the min-/max- prefixes every browser reads.
    'media-feature-range-notation': 'prefix',
    // The stylesheet is grouped by component (filters, data table, picker…), not by specificity: the
    // pairs this rule flags style different components' elements, or different properties (a base
    // `button` after the shared `button:focus-visible` ring), so the order it asks for would scatter
    // each component. Real conflicts are caught by no-duplicate-selectors and by the layout tests.
    'no-descending-specificity': null,
    // The stylesheet writes short rules on one line each (a table of selectors); that is a choice of
    // layout, not an error (stylelint 16's standard config still flags it; later versions dropped it).
    'declaration-block-single-line-max-declarations': null,
    // Font family names keep their published capitalisation in the font stacks (--font, --mono).
    'value-keyword-case': ['lower', { ignoreProperties: ['/^--(?:font|mono)$/'] }],
  },
  overrides: [
    {
      // CSS Modules: class names are read from TypeScript as styles.questionText, so camelCase, and
      // :global() reaches a global class (a badge) from inside a module.
      files: ['**/*.module.css'],
      rules: {
        // camelCase for the module's own classes; a global BEM class only inside :global() (a picker, a badge).
        'selector-class-pattern': [`^(?:[a-z][a-zA-Z0-9]*|${kebab}(?:__${kebab})?(?:--${kebab})?)$`, { message: (s) => `Expected CSS Modules class "${s}" to be camelCase (read as styles.name)` }],
        // `composes` shares a module's declarations with another class of the same module.
        'property-no-unknown': [true, { ignoreProperties: ['composes'] }],
        'selector-pseudo-class-no-unknown': [true, { ignorePseudoClasses: ['global'] }],
      },
    },
  ],
};

export default config;
