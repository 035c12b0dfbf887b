// The drafts: filter by session, Committee and stage; each links to its page.
import { h, clear, field, select, humanize } from '../dom.js';
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
  clear(form,
    field('Session', sessionSelect), field('Committee', committeeSelect), field('Stage', stageSelect),
    h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const q = new URLSearchParams();
    for (const s of [sessionSelect, committeeSelect, stageSelect]) if (s.value) q.set(s.name, s.value);
    location.hash = `#/drafts${q.toString() ? `?${q}` : ''}`;
  });

  const q = new URLSearchParams();
  for (const key of ['session', 'committee', 'stage']) if (query.get(key)) q.set(key, query.get(key));
  try {
    const drafts = q.toString() ? await get(`/api/drafts?${q}`) : all;
    clear(results, drafts.length ? table(drafts) : h('p', {}, 'No draft matches these filters.'));
  } catch (e) {
    showError(errorArea(form), e);
  }
}

function table(drafts) {
  return h('table', { class: 'drafts' },
    h('caption', {}, `${drafts.length} draft${drafts.length === 1 ? '' : 's'}`),
    h('thead', {}, h('tr', {}, ['Symbol', 'Title', 'Main sponsors', 'Session', 'Committee', 'Stage'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, drafts.map(d => h('tr', {},
      h('td', {}, d.symbol || '—'),
      h('td', {}, h('a', { href: `#/drafts/${d.id}` }, d.title || `Draft ${d.id}`),
        sponsoredByMe(d) ? h('span', { class: 'mine', 'data-testid': 'you-sponsor' }, ' — you sponsor this') : null),
      h('td', {}, d.mainSponsors.map(s => s.name).join(', ')),
      h('td', {}, d.session ?? ''),
      h('td', {}, d.committee || 'Plenary'),
      h('td', {}, h('span', { class: `stage stage-${d.stage}` }, humanize(d.stage)), d.currentVersion > 1 ? ` (version ${d.currentVersion})` : '')))));
}

/** Whether the signed-in delegate's State is a main sponsor of draft `d`. */
function sponsoredByMe(d) {
  const mine = session.user && session.user.memberState;
  return Boolean(mine) && (d.mainSponsors || []).some(s => s.code === mine);
}
