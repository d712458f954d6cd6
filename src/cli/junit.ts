/** One test case of a JUnit report. */
export interface JUnitCase {
  readonly suite: string;
  readonly name: string;
  readonly seconds: number;
  readonly failure?: { readonly message: string; readonly details: string };
  readonly error?: { readonly message: string; readonly details: string };
}

// XML 1.0 forbids most control characters even as references; drop them.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text escaped for an XML attribute or element.
 *
 * @example
 * escapeXml('a < b & "c"'); // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(s: string): string {
  return s
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const secs = (n: number) => n.toFixed(3);

/**
 * A JUnit XML report (the Ant / Surefire dialect that GitHub, GitLab and Jenkins read): one
 * `<testsuite>` per suite name, in first-seen order.
 *
 * @example
 * writeFileSync('report.xml', junitXml('aftersale-rules', [{ suite: 'ship', name: 'late-72h', seconds: 0.01 }]));
 */
export function junitXml(name: string, cases: readonly JUnitCase[]): string {
  const suites = new Map<string, JUnitCase[]>();
  for (const c of cases) suites.set(c.suite, [...(suites.get(c.suite) ?? []), c]);
  const count = (list: readonly JUnitCase[]) => ({
    tests: list.length,
    failures: list.filter((c) => c.failure).length,
    errors: list.filter((c) => c.error).length,
    time: secs(list.reduce((t, c) => t + c.seconds, 0)),
  });
  const all = count(cases);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="${escapeXml(name)}" tests="${all.tests}" failures="${all.failures}" errors="${all.errors}" time="${all.time}">`,
  );
  for (const [suite, list] of suites) {
    const n = count(list);
    out.push(
      `  <testsuite name="${escapeXml(suite)}" tests="${n.tests}" failures="${n.failures}" errors="${n.errors}" skipped="0" time="${n.time}">`,
    );
    for (const c of list) {
      const open = `    <testcase classname="${escapeXml(suite)}" name="${escapeXml(c.name)}" time="${secs(c.seconds)}"`;
      const problem = c.failure
        ? (['failure', c.failure] as const)
        : c.error
          ? (['error', c.error] as const)
          : undefined;
      if (!problem) {
        out.push(`${open}/>`);
        continue;
      }
      const [tag, p] = problem;
      out.push(`${open}>`);
      out.push(
        `      <${tag} message="${escapeXml(p.message)}" type="${tag === 'failure' ? 'mismatch' : 'invalid_fixture'}">${escapeXml(p.details)}</${tag}>`,
      );
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
