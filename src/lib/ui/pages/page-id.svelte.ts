/** The `?id=` of a prerendered page, read in the browser after each navigation. */
import { afterNavigate } from '$app/navigation';

export class PageId {
  value = $state<string | null>(null);
  read = $state(false);
  constructor() {
    afterNavigate(() => {
      this.value = new URLSearchParams(location.search).get('id');
      this.read = true;
    });
  }
}
