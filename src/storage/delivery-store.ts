/**
 * Slack deliveries already handled (event ids, slash-command and interaction trigger ids), so a
 * retry or a replay is acknowledged but answered once, whichever instance receives it.
 */
export interface DeliveryStore {
  /** True the first time `key` is claimed, false for every later claim (from any instance). */
  claim(key: string): Promise<boolean>;
}

/** In-process DeliveryStore remembering the last `capacity` keys (one instance, no database). */
export function createMemoryDeliveryStore(capacity = 5000): DeliveryStore {
  const seen = new Set<string>();
  return {
    async claim(key) {
      if (seen.has(key)) return false;
      seen.add(key);
      if (seen.size > capacity) {
        const oldest = seen.values().next().value;
        if (oldest !== undefined) seen.delete(oldest);
      }
      return true;
    },
  };
}
