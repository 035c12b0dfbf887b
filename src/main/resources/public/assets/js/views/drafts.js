// The drafts: filter by session, Committee, stage and "you sponsor this"; ordered by last change (newest
// first), symbol or session; each links to its page.
import { h, clear, field, select, humanize, when } from '../dom.js';
import { get, errorArea, showError, session } from '../api.js';

export const STAGES = ['CONSULTATIONS', 'TABLED', 'IN_ACTION', 'DEFERRED', 'APPROVED_BY_COMMITTEE', 'REJECTED_BY_COMMITTEE',
  'NO_ACTION', 'WITHDRAWN', 'REPORTED', 'ADOPTED', 'REJECTED_IN_PLENARY'];

export async function showDraftList(main, query) {
  const heading = h('h1', { tabindex: '-1' }, 'Draft resolutions');
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter drafts' });
  clear(main, heading, form, results);
  heading.focus();

  let all = [];
  try {
    all = await get('/api/drafts');
  } catch (e) {
    showError(errorArea(form), e);
  }
  const sessions = [...new Set(all.map(d => d.session).filter(Boolean))].sort((a, b) => b - a);
  const committees = [...new Set(all.map(d => d.committee).filter(Boolean))].sort();
  const sessionSelect = select('session', [['', 'All sessions'], ...sessions.map(s => [String(s), `Session ${s}`])], query.get('session') || '');
  const committeeSelect = select('committee', [['', 'All Committees'], ...committees.map(c => [c, c])], query.get('committee') || '');
  const stageSelect = select('stage', [['', 'All stages'], ...STAGES.map(s => [s, humanize(s)])], query.get('stage') || '');
  const orderSelect = select('order', ORDERS.map(([v, label]) => [v, label]), orderOf(query));
  const mine = h('input', { type: 'checkbox', name: 'mine', value: '1', checked: query.get('mine') === '1', 'data-testid': 'only-mine' });
  const myState = session.user && session.user.memberState;
  clear(form,
    field('Session', sessionSelect), field('Committee', committeeSelect), field('Stage', stageSelect), field('Order', orderSelect),
    myState ? h('div', { class: 'field tick' }, h('label', {}, mine, ' Only drafts my State sponsors')) : null,
    h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const q = new URLSearchParams();
    for (const s of [sessionSelect, committeeSelect, stageSelect]) if (s.value) q.set(s.name, s.value);
    if (orderSelect.value !== ORDERS[0][0]) q.set('order', orderSelect.value);
    if (myState && mine.checked) q.set('mine', '1');
    location.hash = `#/drafts${q.toString() ? `?${q}` : ''}`;
  });

  const q = new URLSearchParams();
  for (const key of ['session', 'committee', 'stage']) if (query.get(key)) q.set(key, query.get(key));
  try {
    const found = q.toString() ? await get(`/api/drafts?${q}`) : all;
    const drafts = (myState && query.get('mine') === '1' ? found.filter(sponsoredByMe) : found);
    const order = orderOf(query);
    clear(results, drafts.length ? table(ordered(drafts, order), order) : h('p', {}, 'No draft matches these filters.'));
  } catch (e) {
    showError(errorArea(form), e);
  }
}

/** [value, label, column it sorts, aria-sort of that column]; the first is the default. */
const ORDERS = [['changed', 'Last change, newest first', 'Last change', 'descending'], ['changed-asc', 'Last change, oldest first', 'Last change', 'ascending'],
  ['symbol', 'Symbol', 'Symbol', 'ascending'], ['session', 'Session, latest first', 'Session', 'descending']];
const orderOf = query => (ORDERS.some(o => o[0] === query.get('order')) ? query.get('order') : ORDERS[0][0]);
const changed = d => Date.parse(d.lastChangedAt || d.createdAt) || 0;

function ordered(drafts, order) {
  const bySymbol = (a, b) => (a.symbol || '\uffff').localeCompare(b.symbol || '\uffff', 'en', { numeric: true }) || a.id - b.id;
  const compare = {
    changed: (a, b) => changed(b) - changed(a) || b.id - a.id,
    'changed-asc': (a, b) => changed(a) - changed(b) || a.id - b.id,
    symbol: bySymbol,
    session: (a, b) => (b.session ?? -1) - (a.session ?? -1) || bySymbol(a, b),
  }[order];
  return [...drafts].sort(compare);
}

/** "5 minutes ago", "yesterday", "3 weeks ago": how long ago, in words. */
export function ago(iso, now = Date.now()) {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const words = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const units = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60]];
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return words.format(Math.round(seconds / size), unit);
  return 'just now';
}

/** When the draft last changed: in words and as a date, both read out; the column's name is repeated for the phone's cards. */
function lastChange(d) {
  const iso = d.lastChangedAt || d.createdAt;
  if (!iso) return '—';
  return [h('span', { class: 'card-label' }, 'Last change: '),
    h('time', { datetime: iso, 'data-testid': 'last-change' }, ago(iso)), h('br'), h('small', { class: 'hint', 'data-testid': 'last-change-date' }, when(iso))];
}

function table(drafts, order) {
  const [, label, column, direction] = ORDERS.find(o => o[0] === order);
  return h('table', { class: 'drafts' },
    h('caption', {}, `${drafts.length} draft${drafts.length === 1 ? '' : 's'}, ordered by ${label.toLowerCase()}`),
    h('thead', {}, h('tr', {}, ['Symbol', 'Title', 'Main sponsors', 'Session', 'Committee', 'Stage', 'Last change']
      .map(t => h('th', { scope: 'col', 'aria-sort': t === column ? direction : null }, t)))),
    h('tbody', {}, drafts.map(d => h('tr', {},
      h('td', {}, d.symbol || '—'),
      h('td', {}, h('a', { href: `#/drafts/${d.id}` }, d.title || `Draft ${d.id}`),
        sponsoredByMe(d) ? h('span', { class: 'mine', 'data-testid': 'you-sponsor' }, ' — you sponsor this') : null),
      h('td', {}, d.mainSponsors.map(s => s.name).join(', ')),
      h('td', {}, d.session ?? ''),
      h('td', {}, d.committee || 'Plenary'),
      h('td', {}, h('span', { class: `stage stage-${d.stage}` }, humanize(d.stage)), d.currentVersion > 1 ? ` (version ${d.currentVersion})` : ''),
      h('td', { class: 'last-change' }, lastChange(d))))));
}

/** Whether the signed-in delegate's State is a main sponsor of draft `d`. */
function sponsoredByMe(d) {
  const mine = session.user && session.user.memberState;
  return Boolean(mine) && (d.mainSponsors || []).some(s => s.code === mine);
}
