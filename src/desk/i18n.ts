/// <reference lib="dom" />
// The desk page's words in Chinese and English. The verdict's vocabularies (liability, remedy,
// payers, statuses, penalties, evidence, actions, decisions) are the command line's
// (src/cli/i18n.ts), so the page and `aftersale-rules judge` say the same thing.
import { decisionName, decisionValue, label, term, type Lang } from '../cli/i18n.js';
import { FIELD_LABELS, REQUIRED_MEANING_ZH, valueLabels } from './field-labels.js';
import type { FieldSpec, GroupId } from './fields.js';

export { decisionName, decisionValue, label, term, type Lang };

type Text = { readonly zh: string; readonly en: string };

const UI = {
  title: { zh: '售后判定台', en: 'After-sale desk' },
  tagline: {
    zh: '按平台规则预判售后纠纷。判定完全在浏览器中进行,案件不会发送到任何服务器。',
    en: "Pre-judges an after-sale dispute by the platform's rules. It judges in your browser: the case is sent to no server.",
  },
  language: { zh: '语言', en: 'Language' },
  skipTo: { zh: '跳转', en: 'Skip to' },
  skipToForm: { zh: '跳到案件表单', en: 'Skip to the case form' },
  skipToVerdict: { zh: '跳到判定结果', en: 'Skip to the verdict' },
  caseSource: { zh: '案件', en: 'Case' },
  examples: { zh: '示例案件', en: 'Example case' },
  chooseExample: { zh: '— 选择示例 —', en: '— choose an example —' },
  loadExample: { zh: '载入示例', en: 'Load example' },
  newCase: { zh: '新建空白案件', en: 'New blank case' },
  copyCase: { zh: '复制案件 JSON', en: 'Copy case JSON' },
  copyVerdict: { zh: '复制判定 JSON', en: 'Copy verdict JSON' },
  copied: { zh: '已复制到剪贴板', en: 'Copied to the clipboard' },
  copyFailed: { zh: '无法复制:请手动选择文本复制', en: 'Could not copy: select the text and copy it by hand' },
  pasteSummary: { zh: '粘贴案件 JSON', en: 'Paste a case as JSON' },
  pasteLabel: { zh: '案件 JSON', en: 'Case JSON' },
  pasteHelp: {
    zh: '粘贴一个案件(与命令 aftersale-rules judge 读取的格式相同),然后点击“判定 JSON”。表单、答题和示例也会更新这里的内容。',
    en: 'Paste a case (the format `aftersale-rules judge` reads), then press “Judge JSON”. The form, the answers and the examples update this text too.',
  },
  judgeJson: { zh: '判定 JSON', en: 'Judge JSON' },
  form: { zh: '案件表单', en: 'Case form' },
  formHelp: {
    zh: '修改任一字段即重新判定。未填写的字段按举证责任处理:见每个字段下的说明。',
    en: 'Changing a field judges the case again. A field left empty means what its burden of proof says: see the note under each field.',
  },
  required: { zh: '必填', en: 'required' },
  requiredMissing: { zh: '必填,尚未填写', en: 'Required, not given yet' },
  ticket: { zh: '工单摘要', en: 'Ticket note' },
  ticketHelp: {
    zh: '贴到售后工单里的中文摘要:判定、理由与出处、还需谁提供什么。',
    en: 'The Chinese note for the after-sale ticket: decisions, reasons with their sources, what is still needed from whom.',
  },
  copyTicket: { zh: '复制工单摘要', en: 'Copy the ticket note' },
  recordSummary: { zh: '粘贴平台订单记录', en: 'Paste a platform record' },
  recordPlatform: { zh: '记录来自', en: 'Record from' },
  recordLabel: { zh: '平台记录 JSON(退款、订单、物流)', en: 'Platform record JSON (refund, order, trace)' },
  recordRead: { zh: '读取记录', en: 'Read the record' },
  recordUnreadable: { zh: '无法读取这份记录:', en: 'This record cannot be read:' },
  recordMissing: { zh: '记录中没有的必填项:', en: 'Required, not in the record: ' },
  recordAssumed: { zh: '读取时的假设:', en: 'Assumed while reading:' },
  recordUnmapped: { zh: '未使用的字段:', en: 'Fields not used:' },
  notDecided: { zh: '还不能判定', en: 'not decided yet' },
  notGivenYet: { zh: '尚未填写', en: 'Not given yet' },
  notGivenChoice: { zh: '— 尚未填写 —', en: '— not given yet —' },
  complaint: { zh: '投诉', en: 'Complaint' },
  complaintHelp: {
    zh: '先选平台和投诉类型:下面只列出这类投诉的规则会用到的事实,按事情经过排列。',
    en: 'Platform and claim type first: below are only the facts the rules for that complaint read, in the order of the story.',
  },
  chooseComplaintFirst: {
    zh: '选择平台和投诉类型后,这里列出这类投诉需要的事实。',
    en: 'Once platform and claim type are chosen, the facts that complaint needs show here.',
  },
  moreFacts: { zh: '更多事实({n} 项)', en: 'More facts ({n})' },
  moreFactsHelp: {
    zh: '这类投诉的规则不读取的事实;粘贴的案件中已有的值也在这里。',
    en: 'Facts the rules for this complaint do not read; values a pasted case already holds show here too.',
  },
  choose: { zh: '— 请选择 —', en: '— choose —' },
  now: { zh: '现在', en: 'Now' },
  nowFor: { zh: '将“{field}”设为现在', en: 'Set “{field}” to now' },
  zone: { zh: '按平台时区 {zone} 填写。', en: 'In the platform’s time zone, {zone}.' },
  yuan: { zh: '单位:元,最多两位小数(整分)。', en: 'Yuan, at most 2 decimals (whole fen).' },
  timeInvalid: { zh: '不是有效的日期时间', en: 'Not a valid date and time' },
  numberInvalid: { zh: '不是有效的数字', en: 'Not a valid number' },
  unshowable: {
    zh: '案件中的值 {value} 无法在此显示,见上方的问题列表',
    en: 'The case holds {value}, which this control cannot show: see the issues above',
  },
  sectionPresent: { zh: '有发货记录', en: 'There is a shipment' },
  filled: { zh: '已填 {n} 项', en: '{n} filled' },
  verdict: { zh: '判定结果', en: 'Verdict' },
  placeholder: {
    zh: '先在右侧选择平台和投诉类型(或载入示例、粘贴案件 JSON),这里会显示判定结果。',
    en: 'Choose the platform and the claim type (or load an example, or paste a case as JSON): the verdict shows here.',
  },
  judging: { zh: '判定中…', en: 'Judging…' },
  rejudged: { zh: '已重新判定', en: 'Judged again' },
  invalidCase: { zh: '案件无效,请修正以下问题:', en: 'The case is not valid. Fix these issues:' },
  badJson: { zh: 'JSON 无法解析:', en: 'The JSON cannot be read:' },
  badLink: {
    zh: '链接中的案件无法读取(#case= 不是 base64url 编码的 UTF-8 文本)。',
    en: 'The case in the link cannot be read (#case= is not base64url-encoded UTF-8 text).',
  },
  wholeCase: { zh: '(整个案件)', en: '(the whole case)' },
  goToField: { zh: '转到字段', en: 'Go to the field' },
  caseLine: { zh: '案件 {id} · 判定时间 {asOf}', en: 'Case {id} · as of {asOf}' },
  rulesLine: {
    zh: '规则包 {id} {version},适用 {date} 的规则,{n} 条规则参与判定',
    en: 'Rule pack {id} {version}, rules in force on {date}, {n} rules evaluated',
  },
  questions: { zh: '全部待回答的问题({n})', en: 'All open questions ({n})' },
  nextQuestion: { zh: '下一个问题', en: 'Next question' },
  skipQuestion: { zh: '不知道 / 跳过', en: 'Don’t know / skip' },
  stopAsking: { zh: '停止提问', en: 'Stop asking' },
  resumeAsking: { zh: '继续提问', en: 'Ask again' },
  askSkippedAgain: { zh: '重新问跳过的问题', en: 'Ask the skipped questions again' },
  interviewStopped: { zh: '已停止提问。', en: 'Asking stopped.' },
  allFirm: { zh: '所有判定都已确定,不需要再问。', en: 'Every decision is firm: nothing more to ask.' },
  noMoreQuestions: {
    zh: '没有其他可能改变判定的问题了;未确定的判定要等相关方举证。',
    en: 'No other question could change the verdict; what is not firm waits on a party’s proof.',
  },
  answerChanged: { zh: '“{facts}”的回答改变了:', en: 'The answer to “{facts}” changed:' },
  answerChangedNothing: {
    zh: '“{facts}”的回答没有改变任何判定。',
    en: 'The answer to “{facts}” changed no decision.',
  },
  questionsHelp: {
    zh: '按优先顺序排列:回答任一问题即重新判定,并更新表单和链接。',
    en: 'Ask-first order: answering one judges the case again and updates the form and the link.',
  },
  noQuestions: { zh: '没有可能改变判定的未决问题。', en: 'No open question could change the verdict.' },
  moreQuestions: { zh: '另有 {n} 个问题', en: '{n} more questions' },
  chooseAnswer: { zh: '— 选择回答 —', en: '— choose an answer —' },
  answer: { zh: '回答', en: 'Answer' },
  fillInForm: { zh: '在表单中填写', en: 'Fill it in in the form' },
  findings: { zh: '依据规则', en: 'Findings' },
  source: { zh: '出处', en: 'Source' },
  lines: { zh: '第 {lines} 行', en: 'lines {lines}' },
  evidenceOwed: { zh: '各方仍需提供的证据', en: 'Evidence each party still owes' },
  mustShow: { zh: '{party}须提供', en: 'The {party} must show' },
  trace: { zh: '规则追踪', en: 'Trace' },
  traceHelp: {
    zh: '每条参与判定的规则,逐条件列出:事实、运算符、比较值、事实值和结果。',
    en: 'Every rule evaluated, condition by condition: fact, operator, value, fact value and result.',
  },
  fired: { zh: '已触发', en: 'fired' },
  notFired: { zh: '未触发', en: 'did not fire' },
  waiting: { zh: '等待事实', en: 'waiting on a fact' },
  priority: { zh: '优先级', en: 'priority' },
  stage: { zh: '阶段', en: 'stage' },
  colFact: { zh: '事实', en: 'Fact' },
  colOperator: { zh: '运算符', en: 'Operator' },
  colValue: { zh: '比较值', en: 'Value' },
  colFactValue: { zh: '事实值', en: 'Fact value' },
  colResult: { zh: '结果', en: 'Result' },
  all: { zh: '全部满足', en: 'all of' },
  any: { zh: '任一满足', en: 'any of' },
  true: { zh: '真', en: 'true' },
  false: { zh: '假', en: 'false' },
  unknown: { zh: '未知', en: 'unknown' },
  notShownMark: { zh: '未举证', en: 'not shown' },
  notGiven: { zh: '(未提供)', en: '(not given)' },
  noFindings: { zh: '没有规则触发。', en: 'No rule fired.' },
  platformRule: { zh: '规则', en: 'Rule' },
  footer: {
    zh: '在命令行中使用:npx aftersale-rules judge case.json;在代码中:import { judge } from "aftersale-rules/browser"。',
    en: 'From the command line: npx aftersale-rules judge case.json; from code: import { judge } from "aftersale-rules/browser".',
  },
} as const satisfies Readonly<Record<string, Text>>;

