// The alert hub (/hubs/alerts, SignalR JSON): subscribe, hear transitions, and after every reconnect (a silo restart,
// a network drop) replay what was missed, so no transition is lost or shown twice.
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { sleep } from './format.js';

const RETRY_MS = [0, 500, 1000, 1000, 2000];
const REPLAY_ASINS = 500;

export class AlertStream {
  /**
   * @param {object} subscription AlertSubscription: { all } or { asins } …
   * @param {(notices: object[], replayed: boolean) => void} onNotices
   * @param {(state: 'connecting'|'live'|'reconnecting'|'down', detail?: string) => void} onState
   */
  constructor(subscription, onNotices, onState, { since } = {}) {
    this.subscription = subscription;
    this.onNotices = onNotices;
    this.onState = onState;
    this.lastSeq = new Map();
    this.seen = new Set();
    this.lostAt = since ?? null;
    this.connection = new HubConnectionBuilder()
      .withUrl('/hubs/alerts')
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: c => RETRY_MS[Math.min(c.previousRetryCount, RETRY_MS.length - 1)] })
      .configureLogging(LogLevel.None)
      .build();
    this.connection.on('alerts', batch => this.receive(batch, false));
    this.connection.onreconnecting(e => { this.lostAt ??= new Date(); this.onState('reconnecting', e?.message); });
    this.connection.onreconnected(() => this.resume());
    // Automatic reconnect gave up (or never started): keep trying; a board must come back on its own.
    this.connection.onclose(e => { this.lostAt ??= new Date(); this.onState('down', e?.message); this.connect(); });
  }

  start() { this.onState('connecting'); this.connect(); return this; }

  async connect() {
    if (this.connecting) return;
    this.connecting = true;
    try {
      for (;;) {
        try {
          await this.connection.start();
          break;
        } catch (e) {
          this.lostAt ??= new Date();
          this.onState('down', e?.message ?? String(e));
          await sleep(2000);
        }
      }
    } finally {
      this.connecting = false;
    }
    await this.resume();
  }

  async resume() {
    try {
      await this.connection.invoke('Subscribe', this.subscription);
      this.onState('live');
      await this.replay();
    } catch (e) {
      this.onState('down', e?.message ?? String(e));
    }
  }

  /** Everything after the last sequence number held per ASIN, and for other ASINs since the connection was lost. */
  async replay() {
    if (!this.lostAt) return;
    const since = new Date(this.lostAt.getTime() - 30_000);
    const after = Object.fromEntries([...this.lastSeq].slice(-REPLAY_ASINS));
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        const missed = await this.connection.invoke('Replay', { after, since: since.toISOString(), subscription: null });
        this.lostAt = null;
        this.receive(missed, true);
        return;
      } catch (e) {
        // "replay incomplete, retry": some grains have not moved yet after a silo died.
        if (!String(e?.message).includes('replay incomplete')) throw e;
        await sleep(1000);
      }
    }
  }

  receive(batch, replayed) {
    const fresh = [];
    for (const n of batch ?? []) {
      const key = `${n.asin}#${n.sequence}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      if ((this.lastSeq.get(n.asin) ?? 0) < n.sequence) {
        this.lastSeq.delete(n.asin); // keeps the map in recency order for the replay's cap
        this.lastSeq.set(n.asin, n.sequence);
      }
      fresh.push(n);
    }
    if (this.seen.size > 50_000) this.seen = new Set([...this.seen].slice(-20_000));
    if (fresh.length) this.onNotices(fresh, replayed);
  }
}
