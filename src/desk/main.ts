/// <reference lib="dom" />
// The customer-service desk page: a case in (form, pasted JSON, an example or a link), the
// verdict out, judged in the browser with the shipped pack (`aftersale-rules/browser`). The page
// keeps one case; every input edits it, judges it again and writes it to the URL fragment.
import { safeJudge, shippedPack, type Issue, type Verdict } from '../browser.js';
import { duplicateKeyIssues } from '../shared/json-text.js';
import { withFact, zoneOf } from './case-edit.js';
import { readFragment, writeFragment } from './case-url.js';
import { copyText } from './copy.js';
import { fill, h } from './dom.js';
import { EXAMPLES } from './examples.js';
import { deskFields, keptSections } from './fields.js';
import { buildForm, fieldForPath, type FormView } from './form.js';
import { decisionName, issueLead, t, term, type Lang } from './i18n.js';
import { renderQuestions } from './questions-view.js';
import { renderTrace } from './trace-view.js';
import { renderFindings, renderOutcome, renderRuleset } from './verdict-view.js';

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

const state: { lang: Lang; caseValue: unknown; result: Result; seq: number } = {
  lang: 'zh',
  caseValue: undefined,
  result: { kind: 'none' },
  seq: 0,
};

/** The parts of the page that outlive a render of the result. */
interface Shell {
  readonly form: FormView;
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
  /** Keys given twice in the JSON text: issues, as in `aftersale-rules judge`. */
  readonly duplicates?: readonly Issue[];
}

/** The case changed (from anywhere): show it, write it to the URL, judge it. */
async function caseChanged(options: ChangeOptions = {}): Promise<void> {
  shell.form.fill(state.caseValue);
  if (!options.fromJson) shell.json.value = pretty(state.caseValue);
  writeUrl();
  await judgeNow(options);
}

async function judgeNow(options: ChangeOptions): Promise<void> {
  const seq = ++state.seq;
  const duplicates = options.duplicates ?? [];
  if (state.caseValue === undefined) {
    state.result = { kind: 'none' };
  } else {
    // safeJudge reports bad input as issues; anything else it throws is shown the same way.
    const r = await safeJudge(state.caseValue).catch((e: unknown) => ({
      ok: false as const,
      issues: [{ code: 'internal_error', path: '', message: e instanceof Error ? e.message : String(e) }],
    }));
    if (seq !== state.seq) return;
    const issues = [...duplicates, ...(r.ok ? [] : r.issues)];
    state.result = issues.length === 0 && r.ok ? { kind: 'verdict', verdict: r.verdict } : { kind: 'issues', issues };
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
  const part = (key: 'liability' | 'remedy', value: string) =>
    lang === 'zh'
      ? `${decisionName(lang, key)} ${value}(${term.status(lang, v.status[key])})`
      : `${decisionName(lang, key)} ${value} (${term.status(lang, v.status[key])})`;
  return `${t(lang, 'rejudged')}${lang === 'zh' ? ':' : ': '}${part('liability', term.liability(lang, v.outcome.liability))}${sep}${part('remedy', term.remedy(lang, v.outcome.remedy))}`;
}

function edit(fact: string, value: unknown, options: ChangeOptions = {}): Promise<void> {
  state.caseValue = withFact(state.caseValue, fact, value, KEEP);
  return caseChanged(options);
}

/** Reads a case from JSON text (the paste box or a link): bad JSON and duplicate keys are issues, not a crash. */
async function loadText(text: string, options: ChangeOptions): Promise<void> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    state.seq++;
    state.result = { kind: 'badJson', message: e instanceof Error ? e.message : String(e) };
    renderResult();
    return;
  }
  state.caseValue = value;
  await caseChanged({ ...options, duplicates: duplicateKeyIssues(text) });
}

/** An issue's message: in Chinese, what its code means, then the library's English message. */
function issueMessage(issue: Issue): (string | HTMLElement)[] {
  const lead = issueLead(state.lang, issue.code);
  return lead === undefined ? [issue.message] : [`${lead}:`, h('span', { class: 'muted', lang: 'en' }, issue.message)];
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
          h('code', { class: 'issue-path' }, issue.path === '' ? t(lang, 'wholeCase') : issue.path),
          ' ',
          h('span', { class: 'issue-message' }, ...issueMessage(issue)),
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
  shell.copyVerdict.disabled = result.kind !== 'verdict';
  fill(shell.questions);
  fill(shell.details);
  fill(shell.trace);
  switch (result.kind) {
    case 'none':
      fill(shell.verdict, heading, h('p', { class: 'placeholder' }, t(lang, 'placeholder')));
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
      fill(
        shell.questions,
        renderQuestions(
          {
            lang,
            fields: FIELD_MAP,
            zone,
            onAnswer: (fact, value) => void answer(fact, value),
            onGoTo: (fact) => shell.form.focus(fact),
          },
          v,
        ),
      );
      fill(shell.details, renderFindings(lang, v));
      fill(shell.trace, renderTrace(lang, v));
      break;
    }
  }
}

/** An open question answered: the case gets the fact, is judged again, and focus goes to the next question. */
async function answer(fact: string, value: unknown): Promise<void> {
  await edit(fact, value, { announce: true });
  const next = shell.questions.querySelector<HTMLElement>('.question select, .question input, .question button');
  (next ?? document.getElementById('verdict-heading'))?.focus();
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

  const form = buildForm({ lang, fields: FIELDS, zone, onEdit: (fact, value) => void edit(fact, value) });
  const verdict = h('section', { class: 'panel verdict', id: 'verdict', 'aria-labelledby': 'verdict-heading' });
  shell = {
    form,
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
          state.caseValue = undefined;
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
      h('div', { class: 'result-column' }, verdict, shell.questions, shell.details, shell.trace),
      h('div', { class: 'case-column' }, paste, form.element),
    ),
    h('footer', { class: 'site-footer' }, h('p', {}, t(lang, 'footer'))),
  );
  form.fill(state.caseValue);
  renderResult();
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
  }
}

function start(): void {
  state.lang = readFragment(location.hash).lang ?? storedLang() ?? 'zh';
  render();
  void fromFragment();
  window.addEventListener('hashchange', () => void fromFragment());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
