/// <reference lib="dom" />
// The customer-service desk page: a case in (form, pasted JSON, an example or a link), the
// verdict out, judged in the browser with the shipped pack (`aftersale-rules/browser`). The page
// keeps one case; every input edits it, judges it again and writes it to the URL fragment.
import { zodConfig } from './no-eval.js';
import { factsFor, safeJudge, shippedPack, whatIf, type Issue, type Verdict } from '../browser.js';
import { parseCaseText } from '../schema/case-text.js';
import { getFact, withFact, zoneOf } from './case-edit.js';
import { readFragment, writeFragment } from './case-url.js';
import { copyText } from './copy.js';
import { fill, h } from './dom.js';
import { EXAMPLES } from './examples.js';
import { GROUPS, deskFields, keptSections, type GroupId } from './fields.js';
import { buildForm, fieldForPath, type FormView } from './form.js';
import { decisionName, fieldLabel, groupLabel, issueLead, shownValue, t, term, valueLabel, type Lang } from './i18n.js';
import { renderInterview, renderQuestions, type LastAnswer, type QuestionsOptions } from './questions-view.js';
import { IMPORTERS, type ImportResult } from './record-import.js';
import { ticketText } from './ticket.js';
import { renderTrace } from './trace-view.js';
import { renderFindings, renderOutcome, renderRuleset } from './verdict-view.js';
import { nowWall, wallToIso } from './zoned-time.js';

const TIME_ZONES: Readonly<Record<string, string>> = shippedPack().manifest.timeZones;
const FALLBACK_ZONE = TIME_ZONES.taobao ?? Object.values(TIME_ZONES)[0] ?? 'Asia/Shanghai';
const FIELDS = deskFields();
const FIELD_MAP = new Map(FIELDS.map((f) => [f.fact, f]));
const FACTS: ReadonlySet<string> = new Set(FIELD_MAP.keys());
const KEEP = keptSections(FIELDS);
const LANG_KEY = 'aftersale-rules.desk.lang';

type Result =
  | { readonly kind: 'none' }
  | { readonly kind: 'verdict'; readonly verdict: Verdict }
  | { readonly kind: 'issues'; readonly issues: readonly Issue[] }
  | { readonly kind: 'badJson'; readonly message: string }
  | { readonly kind: 'badLink' };

const state: {
  lang: Lang;
  caseValue: unknown;
  result: Result;
  seq: number;
  /** The interview: facts whose question was skipped, whether it was stopped, the last answer. */
  skipped: Set<string>;
  stopped: boolean;
  last: LastAnswer | undefined;
  /** `platform:claimType` of the form as built: the facts it shows follow the complaint. */
  complaint: string | undefined;
  /** What the last pasted platform record left to check. */
  imported: ImportResult | undefined;
} = {
  lang: 'zh',
  caseValue: undefined,
  result: { kind: 'none' },
  seq: 0,
  skipped: new Set(),
  stopped: false,
  last: undefined,
  complaint: undefined,
  imported: undefined,
};

/** The parts of the page that outlive a render of the result. */
interface Shell {
  form: FormView;
  readonly formSlot: HTMLElement;
  readonly interview: HTMLElement;
  readonly ticket: HTMLElement;
  readonly json: HTMLTextAreaElement;
  readonly verdict: HTMLElement;
  readonly questions: HTMLElement;
  readonly details: HTMLElement;
  readonly trace: HTMLElement;
  readonly status: HTMLElement;
  readonly copyVerdict: HTMLButtonElement;
}
let shell: Shell;

const zone = () => zoneOf(state.caseValue, TIME_ZONES, FALLBACK_ZONE);

/** The complaint as `platform:claimType`, once both are chosen. */
function complaintOf(c: unknown): string | undefined {
  const platform = getFact(c, 'platform');
  const type = getFact(c, 'claim.type');
  return typeof platform === 'string' && typeof type === 'string' ? `${platform}:${type}` : undefined;
}

/** The facts the rules of the case's complaint read; undefined while it is not chosen. */
function relevantFacts(): ReadonlySet<string> | undefined {
  const key = complaintOf(state.caseValue);
  if (key === undefined) return undefined;
  const [platform, type] = key.split(':') as [string, string];
  return new Set(factsFor(platform, type));
}

/**
 * A new case as the desk starts it: a case id and the judgement time, both the browser's now in
 * the platform's zone (the library has no clock; the page may, and the agent can change them).
 */
