/// <reference lib="dom" />
// Copying text: the Clipboard API where the page may use it, else a selected textarea and the
// copy command (older browsers, some file:// pages).

/**
 * Copies text to the clipboard; resolves to whether it worked.
 *
 * @example
 * await copyText(JSON.stringify(verdict, null, 2));
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: fall through to the copy command.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  area.style.inset = '0 auto auto 0';
  document.body.append(area);
  const focused = document.activeElement as HTMLElement | null;
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  focused?.focus();
  return ok;
}
