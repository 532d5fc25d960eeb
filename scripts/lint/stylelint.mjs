// `npm run lint`'s CSS half: stylelint over every stylesheet, failing on any warning. stylelint 18
// needs Node 22's built-ins; node22-builtins.mjs supplies the few it uses on Node 20.19+.
import './node22-builtins.mjs';
import stylelint from 'stylelint';

const result = await stylelint.lint({ files: ['**/*.css'], formatter: 'string', maxWarnings: 0 });
if (result.report) process.stdout.write(result.report);
const warnings = result.results.reduce((n, r) => n + r.warnings.length, 0);
if (result.errored || warnings > 0 || (result.maxWarningsExceeded?.foundWarnings ?? 0) > 0) process.exit(1);
console.log(`stylelint: ${result.results.length} stylesheets, no problems.`);
