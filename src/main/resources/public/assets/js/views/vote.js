// A recorded vote: every Member State with Yes / No / Abstain / Absent (the default), keyboard
// usable (one radio group per State), with a live tally. For 193 States: "all remaining Yes / No /
// Abstain", and the voting system's result pasted as a list, refused line by line where it names
// no State.
import { h, clear, field, announce } from '../dom.js';
import { memberStates } from '../states.js';
import { readVoteList } from '../vote-list.js';

const CHOICES = [['YES', 'Yes'], ['NO', 'No'], ['ABSTAIN', 'Abstain'], ['ABSENT', 'Absent']];
let grids = 0;

export function voteGrid() {
  grids += 1;
  const prefix = `vote${grids}`;
  const tally = h('p', { class: 'tally', role: 'status', 'data-testid': 'tally' });
  const grid = h('div', { class: 'vote-grid', role: 'group', 'aria-label': 'Recorded vote of every Member State' });
  const filter = h('input', { type: 'search', 'aria-label': 'Find a Member State in the grid', placeholder: 'Find a State…' });
  const allAbsent = h('button', { type: 'button', onclick: () => setAll('ABSENT') }, 'All absent');
  const remaining = [['YES', 'Yes'], ['NO', 'No'], ['ABSTAIN', 'Abstain']].map(([value, label]) =>
    h('button', { type: 'button', 'data-remaining': value, onclick: () => setRemaining(value) }, `All remaining ${label}`));
  const pasted = h('textarea', { name: 'pasted-votes', rows: 5, spellcheck: 'false', maxlength: 20000 });
  const pasteErrors = h('div', { class: 'error', role: 'alert', hidden: true, 'data-testid': 'paste-refused' });
  const applyList = h('button', { type: 'button', onclick: () => applyPasted() }, 'Take the votes from this list');
  const paste = h('details', { class: 'paste-votes' }, h('summary', {}, 'Paste the voting system’s result'),
    field('One State and its vote per line (names or codes)', pasted, 'For example: “France Yes”, “CHL: No”, “Peru, Abstain”'),
    applyList, pasteErrors);
  const el = h('div', { class: 'recorded-vote' }, h('div', { class: 'row' }, filter, allAbsent), h('div', { class: 'row bulk' }, remaining),
    paste, tally, grid);
  let states = [];

  function setAll(value) {
    grid.querySelectorAll(`input[value=${value}]`).forEach(r => { r.checked = true; });
    count();
  }
  /** Every State still absent gets `value`; those already given a vote keep it. */
  function setRemaining(value) {
    let n = 0;
    grid.querySelectorAll('input[value=ABSENT]:checked').forEach(r => {
      const target = grid.querySelector(`input[name="${r.name}"][value=${value}]`);
      if (target) { target.checked = true; n += 1; }
    });
    count();
    announce(`${n} remaining States set to ${value.toLowerCase()}.`);
  }
  function applyPasted() {
    const { ballots: read, refused } = readVoteList(pasted.value, states);
    pasteErrors.hidden = !refused.length;
    clear(pasteErrors, refused.length ? [h('p', {}, `${refused.length} line${refused.length === 1 ? '' : 's'} refused; no vote was taken from the list:`),
      h('ul', {}, refused.map(r => h('li', { 'data-line': r.line }, `Line ${r.line}: ${r.text ? `“${r.text}” — ` : ''}${r.reason}`)))] : []);
    if (refused.length) { pasted.focus(); return; }
    for (const [code, value] of Object.entries(read)) {
      const radio = grid.querySelector(`fieldset[data-state="${code}"] input[value=${value}]`);
      if (radio) radio.checked = true;
    }
    count();
    announce(`Votes of ${Object.keys(read).length} States taken from the list.`);
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

  /** What will be recorded, for the summary confirmed before recording. */
  function summary() {
    const b = ballots();
    const names = value => states.filter(st => b[st.code] === value).map(st => st.name).sort((x, y) => x.localeCompare(y, 'en'));
    return { tally: tally.textContent, inFavour: names('YES'), against: names('NO'), abstaining: names('ABSTAIN') };
  }

  return { el, ballots, summary, reset: () => { setAll('ABSENT'); pasted.value = ''; pasteErrors.hidden = true; } };
}

/** The tally and the three lists, as the UN prints them, for the confirmation before recording and after the vote. */
export function voteSummary({ tally, inFavour, against, abstaining }) {
  const list = (title, names, testid) => [h('h3', {}, `${title} (${names.length})`),
    h('p', { 'data-testid': testid }, names.length ? `${names.join(', ')}.` : 'None.')];
  return h('div', { class: 'vote-lists' }, tally ? h('p', { class: 'tally', 'data-testid': 'summary-tally' }, tally) : null,
    list('In favour', inFavour, 'in-favour'), list('Against', against, 'against'), list('Abstaining', abstaining, 'abstaining'));
}