function freshCase(): Record<string, unknown> {
  const wall = nowWall(zone(), Date.now());
  return {
    caseId: `CS-${wall.replace(/[-:]/g, '').replace('T', '-')}`,
    asOf: wallToIso(wall, zone()),
    order: {},
    claim: {},
  };
}

/** A new complaint: the interview starts over. */
function resetInterview(): void {
  state.skipped = new Set();
  state.stopped = false;
  state.last = undefined;
}
const pretty = (v: unknown) => (v === undefined ? '' : JSON.stringify(v, null, 2));

function storedLang(): Lang | undefined {
  try {
    const v = localStorage.getItem(LANG_KEY);
    return v === 'zh' || v === 'en' ? v : undefined;
  } catch {
    return undefined;
  }
}

function writeUrl(): void {
  const url = `${location.pathname}${location.search}${writeFragment(state.caseValue, state.lang)}`;
  try {
    history.replaceState(null, '', url);
  } catch {
    // A sandboxed frame may refuse; the page works without it.
  }
}

function announce(text: string): void {
  shell.status.textContent = text;
}

interface ChangeOptions {
  /** The change came from the JSON box: leave its text as the person wrote it. */
  readonly fromJson?: boolean;
  /** Say the new decisions in the status line (for an answer, or an example loaded). */
  readonly announce?: boolean;
}

/** The case changed (from anywhere): show it, write it to the URL, judge it. */
async function caseChanged(options: ChangeOptions = {}): Promise<void> {
  const complaint = complaintOf(state.caseValue);
  if (complaint !== state.complaint) {
    state.complaint = complaint;
    resetInterview();
    rebuildForm();
  }
  shell.form.fill(state.caseValue);
  if (!options.fromJson) shell.json.value = pretty(state.caseValue);
  writeUrl();
  await judgeNow(options);
}

/** Marks the page busy while `work` runs (`data-judging` on <body>), for a reader that waits on it. */
let busy = 0;
async function whileBusy<T>(work: () => Promise<T>): Promise<T> {
  busy++;
  document.body.dataset.judging = 'true';
  try {
    return await work();
  } finally {
    if (--busy === 0) delete document.body.dataset.judging;
  }
}

function judgeNow(options: ChangeOptions): Promise<void> {
  return whileBusy(() => judgeCase(options));
}

let renders = 0;

async function judgeCase(options: ChangeOptions): Promise<void> {
  const seq = ++state.seq;
  // Until platform and claim type are chosen, the form's case is not judged (a pasted one is).
  if (state.caseValue === undefined || (complaintOf(state.caseValue) === undefined && !options.fromJson)) {
    state.result = { kind: 'none' };
  } else {
    // safeJudge reports bad input as issues; anything else it throws is shown the same way.
    const r = await safeJudge(state.caseValue).catch((e: unknown) => ({
      ok: false as const,
      issues: [{ code: 'internal_error', path: '', message: e instanceof Error ? e.message : String(e) }],
    }));
    if (seq !== state.seq) return;
    state.result = r.ok ? { kind: 'verdict', verdict: r.verdict } : { kind: 'issues', issues: r.issues };
  }
  renderResult();
  if (options.announce) announce(summary());
}

/** "Judged again: liability seller (firm), remedy refund only (firm)". */
function summary(): string {
  const { lang, result } = state;
  if (result.kind !== 'verdict') return t(lang, result.kind === 'issues' ? 'invalidCase' : 'rejudged');
  const v = result.verdict;
  const sep = lang === 'zh' ? ',' : ', ';
  const part = (key: 'liability' | 'remedy', raw: string) => {
    const value = shownValue(lang, key, raw);
    return lang === 'zh'
      ? `${decisionName(lang, key)} ${value}(${term.status(lang, v.status[key])})`
      : `${decisionName(lang, key)} ${value} (${term.status(lang, v.status[key])})`;
  };
  return `${t(lang, 'rejudged')}${lang === 'zh' ? ':' : ': '}${part('liability', v.outcome.liability)}${sep}${part('remedy', v.outcome.remedy)}`;
}

function edit(fact: string, value: unknown, options: ChangeOptions = {}): Promise<void> {
  state.caseValue = withFact(state.caseValue, fact, value, KEEP);
  return caseChanged(options);
}

