// The desk page in a real browser (Chromium or Chrome through playwright-core), served by the real
// `aftersale-rules serve` on 127.0.0.1, then opened from file:// with the server stopped. Every
// verdict the page shows is checked against the library's own verdict or the fixture's `expect`.
// Screenshots of each state go to test-output/desk/ (docs/desk.png: desk-agent.browser.test.ts).
// `npm run test:browser` runs it (not `npm test`). The browser: CHROMIUM_PATH, CHROME_PATH or a usual
// path (./find-browser.ts); on Debian, scripts/ensure-browser.sh installs Chromium and the CJK fonts.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { judge, type CaseInput } from '../../src/index.js';
import { term } from '../../src/cli/i18n.js';
import { deepDuplicates, flatDuplicates } from '../hostile-inputs.js';
import { downloadedPath, findBrowser } from './find-browser.js';

const root = join(import.meta.dirname, '..', '..');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const OUT = join(root, 'test-output', 'desk');
const DESK_INDEX = join(root, 'dist', 'desk', 'index.html');
const TIMEOUT = 60_000;

const read = (...path: string[]) => readFileSync(join(root, ...path), 'utf8');
const lateShipmentText = read('examples', 'late-shipment.json');
const oos = JSON.parse(read('fixtures', 'late-shipment', 'sparse-out-of-stock-buyer-undecided.json')) as {
  case: Record<string, unknown>;
  expect: {
    outcome: { liability: 'seller'; remedy: 'negotiate'; penalties: { points: number; compensationToBuyer: number }[] };
    status: { liability: 'firm'; remedy: 'provisional' };
    openQuestions: { fact: string; couldChange?: { decision: string; to: string }[] }[];
  };
};

/** `node dist/cli.js serve --port 0`, and the URL its listening line gives. */
async function startServer(): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [join(root, 'dist', 'cli.js'), 'serve', '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not say where it listens:\n${stderr}`)), 15_000);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      stderr += chunk;
      const m = /aftersale-rules: listening on (http:\/\/\S+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!.replace(/\/\/(0\.0\.0\.0|\[::\]|localhost)/, '//127.0.0.1'));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${stderr}`));
    });
  });
  return { child, url, stderr: () => stderr };
}

/** Stops the server with SIGTERM and waits for it to exit. */
function stopServer(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

let browser: Browser;
let context: BrowserContext;
let server: Awaited<ReturnType<typeof startServer>> | undefined;
let problems: string[] = [];
let requests: string[] = [];
let shareLink = '';

/** A new page that records console errors, page errors and every request it makes. */
async function openPage(url: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.locator('#verdict').waitFor();
  return page;
}

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: join(OUT, `${name}.png`), fullPage });

const decision = (page: Page, key: string) => page.locator(`[data-decision="${key}"]`);
const valueOf = (page: Page, key: string) => decision(page, key).locator('.decision-value').innerText();
const badgeOf = (page: Page, key: string) => decision(page, key).locator('.badge').innerText();

/** The case the page's URL carries. */
async function caseInUrl(page: Page): Promise<unknown> {
  const hash = new URL(page.url()).hash;
  const m = /case=([A-Za-z0-9_-]+)/.exec(hash);
  return m ? JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8')) : undefined;
}

/** Sets a form field as a person does: select, type and leave the field (change fires on leaving). */
async function setField(page: Page, fact: string, value: string): Promise<void> {
  const control = page.locator(`#f-${fact.replace(/\./g, '-')}`);
  if ((await control.evaluate((el) => el.tagName)) === 'SELECT') await control.selectOption(value);
  else {
    await control.fill(value);
    await control.press('Tab');
  }
}

