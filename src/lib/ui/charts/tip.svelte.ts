/**
 * One tooltip per chart, shown on hover and on keyboard focus of a mark (so it is reachable
 * without a mouse). Positions are in the plot's pixel coordinates.
 */
export type TipState = { text: string; x: number; y: number };

export class Tip {
  current = $state<TipState | null>(null);

  show(text: string, x: number, y: number): void {
    this.current = { text, x, y };
  }

  hide(): void {
    this.current = null;
  }

  /** Event handlers to spread on a mark. */
  on(text: string, x: number, y: number) {
    const show = () => this.show(text, x, y);
    const hide = () => this.hide();
    return { onpointerenter: show, onpointerleave: hide, onfocus: show, onblur: hide };
  }
}
