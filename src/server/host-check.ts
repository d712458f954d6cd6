// Which `Host` a server answers for. A page on another site can make a browser send requests to
// 127.0.0.1 under its own name (DNS rebinding): its `Host` header still carries that name, so a
// request naming a host the server was not started for is refused (421) before any route runs.
import { hostname, networkInterfaces } from 'node:os';

/** The names every local server answers for. */
const LOCAL_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/**
 * The host name of a `Host` header or of an allowed name, without its port, lower case, an IPv6
 * literal in brackets (`[::1]`), without a trailing dot; undefined when there is none.
 *
 * @example
 * hostName('LocalHost:8080'); // 'localhost'
 * hostName('::1'); // '[::1]'
 */
export function hostName(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  if (v.startsWith('[')) {
    const end = v.indexOf(']');
    return end < 0 ? undefined : v.slice(0, end + 1);
  }
  // More than one colon: a bare IPv6 literal (an allowed name, never a Host header).
  if (v.indexOf(':') !== v.lastIndexOf(':')) return `[${v}]`;
  const name = v.split(':', 1)[0] as string;
  return name.replace(/\.$/, '') || undefined;
}

/**
 * The host names a server listening on `listenHost` answers for: the local names, the address
 * it listens on, every interface's address and the machine's name when it listens on all
 * (`0.0.0.0`, `::`), and `extra` (`--allowed-host`: the name a proxy or a client uses).
 *
 * @example
 * allowedHostNames('127.0.0.1', ['desk.shop.example']); // ['localhost', '127.0.0.1', '[::1]', 'desk.shop.example']
 */
export function allowedHostNames(listenHost: string, extra: readonly string[] = []): string[] {
  const names: string[] = [...LOCAL_NAMES];
  const add = (n: string | undefined) => {
    if (n !== undefined && !names.includes(n)) names.push(n);
  };
  if (WILDCARDS.has(listenHost)) {
    add(hostName(hostname()));
    for (const list of Object.values(networkInterfaces()))
      for (const a of list ?? []) add(hostName(a.address.replace(/%.*$/, '')));
  } else add(hostName(listenHost));
  for (const e of extra) add(hostName(e));
  return names;
}
