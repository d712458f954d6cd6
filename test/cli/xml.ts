/**
 * A small XML well-formedness check (enough for JUnit reports): one root element, tags that
 * nest and close, quoted attributes without duplicates, only the five predefined entities or
 * character references, no raw `<` or `&` in text. Returns the elements as a tree.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string, where: number): string {
  if (/<|&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(s)) throw new Error(`raw < or & near offset ${where}`);
  return s
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/&#(x?)([0-9a-fA-F]+);/g, (_, x: string, n: string) => String.fromCodePoint(parseInt(n, x ? 16 : 10)));
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  const s = xml.replace(/^\uFEFF/, '');
  if (s.startsWith('<?xml')) {
    const end = s.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    i = end + 2;
  }
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    const text = lt < 0 ? s.slice(i) : s.slice(i, lt);
    if (stack.length === 0) {
      if (text.trim() !== '') throw new Error(`text outside the root element at ${i}`);
    } else (stack[stack.length - 1] as XmlElement).text += decode(text, i);
    if (lt < 0) break;
    i = lt;
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i);
      if (end < 0) throw new Error('unterminated comment');
      i = end + 3;
      continue;
    }
    if (s.startsWith('</', i)) {
      const end = s.indexOf('>', i);
      const name = s.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}> at ${i}`);
      i = end + 1;
      continue;
    }
    i++;
    const m = NAME.exec(s.slice(i));
    if (!m) throw new Error(`bad tag name at ${i}`);
    const el: XmlElement = { name: m[0], attributes: {}, children: [], text: '' };
    i += m[0].length;
    for (;;) {
      while (/\s/.test(s[i] ?? '')) i++;
      if (s.startsWith('/>', i) || s[i] === '>') break;
      const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(s.slice(i));
      if (!a) throw new Error(`bad attribute at ${i}`);
      const key = a[1] as string;
      if (key in el.attributes) throw new Error(`duplicate attribute ${key}`);
      el.attributes[key] = decode(a[3] ?? a[4] ?? '', i);
      i += a[0].length;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else if (root) throw new Error('two root elements');
    else root = el;
    if (s.startsWith('/>', i)) i += 2;
    else {
      i += 1;
      stack.push(el);
    }
  }
  if (stack.length > 0) throw new Error(`<${(stack[stack.length - 1] as XmlElement).name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}