describe('the desk page', () => {
  beforeAll(async () => {
    const executablePath = findBrowser(process.env, downloadedPath(chromium));
    if (!existsSync(DESK_INDEX)) throw new Error('dist/desk/ was not built (test/cli/global-setup.ts builds it)');
    mkdirSync(OUT, { recursive: true });
    server = await startServer();
    browser = await chromium.launch({ executablePath, args: ARGS });
    context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Europe/Berlin' });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    if (server) await stopServer(server.child);
  });

  afterEach(() => {
    // Nothing logged as an error or warning, nothing thrown, in any state of the page.
    const seen = problems;
    problems = [];
    expect(seen).toEqual([]);
  });

  it(
    'judges a pasted case: the liability, remedy, penalty and dispute rate, with their status',
    async () => {
      const page = await openPage(`${server!.url}/`);
      expect(await page.title()).toContain('售后判定台');
      await shot(page, '01-served-empty');
      await page.locator('.paste:not(.record) > summary').click();
      await page.getByLabel('案件 JSON', { exact: true }).fill(lateShipmentText);
      await page.getByRole('button', { name: '判定 JSON', exact: true }).click();

      // README's example: the seller is liable, refund only, 3 points and 5 % of 199 yuan = 9.95.
      await expect.poll(() => valueOf(page, 'liability')).toBe('卖家');
      expect(await badgeOf(page, 'liability')).toBe('确定');
      expect(await valueOf(page, 'remedy')).toBe('仅退款');
      expect(await badgeOf(page, 'remedy')).toBe('确定');
      expect(await valueOf(page, 'countsTowardDisputeRate')).toBe('是');
      const penalty = decision(page, 'liability').locator('[data-penalty="late_shipment"]');
      expect(await penalty.innerText()).toBe('延迟发货:扣 3 分,赔付买家 9.95 元 SHIP-LATE-72H');
      const v = await judge(JSON.parse(lateShipmentText));
      expect(v.outcome.penalties).toEqual([
        { kind: 'late_shipment', points: 3, compensationToBuyer: 9.95, ruleId: 'SHIP-LATE-72H' },
      ]);

      // Findings with their sources; the trace: one collapsed <details> per rule evaluated.
      const finding = page.locator('.findings [data-rule="SHIP-LATE-72H"]');
      expect(await finding.locator('.source').innerText()).toBe('出处:000_aaa0857776ee9994.txt 第 192-194 行');
      expect(await page.locator('details.trace-rule').count()).toBe(v.trace.length);
      expect(await page.locator('details.trace-rule[open]').count()).toBe(0);
      const rule = page.locator('details.trace-rule[data-rule="SHIP-LATE-72H"]');
      await rule.locator('summary').click();
      // Each condition names its fact by its label, never by path.
      const leaf = rule.locator('tr.cond-leaf').filter({ has: page.locator('td[data-fact="hoursToShip"]') });
      expect(await leaf.locator('td').allInnerTexts()).toEqual(['付款到发货(小时)', 'greaterThan', '72', '80.5', '真']);

      // The URL carries the case; the page asked nothing of the server but its own three files.
      expect(await caseInUrl(page)).toEqual(JSON.parse(lateShipmentText));
      shareLink = new URL(page.url()).hash;
      expect(new Set(requests.map((u) => new URL(u).pathname))).toEqual(new Set(['/', '/desk.js', '/desk.css']));

      // Copy buttons put the case and the verdict on the clipboard as JSON.
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server!.url });
      await page.getByRole('button', { name: '复制判定 JSON', exact: true }).click();
      await expect.poll(() => page.locator('.status').innerText()).toBe('已复制到剪贴板');
      expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(
        JSON.parse(JSON.stringify(v)),
      );
      await page.getByRole('button', { name: '复制案件 JSON', exact: true }).click();
      expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(
        JSON.parse(lateShipmentText),
      );
      await shot(page, '02-pasted-late-shipment');
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'builds a sparse case through the form, then answering the top open question changes the decision',
    async () => {
      const page = await openPage(`${server!.url}/`);
      // An empty page waits for the complaint: no list of issues before platform and claim type.
      await setField(page, 'caseId', 'SHIP-SP-OOS');
      expect(await page.locator('#verdict').getAttribute('data-state')).toBe('none');
      await setField(page, 'platform', 'taobao');
      await setField(page, 'claim.type', 'out_of_stock');
      // Then the required facts not given yet are issues, named by their labels, not their paths.
      await expect.poll(() => page.locator('#verdict').getAttribute('data-state')).toBe('issues');
      const paid = page.locator('.issues li[data-path="order.paidAt"]');
      expect(await paid.locator('.issue-path').innerText()).toBe('付款时间');
      expect(await paid.locator('.issue-message').innerText()).toBe('必填,尚未填写');

      await setField(page, 'asOf', '2015-04-16T10:00');
      await setField(page, 'order.paidAt', '2015-04-15T10:00');
      await setField(page, 'order.amount', '199');
      await setField(page, 'order.sellerDeclaredOutOfStock', 'true');
      await setField(page, 'claim.openedAt', '2015-04-16T10:00');

      // The form wrote the fixture's case exactly: times in the platform's zone, with the offset.
      await expect.poll(() => caseInUrl(page)).toEqual(oos.case);
      expect(JSON.parse(await page.locator('#case-json').inputValue())).toEqual(oos.case);
      const want = oos.expect;
      await expect.poll(() => valueOf(page, 'liability')).toBe(term.liability('zh', want.outcome.liability));
      expect(await badgeOf(page, 'liability')).toBe(term.status('zh', want.status.liability));
      const before = `${await valueOf(page, 'remedy')} ${await badgeOf(page, 'remedy')}`;
      expect(before).toBe(`${term.remedy('zh', want.outcome.remedy)} ${term.status('zh', want.status.remedy)}`);
      expect(before).toBe('协商 暂定');
      expect(await decision(page, 'liability').locator('.penalty-text').innerText()).toBe(
        `延迟发货:扣 ${want.outcome.penalties[0]!.points} 分,赔付买家 ${want.outcome.penalties[0]!.compensationToBuyer} 元`,
      );
      await shot(page, '03-form-filled', true);

      // The interview asks the top open question: the buyer asks for a refund only.
      const top = page.locator('#next-question');
      expect(await top.getAttribute('data-fact')).toBe(want.openQuestions[0]!.fact);
      const to = want.openQuestions[0]!.couldChange![0]!;
      expect(to).toEqual({ decision: 'remedy', to: 'refund_only', ruleId: 'SHIP-OUT-OF-STOCK.refund' });
      const answer = top.getByLabel('买家要求的是什么处理(仅退款、退货退款、换货、补发、部分退款)?', { exact: true });
      await answer.selectOption(to.to);

      const answered = { ...oos.case, claim: { ...(oos.case.claim as object), requestedRemedy: to.to } } as CaseInput;
      const v = await judge(answered);
      await expect.poll(() => valueOf(page, 'remedy')).toBe(term.remedy('zh', v.outcome.remedy));
      const after = `${await valueOf(page, 'remedy')} ${await badgeOf(page, 'remedy')}`;
      expect(after).toBe(`${term.remedy('zh', v.outcome.remedy)} ${term.status('zh', v.status.remedy)}`);
      expect(after).toBe('仅退款 确定');
      expect(after).not.toBe(before);
      // The case, the form and the URL all have the answer; the question is gone.
      expect(await caseInUrl(page)).toEqual(answered);
      expect(await page.locator('#f-claim-requestedRemedy').inputValue()).toBe('refund_only');
      expect(await page.locator('.question[data-fact="claim.requestedRemedy"]').count()).toBe(0);
      expect(await page.locator('.status').innerText()).toContain('处理方式 仅退款(确定)');
      await shot(page, '04-question-answered');
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'switches to English, and remembers it in the URL and across visits',
    async () => {
      const page = await openPage(`${server!.url}/${shareLink}`);
      await expect.poll(() => valueOf(page, 'liability')).toBe('卖家');
      await page.getByRole('button', { name: 'English', exact: true }).click();
      expect(await page.locator('h1').innerText()).toBe('After-sale desk');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await decision(page, 'liability').locator('.decision-name').innerText()).toBe('Liability');
      expect(await valueOf(page, 'liability')).toBe('seller');
      expect(await badgeOf(page, 'liability')).toBe('firm');
      expect(await decision(page, 'liability').locator('.penalty-text').innerText()).toBe(
        'late shipment: 3 points, 9.95 yuan to the buyer',
      );
      expect(await page.locator('label[for="f-order-paidAt"]').innerText()).toBe('Paid at · required');
      expect(await page.locator('#f-order-paidAt').inputValue()).toBe('2015-04-15T10:00');
      expect(await page.locator('label[for="f-claim-escalated"]').innerText()).toBe('Buyer escalated to the platform');
      await page.locator('details.questions > summary').click();
      expect(await page.locator('.questions .question-text').first().innerText()).toMatch(/\?$/);
      expect(new URL(page.url()).hash).toMatch(/&lang=en$/);
      await shot(page, '05-english');

      // A new visit without the language in the link: the choice was stored.
      const again = await openPage(`${server!.url}/`);
      expect(await again.locator('h1').innerText()).toBe('After-sale desk');
      await again.getByRole('button', { name: '中文', exact: true }).click();
      expect(await again.locator('h1').innerText()).toBe('售后判定台');
      await again.close();
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'shows bad JSON and an invalid case as issues with their paths, never a crash',
    async () => {
      const page = await openPage(`${server!.url}/`);
      await page.locator('.paste:not(.record) > summary').click();
      const box = page.getByLabel('案件 JSON', { exact: true });
      await box.fill('{"caseId": "X",');
      await page.getByRole('button', { name: '判定 JSON', exact: true }).click();
      await expect.poll(() => page.locator('#verdict').getAttribute('data-state')).toBe('badJson');
      expect(await page.locator('#verdict .issues').innerText()).toContain('JSON 无法解析');

      const invalid = JSON.parse(lateShipmentText) as { order: Record<string, unknown> };
      invalid.order.paidAt = '2015-04-15T10:00:00';
      invalid.order.amount = 12.345;
      invalid.order.paidat = 'typo';
      await box.fill(JSON.stringify(invalid, null, 2));
      await page.getByRole('button', { name: '判定 JSON', exact: true }).click();
      await expect.poll(() => page.locator('#verdict').getAttribute('data-state')).toBe('issues');
      const paths = await page
        .locator('.issues li')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-path')));
      expect(paths).toEqual(expect.arrayContaining(['order.paidAt', 'order.amount', 'order.paidat']));
      // In Chinese, what the issue code means leads the library's English message.
      expect(await page.locator('.issues li[data-path="order.amount"] .issue-message').innerText()).toBe(
        '不符合要求:An amount of money has at most 2 decimals (whole fen)',
      );
      expect(await page.locator('.issues li[data-path="order.paidAt"] .issue-message').innerText()).toMatch(
        /^格式不对:The offset is missing/,
      );
      // The field at the path says so too, and "go to the field" takes the keyboard there.
      expect(await page.locator('#f-order-amount').getAttribute('aria-invalid')).toBe('true');
      await page.locator('.issues li[data-path="order.paidAt"]').getByRole('button').click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-order-paidAt');

      // Duplicate keys are issues too (as in `aftersale-rules judge`).
      await box.fill('{"caseId": "A", "caseId": "B"}');
      await page.getByRole('button', { name: '判定 JSON', exact: true }).click();
      await expect.poll(() => page.locator('.issues li[data-path="caseId"]').count()).toBe(1);
      await shot(page, '06-invalid');
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'fits a 360 px screen without horizontal scrolling, every part opened',
    async () => {
      const page = await openPage(`${server!.url}/${shareLink}`, { width: 360, height: 740 });
      await expect.poll(() => valueOf(page, 'liability')).toBe('卖家');
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const [scroll, client] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(scroll).toBeLessThanOrEqual(client);
      const wider = await page.evaluate(() =>
        Array.from(document.querySelectorAll('body *'))
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map((el) => `${el.tagName}.${el.className}`),
      );
      expect(wider).toEqual([]);
      await shot(page, '07-narrow-360', true);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'gives every input, select and textarea an accessible name, and is usable by keyboard',
    async () => {
      const page = await openPage(`${server!.url}/${shareLink}`);
      await expect.poll(() => valueOf(page, 'liability')).toBe('卖家');
      // Chromium's own accessibility tree: the name each control is announced with (every group
      // opened: a closed <details> keeps its controls out of the tree).
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const cdp = await context.newCDPSession(page);
      const { root: doc } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
      const { nodeIds } = (await cdp.send('DOM.querySelectorAll', {
        nodeId: doc.nodeId,
        selector: 'input, select, textarea',
      })) as { nodeIds: number[] };
      expect(nodeIds.length).toBeGreaterThan(100);
      const unnamed: string[] = [];
      for (const nodeId of nodeIds) {
        const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as {
          nodes: { name?: { value?: string } }[];
        };
        if (!nodes[0]?.name?.value?.trim()) {
          const { node } = (await cdp.send('DOM.describeNode', { nodeId })) as { node: { attributes?: string[] } };
          unnamed.push(JSON.stringify(node.attributes));
        }
      }
      expect(unnamed).toEqual([]);

      // Keyboard: the first Tab reaches "skip to the case form", which takes focus past the trace.
      await page.reload();
      await expect.poll(() => valueOf(page, 'liability')).toBe('卖家');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到案件表单');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('form-heading');
      // The complaint comes first: platform, then claim type.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-platform');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-claim-type');

      // The example picker, then the answer to a question, without a mouse.
      await page.locator('#example').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('load-example');
      await page.locator('details.questions > summary').click();
      const firstAnswer = page.locator('.question select, .question input').first();
      await firstAnswer.focus();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/INPUT|SELECT/);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'shows a hostile link or paste as a short list of issues, without freezing the page',
    async () => {
      // 43 KB of link: duplicate keys inside 8,000 levels of arrays (once a freeze of minutes).
      const deep = deepDuplicates(32 * 1024);
      const link = `#case=${Buffer.from(deep).toString('base64url')}`;
      expect(link.length).toBeGreaterThan(43 * 1000);
      const page = await openPage(`${server!.url}/${link}`);
      await expect.poll(() => page.locator('#verdict').getAttribute('data-state')).toBe('issues');
      expect(
        await page.locator('.issues li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-path'))),
      ).toEqual(['[0][0][0][0]']);
      // 600 KB of one repeated key pasted: the first 100 issues and a count of the rest.
      const box = page.getByLabel('案件 JSON', { exact: true });
      await page.locator('.paste:not(.record) > summary').click();
      await box.fill(flatDuplicates(600 * 1024));
      await page.getByRole('button', { name: '判定 JSON', exact: true }).click();
      await expect.poll(() => page.locator('.issues li').count()).toBe(101);
      expect(await page.locator('.issues li').last().innerText()).toMatch(/more issues/);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'judges from file:// with the server stopped, a shared link included',
    async () => {
      expect(await stopServer(server!.child)).toBe(0);
      requests = [];
      const file = pathToFileURL(DESK_INDEX).href;
      const page = await openPage(file);
      await page.locator('#example').selectOption('stalled');
      await page.getByRole('button', { name: '载入示例', exact: true }).click();
      const stalled = JSON.parse(read('fixtures', 'not-received-lost', 'sparse-stalled-49h.json')) as {
        expect: { outcome: { liability: 'undetermined'; remedy: 'negotiate' }; status: Record<string, 'firm'> };
      };
      await expect
        .poll(() => decision(page, 'liability').locator('.decision-value').getAttribute('data-value'))
        .toBe(stalled.expect.outcome.liability);
      expect(await valueOf(page, 'liability')).toBe('还不能判定');
      expect(await badgeOf(page, 'liability')).toBe('待定');
      expect(await valueOf(page, 'remedy')).toBe(term.remedy('zh', stalled.expect.outcome.remedy));
      expect(await badgeOf(page, 'remedy')).toBe(term.status('zh', 'firm'));
      await shot(page, '08-file-offline');

      // The link from the served page judges the same case here.
      const shared = await openPage(`${file}${shareLink}`);
      await expect.poll(() => valueOf(shared, 'liability')).toBe('卖家');
      expect(await shared.locator('[data-penalty="late_shipment"] .penalty-text').innerText()).toBe(
        '延迟发货:扣 3 分,赔付买家 9.95 元',
      );
      expect(requests.every((u) => u.startsWith('file://'))).toBe(true);

      await shared.close();
      await page.close();
    },
    TIMEOUT,
  );
});
