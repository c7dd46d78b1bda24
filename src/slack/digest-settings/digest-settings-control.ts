import type { DigestSettingsStore } from '../../storage/digest-settings-store.js';

/** What the Slack side needs to change the digest: the settings, and a way to tell the running digest. */
export interface DigestSettingsControl {
  store: DigestSettingsStore;
  /** Called after the schedule changed, so the next run follows it. */
  scheduleChanged(): Promise<void>;
}
