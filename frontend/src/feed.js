// The alert feed: live transitions, newest first, filtered by tier, kind and text; new ones highlighted.
import { esc, when, frameBatcher } from './format.js';

const KEEP = 500;
const KINDS = ['Firing', 'Escalated', 'Pending', 'Resolved', 'Cancelled', 'Acknowledged', 'Snoozed'];

export class Feed {
  constructor(root, { compact = false } = {}) {
    this.items = [];
    this.queue = [];
    this.latencies = [];
    this.work = [];
    this.filter = { tier: '', kind: '', q: '' };
    root.innerHTML = `
      <section class="feed ${compact ? 'compact' : ''}" aria-labelledby="feed-title">
        <h2 id="feed-title">Alert feed <span class="count" aria-live="off"></span></h2>
        <div class="feed-filters">
          <label>Tier <select name="tier" aria-label="Feed: filter by tier"><option value="">All</option>
            <option>Red</option><option>Orange</option><option>Yellow</option><option>None</option></select></label>
          <label>Kind <select name="kind" aria-label="Feed: filter by kind"><option value="">All</option>
            ${KINDS.map(k => `<option>${k}</option>`).join('')}</select></label>
          <input name="q" type="search" placeholder="ASIN, category, reason" aria-label="Feed: filter by text">
        </div>
        <ol class="feed-list" aria-live="polite" aria-relevant="additions"></ol>
        <p class="empty">No alert transitions yet.</p>
      </section>`;
    this.list = root.querySelector('.feed-list');
    this.empty = root.querySelector('.empty');
    this.count = root.querySelector('.count');
    for (const el of root.querySelectorAll('.feed-filters [name]'))
      el.addEventListener('input', () => { this.filter[el.name] = el.value.trim(); this.renderAll(); });
    this.flush = frameBatcher(() => this.drain());
  }

  /** Queued and written once per animation frame. */
  add(notices) {
    const at = performance.now();
    for (const n of notices) this.queue.push({ n, at });
    this.flush();
  }

  matches(n) {
    const f = this.filter;
    if (f.tier && n.tier !== f.tier) return false;
    if (f.kind && n.kind !== f.kind) return false;
    if (f.q) {
      const q = f.q.toLowerCase();
      if (!`${n.asin} ${n.category ?? ''} ${n.reason ?? ''}`.toLowerCase().includes(q)) return false;
    }
    return true;
  }

  drain() {
    const batch = this.queue.splice(0);
    if (!batch.length) return;
    const started = performance.now();
    batch.sort((a, b) => Date.parse(a.n.raisedAt) - Date.parse(b.n.raisedAt));
    const html = [];
    for (const { n } of batch) {
      this.items.push(n);
      if (this.matches(n)) html.push(this.item(n, true));
    }
    if (this.items.length > KEEP) this.items.splice(0, this.items.length - KEEP);
    if (html.length) this.list.insertAdjacentHTML('afterbegin', html.reverse().join(''));
    while (this.list.childElementCount > KEEP) this.list.lastElementChild.remove();
    this.status();
    const now = performance.now();
    for (const { at } of batch) this.latencies.push(now - at);
    this.work.push(now - started);
    if (this.latencies.length > 20_000) this.latencies.splice(0, 10_000);
  }

  renderAll() {
    const shown = this.items.filter(n => this.matches(n)).slice(-KEEP).reverse();
    this.list.innerHTML = shown.map(n => this.item(n, false)).join('');
    this.status();
  }

  status() {
    const shown = this.list.childElementCount;
    this.empty.hidden = shown > 0;
    this.count.textContent = `(${shown}${shown < this.items.length ? ` of ${this.items.length}` : ''})`;
  }

  item(n, fresh) {
    const signals = (n.signals ?? []).map(s => s.kind).join(', ');
    return `<li class="feed-item tier-${esc(n.tier)}${fresh ? ' new' : ''}" data-asin="${esc(n.asin)}" data-kind="${esc(n.kind)}" data-seq="${n.sequence}">
      <time datetime="${esc(n.raisedAt)}">${when(n.raisedAt)}</time>
      <a href="/asin/${encodeURIComponent(n.asin)}">${esc(n.asin)}</a>
      <span class="badge tier-${esc(n.tier)}">${esc(n.tier)}</span>
      <span class="kind">${esc(n.kind)}${n.by ? ` by ${esc(n.by)}` : ''}</span>
      <span class="reason">${esc(n.reason)}${signals ? ` <small>(${esc(signals)})</small>` : ''}</span>
    </li>`;
  }
}
