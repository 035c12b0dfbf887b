// A recorded vote: every Member State with Yes / No / Abstain / Absent (the default), keyboard
// usable (one radio group per State), with a live tally.
import { h, clear } from '../dom.js';
import { memberStates } from '../states.js';

const CHOICES = [['YES', 'Yes'], ['NO', 'No'], ['ABSTAIN', 'Abstain'], ['ABSENT', 'Absent']];
let grids = 0;

export function voteGrid() {
  grids += 1;
  const prefix = `vote${grids}`;
  const tally = h('p', { class: 'tally', role: 'status', 'data-testid': 'tally' });
  const grid = h('div', { class: 'vote-grid', role: 'group', 'aria-label': 'Recorded vote of every Member State' });
  const filter = h('input', { type: 'search', 'aria-label': 'Find a Member State in the grid', placeholder: 'Find a State…' });
  const allAbsent = h('button', { type: 'button', onclick: () => setAll('ABSENT') }, 'All absent');
  const el = h('div', { class: 'recorded-vote' }, h('div', { class: 'row' }, filter, allAbsent), tally, grid);
  let states = [];

  function setAll(value) {
    grid.querySelectorAll(`input[value=${value}]`).forEach(r => { r.checked = true; });
    count();
  }
  function ballots() {
    const out = {};
    grid.querySelectorAll('input:checked').forEach(r => { if (r.value !== 'ABSENT') out[r.dataset.state] = r.value; });
    return out;
  }
  function count() {
    const b = Object.values(ballots());
    const n = v => b.filter(x => x === v).length;
    clear(tally, `Yes ${n('YES')} — No ${n('NO')} — Abstain ${n('ABSTAIN')} — Absent ${states.length - b.length}`);
  }
  grid.addEventListener('change', count);
  filter.addEventListener('input', () => {
    const f = filter.value.trim().toLowerCase();
    grid.querySelectorAll('fieldset').forEach(fs => { fs.hidden = Boolean(f) && !fs.dataset.name.includes(f) && !fs.dataset.state.toLowerCase().startsWith(f); });
  });

  memberStates().then(all => {
    states = all.filter(s => !s.observer);
    clear(grid, states.map(s => h('fieldset', { dataset: { state: s.code, name: s.name.toLowerCase() } },
      h('legend', { title: s.name }, s.name),
      CHOICES.map(([value, label]) => h('label', {},
        h('input', { type: 'radio', name: `${prefix}-${s.code}`, value, checked: value === 'ABSENT', dataset: { state: s.code } }),
        label)))));
    count();
  }).catch(() => clear(grid, h('p', { class: 'error' }, 'The list of Member States could not be loaded.')));

  return { el, ballots, reset: () => setAll('ABSENT') };
}