export type UiKey = keyof typeof UI;

/**
 * A string of the page in `lang`, `{name}` replaced by `vars.name`.
 *
 * @example
 * t('en', 'lines', { lines: '192-194' }); // 'lines 192-194'
 */
export function t(lang: Lang, key: UiKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return UI[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : m));
}

const GROUP_LABELS: Readonly<Record<GroupId, Text>> = {
  case: { zh: '案件', en: 'Case' },
  order: { zh: '订单', en: 'Order' },
  shipment: { zh: '发货与物流', en: 'Shipment' },
  claim: { zh: '买家怎么说', en: 'What the buyer says' },
  evidence: { zh: '证据', en: 'Evidence' },
  item: { zh: '商品状况', en: 'The item' },
  promises: { zh: '卖家的承诺', en: 'Seller’s promises' },
  returnShipment: { zh: '退货', en: 'The return' },
  shopPolicy: { zh: '店铺规则', en: 'Shop policy' },
};

/** A group of the form by name. */
export const groupLabel = (lang: Lang, group: GroupId): string => GROUP_LABELS[group][lang];

/** A field's short name; the fact itself when it has none. */
export const fieldLabel = (lang: Lang, fact: string): string =>
  Object.hasOwn(FIELD_LABELS, fact) ? FIELD_LABELS[fact]![lang] : fact;

