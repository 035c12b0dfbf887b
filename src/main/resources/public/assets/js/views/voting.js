// At action: the order of voting, shown to everyone: a no-action motion first (rule 116), the
// amendments (furthest removed first, rule 130) and separate votes, then the proposal as a whole,
// last. The secretariat may rearrange the amendments and separate votes (motions and the proposal
// keep their places) and records the vote on each, without a vote or recorded, with its date and
// meeting. The order read here is left in ctx.votingOrder for the divisions panel, which follows.
import { h, clear, field, select, announce } from '../dom.js';
import { get, put, post, submitting, errorArea, showError } from '../api.js';
import { voteGrid, voteSummary } from './vote.js';
import { confirmStep } from '../confirm.js';
import { describeOperation } from '../amendment-text.js';

export function votingPanel(ctx) {
  let arranging = false; // the draft's allowedActions say whether the user orders the vote (order-the-vote)
  let voting = false; // … and whether the user records the votes (vote-on-amendments)
  const list = h('ol', { class: 'voting-order' });
  const saveForm = h('form', { class: 'buttons' }, h('button', { type: 'submit' }, 'Save this order of voting'));
  const voteForm = buildVoteForm(ctx);
  const el = h('section', { class: 'panel', 'aria-labelledby': 'voting-h', 'data-testid': 'voting-order' },
    h('h2', { id: 'voting-h' }, 'Order of voting'), list, saveForm, voteForm.el);
  let items = [];
  let fixedFirst = [];
  let fixedLast = [];
  let descriptions = {};
  let unsaved = false;
  const unsavedNote = h('p', { class: 'hint', hidden: true }, 'This order is not saved yet.');
  saveForm.prepend(unsavedNote);
  saveForm.addEventListener('submit', async event => {
    event.preventDefault();
    const saved = await submitting(saveForm, () => put(`/api/drafts/${ctx.draftId}/amendments/voting-order`, { order: items.map(i => i.ref) }));
    if (saved) { unsaved = false; unsavedNote.hidden = true; announce('Order of voting saved.'); await ctx.refresh(); }
  });
  const fixed = item => h('li', { 'data-ref': item.ref, 'data-type': item.type, class: 'fixed' },
    `${item.ref === 'P' ? 'Proposal' : item.ref} — ${descriptions[item.ref] || (item.type === 'PROPOSAL' ? 'the draft resolution' : 'no-action motion')}`,
    ` (${item.status.toLowerCase().replace('_', ' ')})`);
  function render() {
    clear(list, fixedFirst.map(fixed), items.map((item, i) => h('li', { 'data-ref': item.ref, 'data-type': item.type },
      `${item.ref} — ${item.type === 'DIVISION' ? 'separate vote' : 'amendment'}${item.paragraph ? ` on ${item.paragraph}` : ''}`,
      item.amends != null ? `, amending A${item.amends}` : '', ` (${item.status.toLowerCase()})`, whatItIs(ctx, item),
      arranging ? [
        h('button', { type: 'button', class: 'link', disabled: i === 0, 'aria-label': `Move ${item.ref} up`, onclick: () => move(i, -1) }, ' ↑ '),
        h('button', { type: 'button', class: 'link', disabled: i === items.length - 1, 'aria-label': `Move ${item.ref} down`, onclick: () => move(i, 1) }, ' ↓ ')]
        : null)), fixedLast.map(fixed));
    voteForm.setItems(voting ? items.filter(i => i.status === 'PENDING') : []);
  }
  function move(i, by) {
    [items[i], items[i + by]] = [items[i + by], items[i]];
    unsaved = true;
    unsavedNote.hidden = false;
    render();
    list.querySelectorAll('li')[i + by]?.querySelector('button')?.focus();
  }
  return {
    el,
    async update({ draft }) {
      el.hidden = draft.stage !== 'IN_ACTION';
      arranging = (draft.allowedActions || []).includes('order-the-vote');
      voting = (draft.allowedActions || []).includes('vote-on-amendments');
      ctx.votingOrder = null;
      if (el.hidden) return;
      try {
        const order = await get(`/api/drafts/${ctx.draftId}/amendments/voting-order`);
        const all = order.items || [];
        // The amendments panel reads them after this one: read them here when this order names one not yet known.
        const known = new Set((ctx.amendments?.items || []).map(a => a.number));
        if (all.some(i => i.type === 'AMENDMENT' && !known.has(i.number))) {
          ctx.amendments = await get(`/api/drafts/${ctx.draftId}/amendments?size=200`).catch(() => ctx.amendments);
        }
        descriptions = order.descriptions || {};
        const movable = i => i.type === 'AMENDMENT' || i.type === 'DIVISION';
        fixedFirst = all.filter(i => i.type === 'NO_ACTION_MOTION');
        fixedLast = all.filter(i => i.type === 'PROPOSAL');
        const fresh = all.filter(movable);
        ctx.votingOrder = fresh;
        items = unsaved ? inTheOrderBeingArranged(items, fresh) : fresh;
        render();
        saveForm.hidden = !arranging || items.length < 2;
      } catch (e) {
        showError(errorArea(el), e);
      }
    },
  };
}

