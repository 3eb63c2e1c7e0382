// The board's data: every ASIN's line from the directory (polled for changes about once a second with the
// per-partition versions), overlaid with alert transitions from the hub as they arrive.
import { api } from './api.js';
import { sleep } from './format.js';

const POLL_MS = 1000;

export class Directory {
  constructor(onChange, onError) {
    this.lines = new Map();
    this.versions = null;
    this.onChange = onChange;
    this.onError = onError;
    this.info = { total: 0, profile: '', open: true };
    this.stopped = false;
  }

  async run() {
    for (let failures = 0; !this.stopped;) {
      try {
        await this.poll();
        if (failures) this.onError(null);
        failures = 0;
      } catch (e) {
        failures++;
        this.onError(e);
      }
      await sleep(failures ? Math.min(5000, 1000 * failures) : POLL_MS);
    }
  }

  async poll() {
    const query = this.versions ? `?v=${this.versions.join(',')}` : '';
    const page = await api(`/api/board/changes${query}`);
    this.versions = page.versions;
    this.info = { total: page.total, profile: page.profile, open: page.open };
    const changed = [];
    for (const l of page.lines) changed.push(this.upsert(l));
    if (changed.length || !this.loaded) { this.loaded = true; this.onChange(changed); }
  }

  /** A directory line; a newer alert transition heard from the hub wins over an older line's alert fields. */
  upsert(l) {
    const old = this.lines.get(l.asin);
    const line = { ...l };
    if (old?.heardAt && old.heardAt > Date.parse(l.updatedAt)) {
      for (const k of ['tier', 'alertState', 'alertId', 'reason']) line[k] = old[k];
      line.heardAt = old.heardAt;
    }
    line.search = `${line.asin} ${line.category ?? ''} ${line.reason ?? ''}`.toLowerCase();
    this.lines.set(l.asin, line);
    return line;
  }

  /** Applies alert transitions to the lines (creating a line for an ASIN the directory has not reported yet). */
  hear(notices) {
    const changed = [];
    for (const n of notices) {
      let line = this.lines.get(n.asin);
      if (!line) {
        line = { asin: n.asin, category: n.category, tier: 'None', spark: [], stored: 0, updatedAt: n.raisedAt };
        this.lines.set(n.asin, line);
      }
      const at = Date.parse(n.raisedAt);
      if (line.heardAt && line.heardAt > at) continue;
      switch (n.kind) {
        case 'Pending': case 'Firing': case 'Escalated':
          Object.assign(line, { tier: n.tier, alertState: n.kind, alertId: n.alertId, reason: n.reason }); break;
        case 'Resolved': case 'Cancelled':
          Object.assign(line, { tier: 'None', alertState: null, alertId: null, reason: null }); break;
        case 'Acknowledged':
          line.acknowledged = true; break;
        default: continue;
      }
      line.heardAt = at;
      line.category ??= n.category;
      line.search = `${line.asin} ${line.category ?? ''} ${line.reason ?? ''}`.toLowerCase();
      changed.push(line);
    }
    if (changed.length) this.onChange(changed);
  }
}
