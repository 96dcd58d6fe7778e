/** Small layout helpers shared by the charts. */

/** Average width of a character of 12px system-ui text: enough to cut labels before they overflow. */
const CHAR_WIDTH = 6.6;

/** The text cut with "…" to fit about `px` pixels of 12px text. */
export function fitText(text: string, px: number): string {
  if (text.length * CHAR_WIDTH <= px) return text;
  return `${text.slice(0, Math.max(3, Math.floor(px / CHAR_WIDTH) - 1))}…`;
}