/** A field's meaning: Chinese from its question (or the required fields' own words), English from the catalogue. */
export function fieldMeaning(lang: Lang, field: FieldSpec): string {
  if (lang === 'en') return field.meaning;
  return field.question?.zh ?? REQUIRED_MEANING_ZH[field.fact] ?? field.meaning;
}

/** A value of a field in words: yes / no, an enum's label, a section's presence; the value itself otherwise. */
export function valueLabel(lang: Lang, field: Pick<FieldSpec, 'kind' | 'values'>, value: unknown): string {
  if (typeof value === 'boolean') return label(lang, value ? 'yes' : 'no');
  if (typeof value !== 'string') return JSON.stringify(value);
  if (field.kind === 'enum' && field.values) {
    const table = valueLabels(field.values);
    if (table && Object.hasOwn(table, value)) return table[value]![lang];
  }
  return value;
}

const PLATFORM_PARTY: Text = { zh: '平台', en: 'platform' };

/** A party in words: buyer, seller, carrier, platform. */
export function partyLabel(lang: Lang, party: string | undefined): string {
  if (party === undefined) return lang === 'zh' ? '相关方' : 'party concerned';
  if (party === 'platform') return PLATFORM_PARTY[lang];
  return term.party(lang, party as Parameters<typeof term.party>[1]);
}

