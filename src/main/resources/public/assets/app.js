// Draftroom web client: plain ES modules, no build step. A hash router picks the view.
import { h, clear, announce } from './js/dom.js';
import { get, session } from './js/api.js';
import { memberStates } from './js/states.js';
import { showSignIn } from './js/views/signin.js';
import { showDraftList } from './js/views/drafts.js';
import { showDraft } from './js/views/draft.js';
import { showCompare } from './js/views/compare.js';
import { showAudit } from './js/views/audit.js';

const main = document.getElementById('main');
const routes = [
  [/^#\/drafts\/(\d+)\/compare$/, m => showCompare(main, Number(m[1]), query())],
  [/^#\/drafts\/(\d+)$/, m => showDraft(main, Number(m[1]))],
  [/^#\/drafts$/, () => showDraftList(main, query())],
  [/^#\/audit$/, () => showAudit(main, query())],
];
let cleanup = null;
let generation = 0;
/** Why the sign-in page is shown, when the user did not ask for it (the session ended). */
let signInReason = null;

function query() {
  const i = location.hash.indexOf('?');
  return new URLSearchParams(i < 0 ? '' : location.hash.slice(i + 1));
}

async function route() {
  const hash = location.hash || '#/drafts';
  if (!hash.startsWith('#/')) return; // in-page anchors such as footnotes
  if (cleanup) { cleanup(); cleanup = null; }
  const mine = ++generation;
  if (!session.token() || !session.user) {
    if (session.token() && await loadUser()) return route();
    if (mine !== generation) return;
    renderChrome();
    // Signing in comes back to the page asked for: the address (hash) is left as it is.
    const reason = signInReason;
    signInReason = null;
    cleanup = showSignIn(main, () => loadUser().then(route), reason) || null;
    return;
  }
  renderChrome();
  const path = hash.split('?')[0];
  for (const [pattern, show] of routes) {
    const m = path.match(pattern);
    if (m) {
      const stop = (await show(m)) || null;
      // The page was left (or the session ended) while it loaded: stop what it started.
      if (mine !== generation) stop?.();
      else cleanup = stop;
      return;
    }
  }
  clear(main, h('h1', {}, 'Page not found'), h('p', {}, h('a', { href: '#/drafts' }, 'Back to the drafts')));
}

async function loadUser() {
  try {
    session.user = await get('/api/me');
    return true;
  } catch (e) {
    if (e.status === 401) signInReason = signInReason || 'Your session has ended. Sign in again to go on where you were.';
    session.clear();
    session.user = null;
    return false;
  }
}

function renderChrome() {
  const user = session.user;
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  if (!user) {
    clear(nav);
    clear(who);
    return;
  }
  // The header is drawn anew (a State's name arriving, another page): whoever had the focus in it keeps it.
  const focused = document.activeElement;
  const inWho = who.contains(focused);
  const inNav = nav.contains(focused) ? focused.getAttribute('href') : null;
  const links = [h('a', { href: '#/drafts' }, 'Drafts')];
  if ((user.allowedActions || []).includes('read-audit')) links.push(h('a', { href: '#/audit' }, 'Audit trail'));
  clear(nav, links);
  const role = user.memberState ? `Delegate of ${user.memberStateName || user.memberState}` : String(user.role).toLowerCase();
  if (user.memberState && !user.memberStateName) {
    memberStates().then(all => {
      const state = all.find(s => s.code === user.memberState);
      if (state) { user.memberStateName = state.name; renderChrome(); }
    }).catch(() => {});
  }
  clear(who,
    h('span', { class: 'user', 'data-testid': 'current-user' }, `${user.username} (${role})`),
    h('button', { type: 'button', class: 'link', onclick: signOut }, 'Sign out'));
  if (inWho) who.querySelector('button')?.focus({ preventScroll: true });
  if (inNav) nav.querySelector(`a[href="${CSS.escape(inNav)}"]`)?.focus({ preventScroll: true });
}

function signOut() {
  session.clear();
  session.user = null;
  announce('Signed out.');
  location.hash = '#/drafts';
  route();
}

window.addEventListener('hashchange', route);
window.addEventListener('draftroom:unauthorized', () => {
  if (session.user) {
    session.clear();
    session.user = null;
    signInReason = 'Your session has ended. Sign in again to go on where you were.';
    route();
  }
});
route();
