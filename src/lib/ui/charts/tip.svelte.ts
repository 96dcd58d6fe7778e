/**
 * One tooltip per chart, shown on hover and on keyboard focus of a mark (so it is reachable
 * without a mouse). Positions are in the plot's pixel coordinates. ChartFrame owns it and hands it
 * to the marks drawn inside it through the component context.
 */
import { getContext, setContext } from 'svelte';

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

const TIP = Symbol('chart tip');

/** In ChartFrame: the chart's tooltip, made available to its marks. */
export function provideTip(): Tip {
  return setContext(TIP, new Tip());
}

/** In a mark: the tooltip of the chart it is drawn in. */
export function chartTip(): Tip {
  const tip = getContext<Tip | undefined>(TIP);
  if (!tip) throw new Error('a chart mark is drawn outside ChartFrame');
  return tip;
}