/**
 * What a field not given yet means, in one short line — the burden of proof, never a silent "no":
 * `尚未填写:视为卖家未证明(按“否”)`, `Not given yet: unknown, ask the carrier`.
 *
 * @example
 * absentText('zh', field); // '尚未填写:视为买家未证明(按“否”)'
 */
export function absentText(lang: Lang, field: FieldSpec): string {
  const zh = lang === 'zh';
  const lead = t(lang, 'notGivenYet');
  const line = (what: string) => `${lead}${zh ? ':' : ': '}${what}`;
  if (field.required) return line(t(lang, 'required'));
  if (field.defaultValue !== undefined) {
    const v = valueLabel(lang, field, field.defaultValue);
    return line(zh ? `按默认“${v}”` : `counts as the default, “${v}”`);
  }
  const w = field.whenAbsent;
  if (w === undefined) return lead;
  const party = partyLabel(lang, w.party);
  if (w.meaning === 'unknown')
    return line(zh ? `未知,需问${party};相关判定暂定` : `unknown, ask the ${party}; what needs it stays provisional`);
  if (field.kind === 'section') return line(zh ? `视为${party}未证明有发货` : `the ${party} has not shown a shipment`);
  if (w.notShownValue !== undefined) {
    const v = valueLabel(lang, field, w.notShownValue);
    return line(zh ? `视为${party}未证明(按“${v}”)` : `not shown by the ${party} (counts as “${v}”)`);
  }
  return line(zh ? `视为${party}未证明` : `not shown by the ${party}`);
}

/**
 * What an issue code means, in Chinese: the library's messages are English, so the Chinese page
 * leads each issue with this and keeps the English message beside it.
 */
const ISSUE_ZH: Readonly<Record<string, string>> = {
  invalid_type: '类型不对,或缺少必填字段',
  invalid_value: '取值不在允许的选项中',
  invalid_format: '格式不对',
  invalid_union: '格式不对',
  too_big: '过大或过长',
  too_small: '过小或过短',
  unrecognized_keys: '未知字段(拼写有误?)',
  unknown_key: '未知字段(拼写有误?)',
  out_of_range: '超出允许的范围',
  impossible_timeline: '时间先后不可能',
  duplicate_key: '同一字段出现了两次',
  key_too_long: '字段名过长',
  too_deep: '嵌套层级过深',
  too_many_keys: '字段过多',
  too_many_issues: '问题过多,只列出前面的',
  custom: '不符合要求',
  internal_error: '内部错误',
};

/**
 * The Chinese lead of an issue (undefined in English, where the library's message says it all).
 *
 * @example
 * issueLead('zh', 'impossible_timeline'); // '时间先后不可能'
 */
export function issueLead(lang: Lang, code: string): string | undefined {
  return lang === 'zh' ? (ISSUE_ZH[code] ?? '输入有误') : undefined;
}

/**
 * A decision's value as the verdict line shows it: "not decided yet" for `undetermined`, so the
 * value never repeats its status badge ("待定 待定").
 *
 * @example
 * shownValue('zh', 'liability', 'undetermined'); // '还不能判定'
 */
export function shownValue(lang: Lang, key: string, value: string | boolean): string {
  return value === 'undetermined' ? t(lang, 'notDecided') : decisionValue(lang, key, value);
}
