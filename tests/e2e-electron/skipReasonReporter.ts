// Playwright's list reporter marks a skipped test with "-" but does not say why. This reporter adds one line
// per test that did not run, with its name and the reason given to test.skip(), so a missing Electron binary
// shows up in the output as "not run" and never looks like a pass.
import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReasonReporter implements Reporter {
  private readonly skipped: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations
      .filter((annotation) => annotation.type === 'skip' || annotation.type === 'fixme')
      .map((annotation) => annotation.description)
      .filter((description): description is string => Boolean(description))
      .join('; ');
    // titlePath(): ['', project, file relative to the config's testDir, ...describes, title].
    const [, project, , ...titles] = test.titlePath();
    const file = path.relative(process.cwd(), test.location.file);
    const name = [project, file, ...titles].filter(Boolean).join(' › ');
    this.skipped.push(`  NOT RUN: ${name} (${reason || 'no reason given'})`);
  }

  onEnd(_result: FullResult): void {
    if (this.skipped.length === 0) return;
    console.log(`\n${this.skipped.length} test(s) not run:\n${this.skipped.join('\n')}\n`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