/** Builds the form again for the case's complaint, keeping the focused control focused. */
function rebuildForm(): void {
  const focused = document.activeElement?.id;
  shell.form = buildForm({
    lang: state.lang,
    fields: FIELDS,
    relevant: relevantFacts(),
    zone,
    onEdit: (fact, value) => void edit(fact, value),
  });
  fill(shell.formSlot, shell.form.element);
  if (focused) document.getElementById(focused)?.focus();
}

/**
 * Reads a case from JSON text (the paste box or a link) as every door does (`parseJsonText`): bad
 * JSON, duplicate keys and nesting past the case budget are shown, not loaded, and never freeze
 * the page (the check is linear and lists at most 100 issues).
 */
async function loadText(text: string, options: ChangeOptions): Promise<void> {
  const read = parseCaseText(text);
  if (!read.ok) {
    state.seq++;
    state.result =
      'malformed' in read ? { kind: 'badJson', message: read.malformed } : { kind: 'issues', issues: read.issues };
    renderResult();
    return;
  }
  state.caseValue = read.value;
  await caseChanged(options);
}

/** An issue's message: in Chinese, what its code means, then the library's English message. */
function issueMessage(issue: Issue): (string | HTMLElement)[] {
  const lead = issueLead(state.lang, issue.code);
  return lead === undefined ? [issue.message] : [`${lead}:`, h('span', { class: 'muted', lang: 'en' }, issue.message)];
}

/** Where an issue is, in words: the field's label ("付款时间"), or the path as written for a key no field has. */
function issuePlace(path: string): string {
  if (path === '') return t(state.lang, 'wholeCase');
  const fact = fieldForPath(FACTS, path);
  if (fact === path) return fieldLabel(state.lang, fact);
  return (GROUPS as readonly string[]).includes(path) ? groupLabel(state.lang, path as GroupId) : path;
}

/** An issue's message: a required field not given yet says so, in words. */
function issueText(issue: Issue): (string | HTMLElement)[] {
  const field = FIELD_MAP.get(issue.path);
  if (field?.required && getFact(state.caseValue, issue.path) === undefined) return [t(state.lang, 'requiredMissing')];
  return issueMessage(issue);
}

function issueList(issues: readonly Issue[]): HTMLElement {
  const { lang } = state;
  return h(
    'div',
    { class: 'issues', role: 'alert' },
    h('p', { class: 'issues-title' }, t(lang, 'invalidCase')),
    h(
      'ul',
      {},
      issues.map((issue) => {
        const go = h('button', { type: 'button', class: 'small link' }, t(lang, 'goToField'));
        go.addEventListener('click', () => shell.form.focus(issue.path));
        return h(
          'li',
          { 'data-path': issue.path },
          h('span', { class: 'issue-path' }, issuePlace(issue.path)),
          ' ',
          h('span', { class: 'issue-message' }, ...issueText(issue)),
          ' ',
          fieldForPath(FACTS, issue.path) !== undefined ? go : null,
        );
      }),
    ),
  );
}

function renderResult(): void {
  const { lang, result } = state;
  const heading = h('h2', { id: 'verdict-heading', tabindex: -1 }, t(lang, 'verdict'));
  shell.verdict.dataset.state = result.kind;
  shell.interview.dataset.seq = String(++renders);
  shell.copyVerdict.disabled = result.kind !== 'verdict';
  fill(shell.questions);
  fill(shell.interview);
  fill(shell.ticket);
  fill(shell.details);
  fill(shell.trace);
  switch (result.kind) {
    case 'none':
      fill(shell.verdict, heading, h('p', { class: 'placeholder' }, t(lang, 'placeholder')));
      shell.form.markIssues([]);
      break;
    case 'badLink':
      fill(shell.verdict, heading, h('div', { class: 'issues', role: 'alert' }, h('p', {}, t(lang, 'badLink'))));
      break;
    case 'badJson':
      fill(
        shell.verdict,
        heading,
        h(
          'div',
          { class: 'issues', role: 'alert' },
          h('p', { class: 'issues-title' }, t(lang, 'badJson')),
          h('p', {}, h('code', { class: 'issue-message' }, result.message)),
        ),
      );
      break;
    case 'issues':
      fill(shell.verdict, heading, issueList(result.issues));
      shell.form.markIssues(result.issues);
      break;
    case 'verdict': {
      const v = result.verdict;
      fill(shell.verdict, heading, renderOutcome(lang, v), renderRuleset(lang, v));
      shell.form.markIssues([]);
      const questions: QuestionsOptions = {
        lang,
        fields: FIELD_MAP,
        zone,
        onAnswer: (answers) => void answer(answers),
        onGoTo: (fact) => shell.form.focus(fact),
        skipped: state.skipped,
        stopped: state.stopped,
        last: state.last,
        onSkip: (facts) => {
          for (const f of facts) state.skipped.add(f);
          interviewChanged();
        },
        onStop: (stopped) => {
          state.stopped = stopped;
          interviewChanged();
        },
        onAskSkippedAgain: () => {
          state.skipped = new Set();
          interviewChanged();
        },
      };
      fill(shell.interview, renderInterview(questions, v));
      fill(shell.questions, renderQuestions(questions, v));
      fill(shell.ticket, ticketPanel(v));
      fill(shell.details, renderFindings(lang, v));
      fill(shell.trace, renderTrace(lang, v));
      break;
    }
  }
}

