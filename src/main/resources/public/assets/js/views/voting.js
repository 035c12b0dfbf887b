// The secretariat at action: the order of voting (amendments furthest removed first, rule 130),
// which it may rearrange, and the vote on each amendment, without a vote or recorded.
import { h, clear, field, select, announce } from '../dom.js';
import { get, put, post, submitting, errorArea, showError } from '../api.js';
import { voteGrid } from './vote.js';

export function votingPanel(ctx) {
  const list = h('ol', { class: 'voting-order' });
  const saveForm = h('form', { class: 'buttons' }, h('button', { type: 'submit' }, 'Save this order of voting'));
  const voteForm = buildVoteForm(ctx);
  const el = h('section', { class: 'panel', 'aria-labelledby': 'voting-h', 'data-testid': 'voting-order' },
    h('h2', { id: 'voting-h' }, 'Order of voting'), list, saveForm, voteForm.el);
  let items = [];
  saveForm.addEventListener('submit', async event => {
    event.preventDefault();
    const saved = await submitting(saveForm, () => put(`/api/drafts/${ctx.draftId}/amendments/voting-order`, { order: items.map(i => i.ref) }));
    if (saved) { announce('Order of voting saved.'); await ctx.refresh(); }
  });
  function render() {
    clear(list, items.map((item, i) => h('li', { 'data-ref': item.ref },
      `${item.ref} — ${item.type.toLowerCase()} ${item.paragraph ? `on ${item.paragraph}` : ''} (${item.status.toLowerCase()})`,
      h('button', { type: 'button', class: 'link', disabled: i === 0, 'aria-label': `Move ${item.ref} up`, onclick: () => move(i, -1) }, ' ↑ '),
      h('button', { type: 'button', class: 'link', disabled: i === items.length - 1, 'aria-label': `Move ${item.ref} down`, onclick: () => move(i, 1) }, ' ↓ '))));
    voteForm.setItems(items.filter(i => i.type === 'AMENDMENT' && i.status === 'PENDING'));
  }
  function move(i, by) {
    [items[i], items[i + by]] = [items[i + by], items[i]];
    render();
    list.querySelectorAll('li')[i + by]?.querySelector('button')?.focus();
  }
  return {
    el,
    async update({ draft }) {
      el.hidden = !(ctx.user.role === 'SECRETARIAT' && draft.stage === 'IN_ACTION');
      if (el.hidden) return;
      try {
        items = (await get(`/api/drafts/${ctx.draftId}/amendments/voting-order`)).items || [];
        render();
        saveForm.hidden = items.length < 2;
      } catch (e) {
        showError(errorArea(el), e);
      }
    },
  };
}

function buildVoteForm(ctx) {
  const amendment = select('amendment', []);
  const method = select('method', [['WITHOUT_VOTE_ADOPTED', 'Adopted without a vote'], ['WITHOUT_VOTE_REJECTED', 'Rejected without a vote'],
    ['RECORDED_VOTE', 'Recorded vote']]);
  const grid = voteGrid();
  grid.el.hidden = true;
  method.addEventListener('change', () => { grid.el.hidden = method.value !== 'RECORDED_VOTE'; });
  const form = h('form', { class: 'amendment-vote' }, h('h3', {}, 'Vote on an amendment'), field('Amendment', amendment),
    field('Decision', method), grid.el, h('button', { type: 'submit', class: 'primary' }, 'Record the vote on the amendment'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = method.value === 'RECORDED_VOTE' ? { method: 'RECORDED_VOTE', ballots: grid.ballots() }
      : { method: 'WITHOUT_VOTE', adopted: method.value === 'WITHOUT_VOTE_ADOPTED' };
    const done = await submitting(form, () => post(`/api/drafts/${ctx.draftId}/amendments/${amendment.value}/vote`, body));
    if (done) { grid.reset(); announce(`Vote on amendment ${amendment.value} recorded: ${done.status.toLowerCase()}.`); await ctx.refresh(); }
  });
  return {
    el: form,
    setItems(pending) {
      form.hidden = !pending.length;
      const keep = amendment.value;
      clear(amendment, pending.map(i => h('option', { value: i.number }, i.ref)));
      if (pending.some(i => String(i.number) === keep)) amendment.value = keep;
    },
  };
}
