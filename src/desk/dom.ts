/// <reference lib="dom" />
// A small element builder. Text goes in as text nodes only (never HTML), so nothing a case or a
// link holds can become markup.

export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attributes: a string sets it, `true` sets it empty, `false` / undefined leaves it out. */
export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) for (const c of child as readonly Child[]) append(parent, c);
  else if (typeof child === 'string' || typeof child === 'number')
    parent.appendChild(document.createTextNode(String(child)));
  else parent.appendChild(child as Node);
}

/**
 * An element with attributes and children.
 *
 * @example
 * h('p', { class: 'note' }, 'Hello ', h('code', {}, 'x'));
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

let counter = 0;

/** A fresh element id: `prefix-N`. */
export const uid = (prefix: string): string => `${prefix}-${++counter}`;