/** A JSON merge patch setting each answered fact. */
function patchOf(answers: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  let patch: Record<string, unknown> = {};
  for (const [fact, value] of answers) patch = withFact(patch, fact, value);
  return patch;
}

/**
 * An open question answered: what the answer changes (the what-if diff of the case before and
 * after), then the case gets the facts, is judged again, and focus goes to the next question.
 */
function answer(answers: readonly (readonly [string, unknown])[]): Promise<void> {
  return whileBusy(() => answerNow(answers));
}

async function answerNow(answers: readonly (readonly [string, unknown])[]): Promise<void> {
  const before = state.caseValue;
  const diff = await whatIf(before, patchOf(answers)).catch(() => undefined);
  if (state.caseValue !== before) return;
  state.last = { facts: answers.map(([fact]) => fact), changes: diff?.changes ?? [] };
  let c = before;
  for (const [fact, value] of answers) c = withFact(c, fact, value, KEEP);
  state.caseValue = c;
  await caseChanged({ announce: true });
  focusInterview();
}

/** The interview moved on (a skip, a stop): show it again and put focus on what it asks now. */
function interviewChanged(): void {
  renderResult();
  focusInterview();
}

function focusInterview(): void {
  const next = shell.interview.querySelector<HTMLElement>('.question select, .question input, .question button');
  (next ?? document.getElementById('interview-heading') ?? document.getElementById('verdict-heading'))?.focus();
}

/** The zh note for the ticket, shown as it will be pasted, with its copy button. */
function ticketPanel(v: Verdict): HTMLElement {
  const { lang } = state;
  const word = (fact: string) => {
    const value = getFact(state.caseValue, fact);
    const field = FIELD_MAP.get(fact);
    return typeof value === 'string' && field ? valueLabel('zh', field, value) : undefined;
  };
  const text = ticketText(v, {
    ...(word('platform') !== undefined ? { platform: word('platform') } : {}),
    ...(word('claim.type') !== undefined ? { claimType: word('claim.type') } : {}),
  });
  const box = h('textarea', { id: 'ticket-text', readonly: true, rows: Math.min(16, text.split('\n').length + 1) });
  box.value = text;
  const copy = button(
    t(lang, 'copyTicket'),
    () => void copyText(text).then((ok) => announce(t(lang, ok ? 'copied' : 'copyFailed'))),
    {
      id: 'copy-ticket',
      class: 'primary',
    },
  );
  return h(
    'section',
    { class: 'panel ticket', 'aria-labelledby': 'ticket-heading' },
    h('h2', { id: 'ticket-heading' }, t(lang, 'ticket')),
    h('label', { for: 'ticket-text', class: 'help' }, t(lang, 'ticketHelp')),
    box,
    h('div', { class: 'row' }, copy),
  );
}

function setLang(lang: Lang): void {
  state.lang = lang;
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Storage may be off (private mode, some file:// pages): the URL still says it.
  }
  writeUrl();
  render();
  document.querySelector<HTMLElement>(`.lang-switch [data-lang="${lang}"]`)?.focus();
}

function button(text: string, onClick: () => void, attrs: Record<string, string | boolean> = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, text);
  b.addEventListener('click', onClick);
  return b;
}

/**
 * "Skip to" buttons for the keyboard, shown when focused: the trace's many rules lie between the
 * verdict and the form. Buttons, not links: a link's #fragment would replace the case in the URL.
 */
function skipLinks(): HTMLElement {
  const { lang } = state;
  const to = (text: string, id: string) => button(text, () => document.getElementById(id)?.focus(), { class: 'small' });
  return h(
    'nav',
    { class: 'skip', 'aria-label': t(lang, 'skipTo') },
    to(t(lang, 'skipToForm'), 'form-heading'),
    to(t(lang, 'skipToVerdict'), 'verdict-heading'),
  );
}

