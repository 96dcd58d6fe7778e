/**
 * The header mappings remembered in this browser (Load data page → every later load). Browser only:
 * restore() reads localStorage once; every change is saved at once. The logic is in
 * data/header-memory.ts; this only holds the state.
 */
import { forget, HEADER_MEMORY_KEY, readHeaderMemory, remember, type HeaderChoice, type HeaderMemory } from '$lib/data/header-memory';

class HeaderMemoryState {
  /** Plain objects (not a proxy): the memory is posted to the worker as it is. */
  memory = $state.raw<HeaderMemory>({});
  private restored = false;

  restore(): void {
    if (this.restored) return;
    this.restored = true;
    this.memory = readHeaderMemory(localStorage.getItem(HEADER_MEMORY_KEY));
  }

  remember(choices: readonly HeaderChoice[]): void {
    this.restore();
    this.save(remember(this.memory, choices));
  }

  /** Forgets these entries, or everything. */
  forget(entries?: readonly Pick<HeaderChoice, 'table' | 'header'>[]): void {
    this.restore();
    this.save(forget(this.memory, entries));
  }

  private save(memory: HeaderMemory): void {
    this.memory = memory;
    if (Object.keys(memory).length) localStorage.setItem(HEADER_MEMORY_KEY, JSON.stringify(memory));
    else localStorage.removeItem(HEADER_MEMORY_KEY);
  }
}

export const headerMemory = new HeaderMemoryState();
