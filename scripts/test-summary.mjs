// Print one closing line from vitest's JSON report: "Tests: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.log(`Tests: 0 passed, 1 failed (no test report at ${file}: ${error.message})`);
  process.exit(1);
}
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
if (report.numFailedTestSuites > 0) console.log(`(${report.numFailedTestSuites} test files failed to run)`);
process.exit(report.numFailedTests > 0 || report.numFailedTestSuites > 0 || report.numTotalTests === 0 ? 1 : 0);