/** The whole page in the current language; the case and its result carry over. */
function render(): void {
  const { lang } = state;
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  document.title = `${t(lang, 'title')} · aftersale-rules`;

  const langSwitch = h(
    'div',
    { class: 'lang-switch', role: 'group', 'aria-label': `${t('zh', 'language')} / ${t('en', 'language')}` },
    (
      [
        ['zh', '中文', 'zh-Hans'],
        ['en', 'English', 'en'],
      ] as const
    ).map(([code, name, tag]) =>
      button(name, () => setLang(code), { lang: tag, 'data-lang': code, 'aria-pressed': String(code === lang) }),
    ),
  );

  const exampleSelect = h(
    'select',
    { id: 'example' },
    h('option', { value: '' }, t(lang, 'chooseExample')),
    EXAMPLES.map((e) => h('option', { value: e.id }, e.title[lang])),
  );
  const loadExample = () => {
    const example = EXAMPLES.find((e) => e.id === exampleSelect.value);
    if (!example) return;
    state.caseValue = structuredClone(example.case);
    void caseChanged({ announce: true });
  };
  exampleSelect.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') loadExample();
  });

  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const copyCase = button(t(lang, 'copyCase'), () => void copy(pretty(state.caseValue)));
  const copyVerdict = button(
    t(lang, 'copyVerdict'),
    () => void copy(state.result.kind === 'verdict' ? pretty(state.result.verdict) : ''),
  );
  const copy = async (text: string) => announce(t(lang, (await copyText(text)) ? 'copied' : 'copyFailed'));

  const json = h('textarea', {
    id: 'case-json',
    rows: 14,
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': 'case-json-help',
  });
  // A language switch keeps what the box holds, even text that is not JSON yet.
  const before = document.getElementById('case-json');
  json.value = before instanceof HTMLTextAreaElement ? before.value : pretty(state.caseValue);
  const paste = h(
    'details',
    { class: 'paste', open: state.result.kind === 'badJson' },
    h('summary', {}, t(lang, 'pasteSummary')),
    h('label', { for: 'case-json' }, t(lang, 'pasteLabel')),
    h('p', { class: 'help', id: 'case-json-help' }, t(lang, 'pasteHelp')),
    json,
    h(
      'div',
      { class: 'row' },
      button(t(lang, 'judgeJson'), () => void loadText(json.value, { fromJson: true }), {
        id: 'judge-json',
        class: 'primary',
      }),
    ),
  );

  state.complaint = complaintOf(state.caseValue);
  const form = buildForm({
    lang,
    fields: FIELDS,
    relevant: relevantFacts(),
    zone,
    onEdit: (fact, value) => void edit(fact, value),
  });
  const formSlot = h('div', { class: 'form-slot' }, form.element);
  const verdict = h('section', { class: 'panel verdict', id: 'verdict', 'aria-labelledby': 'verdict-heading' });
  shell = {
    form,
    formSlot,
    interview: h('div', { id: 'interview' }),
    ticket: h('div', { id: 'ticket' }),
    json,
    verdict,
    questions: h('div', { id: 'questions' }),
    details: h('div', { id: 'findings' }),
    trace: h('div', { id: 'trace' }),
    status,
    copyVerdict,
  };

  const app = document.getElementById('app') ?? document.body;
  fill(
    app,
    skipLinks(),
    h(
      'header',
      { class: 'site-header' },
      h('div', {}, h('h1', {}, t(lang, 'title')), h('p', { class: 'tagline' }, t(lang, 'tagline'))),
      langSwitch,
    ),
    h(
      'section',
      { class: 'toolbar', 'aria-label': t(lang, 'caseSource') },
      h(
        'div',
        { class: 'example-picker' },
        h('label', { for: 'example' }, t(lang, 'examples')),
        h('div', { class: 'row' }, exampleSelect, button(t(lang, 'loadExample'), loadExample, { id: 'load-example' })),
      ),
      h(
        'div',
        { class: 'row actions-row' },
        button(t(lang, 'newCase'), () => {
          state.caseValue = freshCase();
          state.imported = undefined;
          void caseChanged();
        }),
        copyCase,
        copyVerdict,
      ),
      status,
    ),
    h(
      'main',
      { class: 'columns' },
      h(
        'div',
        { class: 'result-column' },
        verdict,
        shell.interview,
        shell.ticket,
        shell.questions,
        shell.details,
        shell.trace,
      ),
      h('div', { class: 'case-column' }, recordBox(), paste, formSlot),
    ),
    h('footer', { class: 'site-footer' }, h('p', {}, t(lang, 'footer'))),
  );
  form.fill(state.caseValue);
  renderResult();
}

