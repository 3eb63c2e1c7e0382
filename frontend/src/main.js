// Entry: picks the view for the path, connects the alert hub and keeps the header's live status.
import './board.css';
import { AlertStream } from './hub.js';
import { Directory } from './directory.js';
import { Board } from './board.js';
import { Feed } from './feed.js';
import { AsinPage } from './asin.js';
import { esc } from './format.js';

const app = document.getElementById('app');
const live = document.getElementById('live');
const notice = document.getElementById('notice');
const problems = new Map();

/** Page-level messages by source: each says what happened; cleared when the source recovers. */
function say(source, message) {
  if (message) problems.set(source, message); else problems.delete(source);
  notice.hidden = problems.size === 0;
  notice.innerHTML = [...problems.values()].map(m => `<p>${esc(m)}</p>`).join('');
}

function hubState(state, detail) {
  live.textContent = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', down: 'Live updates down, retrying…' }[state];
  live.dataset.state = state;
  say('hub', state === 'down' ? `Live alerts are unavailable (${detail ?? 'the alert hub cannot be reached'}); retrying. The page keeps working and catches up when the hub is back.` : null);
}

const path = decodeURIComponent(location.pathname);
const expose = window.actorBoard = {};
for (const a of document.querySelectorAll('[data-nav]'))
  if ((a.dataset.nav === 'board' && path === '/') || (a.dataset.nav === 'feed' && path === '/feed')) a.setAttribute('aria-current', 'page');

if (path.startsWith('/asin/')) {
  const asin = path.slice('/asin/'.length).trim();
  document.title = `${asin} · ActorCluster`;
  const page = new AsinPage(app, asin, say);
  expose.page = page;
  page.load().then(ok => {
    expose.loaded = true;
    // Not an ASIN at all: nothing to listen to. An ASIN without data yet listens, and loads when its data arrives.
    if (!ok && !/^[A-Za-z0-9]{10}$/.test(asin)) { live.textContent = 'No live updates'; return; }
    expose.stream = new AlertStream({ asins: [asin] }, () => page.heard(), hubState).start();
  });
} else {
  app.innerHTML = path === '/feed' ? '<div class="feed-page"></div>' : '<div class="board-page"><div class="board-host"></div><div class="feed-host"></div></div>';
  const feed = new Feed(app.querySelector('.feed-page, .feed-host'), { compact: path !== '/feed' });
  let board = null;
  const directory = new Directory(
    lines => board?.changed(lines),
    e => say('directory', e ? `Board updates paused: ${e.message}. Retrying…` : null));
  if (path !== '/feed') board = new Board(app.querySelector('.board-host'), directory);
  const hear = notices => { feed.add(notices); directory.hear(notices); };
  const stream = new AlertStream({ all: true }, hear, hubState, { since: new Date(Date.now() - 10 * 60_000) }).start();
  directory.run();
  Object.assign(expose, { directory, board, feed, stream, hear });
}
