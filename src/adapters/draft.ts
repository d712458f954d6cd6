import { FACTS } from '../facts/catalog.js';
import { wholeFen } from '../schema/primitives.js';
import { readTime, TIME_FORMAT_NOTE } from './read-values.js';
import type { AdapterResult, Assumption, CaseDraft, Confidence, Unmapped } from './types.js';
import type { RecordState } from './reasons.js';

type Value = string | number | boolean;

/** The case fields a case must give (no default): caseId, platform, asOf, order.paidAt, … */
const REQUIRED: readonly string[] = [...FACTS.values()]
  .filter((f) => f.origin === 'case' && f.required && f.defaultValue === undefined && f.type !== 'object')
  .map((f) => f.name);

/** Whether a value fits the fact's type (enum value, whole fen, whole number, boolean, string). */
function fits(fact: string, value: Value): boolean {
  const def = FACTS.get(fact);
  if (def === undefined || def.origin !== 'case') throw new Error(`adapter: ${fact} is not a case fact`);
  switch (def.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return typeof value === 'string' && (def.values ?? []).includes(value);
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= 0 &&
        (def.money ? wholeFen(value) : Number.isInteger(value))
      );
    default:
      return typeof value === 'string';
  }
}

/**
 * Whether setting the fact to this value would say nothing its absence does not: a `not_shown`
 * fact at its not-shown value (`false`, an enum's `none`). An adapter leaves such a fact out.
 */
export function saysNothing(fact: string, value: unknown): boolean {
  const def = FACTS.get(fact);
  return (
    def?.absent === 'not_shown' &&
    def.notShownValue !== undefined &&
    def.notShownValue !== true &&
    value === def.notShownValue
  );
}

/**
 * A case being drafted from a record: each fact set once (the first record to give it wins), checked
 * against the fact catalogue, with the notes the adapter owes its caller.
 */
export class Draft {
  readonly case: CaseDraft = {};
  private readonly unmapped: Unmapped[] = [];
  private readonly assumptions: Assumption[] = [];
  private readonly origin = new Map<string, string>();

  /** Sets `fact` (a dotted case path) unless already set; a null or undefined value sets nothing. */
  set(fact: string, value: Value | undefined, from: string): void {
    if (value === undefined) return;
    if (!fits(fact, value)) {
      this.skip(from, value, `not a valid ${fact}`);
      return;
    }
    if (saysNothing(fact, value)) return;
    const had = this.get(fact);
    if (had !== undefined) {
      if (had !== value) this.skip(from, value, `${fact} already set to ${String(had)} from ${this.origin.get(fact)}`);
      return;
    }
    const [head, key] = fact.split('.') as [keyof CaseDraft, string | undefined];
    const c = this.case as Record<string, unknown>;
    if (key === undefined) c[head] = value;
    else ((c[head] ??= {}) as Record<string, unknown>)[key] = value;
    this.origin.set(fact, from);
  }

  /** Sets a timestamp fact from a record time, noting the format read unless it was ISO. */
  time(fact: string, raw: unknown, from: string, confidence: Confidence = 'H'): void {
    const t = readTime(raw);
    if (t === undefined) {
      this.skip(from, raw, 'not a time this adapter reads (YYYY-MM-DD HH:mm:ss, ISO with offset, unix s or ms)');
      return;
    }
    const before = this.get(fact);
    this.set(fact, t.iso, from);
    if (before === undefined && t.format !== 'iso') this.assume(fact, from, TIME_FORMAT_NOTE[t.format], confidence);
  }

  /** Makes an object part present (`shipment`: the order was shipped) with no field set yet. */
  ensure(part: 'shipment' | 'evidence' | 'promises' | 'returnShipment'): void {
    (this.case as Record<string, unknown>)[part] ??= {};
  }

  get(fact: string): unknown {
    const [head, key] = fact.split('.');
    const part = (this.case as Record<string, unknown>)[head as string];
    return key === undefined ? part : (part as Record<string, unknown> | undefined)?.[key];
  }

  skip(field: string, value: unknown, why: string): void {
    this.unmapped.push(value === undefined ? { field, why } : { field, value, why });
  }

  assume(fact: string, from: string, note: string, confidence: Confidence): void {
    this.assumptions.push({ fact, from, note, confidence });
  }

  /**
   * What the records say of whether the order shipped: that it never did (`from`, read as
   * `notShipped`: the case has no shipment), or nothing (left out, for the caller to add).
   */
  shipmentState(state: RecordState | undefined, from: string, notShipped: string): void {
    if (state === 'not_shipped' && this.get('shipment') === undefined)
      this.assume(
        'shipment',
        from,
        `${notShipped}: the case has no shipment, which says the order was never shipped`,
        'H',
      );
    else if (state === undefined)
      this.skip(
        'shipment',
        undefined,
        'no record says whether the order shipped: add shipment if it did (its absence says it never shipped)',
      );
  }

  /** The result, naming every required case field still missing. */
  result(): AdapterResult {
    const missingRequired = REQUIRED.filter((name) => this.get(name) === undefined);
    return { case: this.case, unmapped: this.unmapped, assumptions: this.assumptions, missingRequired };
  }
}