/** An amendment in the order of voting: its symbol, who proposes it and what it changes, as the Committee hears it read out. */
function whatItIs(ctx, item) {
  if (item.type !== 'AMENDMENT') return null;
  const a = (ctx.amendments?.items || []).find(x => x.number === item.number);
  if (!a) return null;
  return h('span', { class: 'order-detail', 'data-testid': 'order-detail' }, h('br'),
    h('strong', {}, a.reference || `Amendment ${a.number}`), `, proposed by ${a.proposedBy || (a.memberState ? a.memberState.name : a.author)}`,
    (a.cosponsors || []).length ? ` with ${a.cosponsors.map(c => c.name).join(', ')}` : '', ': ',
    a.operations.map((op, k) => [k ? '; ' : '', describeOperation(op)]));
}

/** The secretariat's rearranged, unsaved order kept through a refresh: its items as they now stand, new ones at the end. */
function inTheOrderBeingArranged(arranged, fresh) {
  const byRef = new Map(fresh.map(i => [i.ref, i]));
  const kept = arranged.filter(i => byRef.has(i.ref)).map(i => byRef.get(i.ref));
  return [...kept, ...fresh.filter(i => !arranged.some(a => a.ref === i.ref))];
}

const DECISIONS = {
  AMENDMENT: [['WITHOUT_VOTE_ADOPTED', 'Adopted without a vote'], ['WITHOUT_VOTE_REJECTED', 'Rejected without a vote'], ['RECORDED_VOTE', 'Recorded vote']],
  DIVISION: [['WITHOUT_VOTE_ADOPTED', 'Paragraph retained without a vote'], ['WITHOUT_VOTE_REJECTED', 'Paragraph deleted without a vote'],
    ['RECORDED_VOTE', 'Recorded vote (Yes retains the paragraph)']],
};

function buildVoteForm(ctx) {
  const item = select('item', []);
  const method = select('method', DECISIONS.AMENDMENT);
  const grid = voteGrid();
  grid.el.hidden = true;
  let pending = [];
  let shown = null;
  let decisionsFor = 'AMENDMENT';
  const chosen = () => pending.find(i => i.ref === item.value);
  const showGrid = () => { grid.el.hidden = method.value !== 'RECORDED_VOTE'; };
  method.addEventListener('change', showGrid);
  item.addEventListener('change', () => {
    const type = chosen()?.type || 'AMENDMENT';
    if (type === decisionsFor) return;
    decisionsFor = type;
    const keep = method.value;
    clear(method, DECISIONS[type].map(([v, label]) => h('option', { value: v, selected: v === keep }, label)));
    showGrid();
  });
  const date = h('input', { name: 'date', type: 'date' });
  const meeting = h('input', { name: 'meeting', type: 'text', placeholder: '45th meeting', autocomplete: 'off' });
  const decided = h('input', { name: 'committeeDecision', type: 'text', autocomplete: 'off' });
  const form = h('form', { class: 'amendment-vote' }, h('h3', {}, 'Vote on an amendment or a separate paragraph'), field('Vote on', item),
    field('Decision', method), grid.el, field('Date (default today)', date), field('Meeting', meeting),
    field('Out of the order of voting only: the Committee\'s decision', decided),
    h('button', { type: 'submit', class: 'primary' }, 'Record the vote'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const it = chosen();
    if (!it) return;
    const body = method.value === 'RECORDED_VOTE' ? { method: 'RECORDED_VOTE', ballots: grid.ballots() }
      : { method: 'WITHOUT_VOTE', adopted: method.value === 'WITHOUT_VOTE_ADOPTED' };
    if (date.value) body.date = date.value;
    if (meeting.value) body.meeting = meeting.value;
    if (decided.value) body.committeeDecision = decided.value;
    const path = it.type === 'DIVISION' ? `divisions/${it.number}` : `amendments/${it.number}`;
    const what = method.value === 'RECORDED_VOTE' ? voteSummary(grid.summary())
      : h('p', {}, `${method.options[method.selectedIndex].text}. This is recorded as it stands and cannot be undone.`);
    if (!(await confirmStep(`Record the vote on ${it.ref}?`, what, 'Record the vote'))) return;
    const done = await submitting(form, () => post(`/api/drafts/${ctx.draftId}/${path}/vote`, body));
    if (done) { grid.reset(); decided.value = ''; announce(`Vote on ${it.ref} recorded: ${done.status.toLowerCase()}.`); await ctx.refresh(); }
  });
  return {
    el: form,
    setItems(items) {
      pending = items;
      form.hidden = !pending.length;
      // A live refresh that changes nothing leaves the choices alone, so a choice being made stays open.
      const refs = pending.map(i => `${i.ref}:${i.paragraph}`).join(',');
      if (refs === shown) return;
      shown = refs;
      const keep = item.value;
      clear(item, pending.map(i => h('option', { value: i.ref }, i.type === 'DIVISION' ? `${i.ref} — separate vote on ${i.paragraph}` : i.ref)));
      if (pending.some(i => i.ref === keep)) item.value = keep;
      item.dispatchEvent(new Event('change'));
    },
  };
}