/** "Paste a platform record": shown once an importer is there (the platform adapters). */
function recordBox(): HTMLElement | null {
  if (IMPORTERS.length === 0) return null;
  const { lang } = state;
  const which = h(
    'select',
    { id: 'record-platform' },
    IMPORTERS.map((i) => h('option', { value: i.id }, i.name[lang])),
  );
  const text = h('textarea', { id: 'record-json', rows: 8, spellcheck: 'false', autocomplete: 'off' });
  const report = h('div', { class: 'import-report', 'aria-live': 'polite' });
  const read = () => {
    const importer = IMPORTERS.find((i) => i.id === which.value);
    if (!importer) return;
    let result: ImportResult;
    try {
      const base = state.caseValue as Record<string, unknown> | undefined;
      const asOf = typeof base?.asOf === 'string' ? base.asOf : (freshCase().asOf as string);
      result = importer.read(JSON.parse(text.value), {
        asOf,
        ...(typeof base?.caseId === 'string' ? { caseId: base.caseId } : {}),
      });
    } catch (e) {
      fill(
        report,
        h(
          'p',
          { class: 'field-error', role: 'alert' },
          t(lang, 'recordUnreadable'),
          ' ',
          e instanceof Error ? e.message : String(e),
        ),
      );
      return;
    }
    state.imported = result;
    state.caseValue = result.case;
    fill(report, importReport(result));
    void caseChanged({ announce: true, fromJson: true });
  };
  return h(
    'details',
    { class: 'paste record' },
    h('summary', {}, t(lang, 'recordSummary')),
    h('label', { for: 'record-platform' }, t(lang, 'recordPlatform')),
    which,
    h('label', { for: 'record-json' }, t(lang, 'recordLabel')),
    text,
    h('div', { class: 'row' }, button(t(lang, 'recordRead'), read, { id: 'read-record', class: 'primary' })),
    report,
  );
}

/** What the importer assumed and left out, by field label. */
function importReport(r: ImportResult): HTMLElement {
  const { lang } = state;
  return h(
    'div',
    {},
    r.missingRequired.length > 0
      ? h(
          'p',
          {},
          t(lang, 'recordMissing'),
          r.missingRequired.map((f) => fieldLabel(lang, f)).join(lang === 'zh' ? '、' : ', '),
        )
      : null,
    r.assumptions.length > 0
      ? [
          h('p', { class: 'issues-title' }, t(lang, 'recordAssumed')),
          h(
            'ul',
            { class: 'assumptions' },
            r.assumptions.map((a) => h('li', {}, `${fieldLabel(lang, a.fact)} ← ${a.from}:${a.note}`)),
          ),
        ]
      : null,
    r.unmapped.length > 0
      ? [
          h('p', { class: 'issues-title' }, t(lang, 'recordUnmapped')),
          h(
            'ul',
            { class: 'unmapped' },
            r.unmapped.map((u) => h('li', {}, `${u.field}:${u.why}`)),
          ),
        ]
      : null,
  );
}

/** Applies the URL fragment: its language, and its case (judged). */
async function fromFragment(): Promise<void> {
  const fragment = readFragment(location.hash);
  if (fragment.lang !== undefined && fragment.lang !== state.lang) {
    state.lang = fragment.lang;
    render();
  }
  if (fragment.caseUnreadable) {
    state.result = { kind: 'badLink' };
    renderResult();
  } else if (fragment.caseText !== undefined) {
    shell.json.value = fragment.caseText;
    await loadText(fragment.caseText, { fromJson: true });
  } else if (state.caseValue === undefined) {
    // An empty page: a new case with its id and judgement time filled in, waiting for the complaint.
    state.caseValue = freshCase();
    shell.form.fill(state.caseValue);
  }
}

function start(): void {
  if (zodConfig.jitless !== true) throw new Error('zod must run without eval under the page CSP');
  state.lang = readFragment(location.hash).lang ?? storedLang() ?? 'zh';
  render();
  void fromFragment();
  window.addEventListener('hashchange', () => void fromFragment());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
