/**
 * The built page starts our worker from its <head> (src/build/early-worker-plugin.ts) and leaves it
 * under this global name, with `soiFailed` set if its script failed to load; createSoiClient adopts it.
 */
export const EARLY_WORKER_GLOBAL = '__soiEarlyWorker';
