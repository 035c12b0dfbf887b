// Requests for division (rule 129): during action a delegation asks that one paragraph be voted on
// separately, after the amendments and before the draft as a whole; the secretariat may record a
// request made from the floor. Everyone sees which paragraphs are to be voted on separately and how
// those votes went, from the order of voting the voting panel read just before (ctx.votingOrder);
// the secretariat takes them in that order. The request form is shown while the draft's allowedActions
// hold request-division.
import { h, clear, field, select, announce } from '../dom.js';
import { post, submitting } from '../api.js';
import { paragraphChoices } from '../resolution.js';

const STATUS = { PENDING: 'to be voted on', RETAINED: 'retained', DELETED: 'deleted' };

export function divisionsPanel(ctx) {
  const list = h('ul', { class: 'divisions' });
  const paragraph = select('paragraph', []);
  const form = h('form', { class: 'request-division' }, field('Paragraph to vote on separately', paragraph),
    h('button', { type: 'submit' }, 'Request a separate vote'));
  const el = h('section', { class: 'panel', 'aria-labelledby': 'divisions-h', 'data-testid': 'divisions' },
    h('h2', { id: 'divisions-h' }, 'Separate votes (division)'), list, form);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const done = await submitting(form, () => post(`/api/drafts/${ctx.draftId}/divisions`, { paragraph: paragraph.value }));
    if (done) { announce(`Separate vote on ${done.paragraph} requested.`); await ctx.refresh(); }
  });
  return {
    el,
    update({ draft }) {
      el.hidden = draft.stage !== 'IN_ACTION';
      if (el.hidden) return;
      form.hidden = !(draft.allowedActions || []).includes('request-division');
      paragraphChoices(paragraph, draft.paragraphs);
      if (!ctx.votingOrder) {
        clear(list, h('li', {}, 'The separate votes could not be read; they will be shown at the next update.'));
        return;
      }
      const divisions = ctx.votingOrder.filter(i => i.type === 'DIVISION');
      clear(list, divisions.length
        ? divisions.map(d => h('li', { 'data-ref': d.ref, 'data-status': d.status }, `${d.ref}: ${d.paragraph} — ${STATUS[d.status] || d.status.toLowerCase()}`))
        : h('li', {}, 'No separate vote requested.'));
    },
  };
}
