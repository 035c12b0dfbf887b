// The reviewer's queue (the facilitator in consultations, the main sponsors once tabled): pending
// amendments per paragraph, competing ones side by side, each previewed as tracked changes, with
// accept, reject and accept with modification; ticked amendments previewed together, as the text
// would read with all of them. Cards survive live refreshes, so typed reasons and ticks stay.
import { h, clear, field, announce, keepingFocus } from '../dom.js';
import { get, post, submitting, errorArea, showError } from '../api.js';
import { trackedChanges } from './compare.js';
import { preview, amendmentTag, describeOperation } from '../amendment-text.js';
import { amendmentCard } from './amendments.js';

/** Whether the user reviews the pending amendments now: the server says so in the draft's allowedActions. */
const reviewsNow = draft => (draft.allowedActions || []).includes('review-amendments');

export function reviewPanel(ctx) {
  const body = h('div');
  const compareLink = h('p');
  const together = togetherPreview(ctx, body);
  const el = h('section', { class: 'panel queue', 'aria-labelledby': 'queue-h', 'data-testid': 'queue' },
    h('h2', { id: 'queue-h' }, 'Queue of pending amendments'), compareLink, body, together.el);
  const cards = new Map();
  return {
    el,
    update({ draft }) {
      const reviewing = reviewsNow(draft) && !ctx.amendments.unavailable;
      el.hidden = !reviewing;
      if (!reviewing) return;
      clear(compareLink, draft.currentVersion > 1
        ? h('a', { href: `#/drafts/${ctx.draftId}/compare?from=1&to=${draft.currentVersion}` }, `Compare the first version with the current one (${draft.currentVersion})`)
        : null);
      const groups = new Map();
      for (const [a, subs] of withTheirAmendments(ctx.amendments.items.filter(x => x.status === 'PENDING'))) {
        const group = a.paragraphs.join(', ') || '—';
        if (!groups.has(group)) groups.set(group, []);
        groups.get(group).push(a, ...subs);
      }
      const competing = new Set(ctx.amendments.competing.flatMap(c => c.amendments));
      const live = new Set();
      keepingFocus(() => clear(body, groups.size ? [...groups].map(([label, list]) => h('section', { class: 'queue-group', 'data-paragraph': label },
        h('h3', {}, `${label} — ${list.length} pending${list.some(a => competing.has(a.number)) ? ', competing' : ''}`),
        h('div', { class: list.length > 1 ? 'competing' : '' }, list.map(a => {
          const key = `${a.number}.${a.rowVersion}`;
          live.add(key);
          if (!cards.has(key)) cards.set(key, reviewCard(ctx, a));
          return cards.get(key);
        })))) : h('p', {}, 'No amendment is waiting for a decision.')));
      for (const key of [...cards.keys()]) if (!live.has(key)) cards.delete(key);
      together.el.hidden = live.size < 2;
      together.update(draft, ctx.amendments.items);
    },
  };
}

/**
 * The current text with the ticked amendments applied, from the server; competing ones are refused,
 * named. A preview is put away once the text changes or one of its amendments is decided.
 */
function togetherPreview(ctx, queue) {
  let shown = null;
  const result = h('div', { class: 'comparison-result only-changed', 'data-testid': 'preview-together', 'aria-live': 'polite', hidden: true });
  const form = h('form', { class: 'buttons' }, h('button', { type: 'submit' }, 'Preview the ticked amendments together'));
  const el = h('section', { class: 'together', 'aria-labelledby': 'together-h' },
    h('h3', { id: 'together-h' }, 'As the text would read'), form, result);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const numbers = [...queue.querySelectorAll('input[name=together]:checked')].map(box => box.value);
    result.hidden = true;
    if (!numbers.length) {
      showError(errorArea(form), new Error('Tick the amendments to preview together.'));
      return;
    }
    const html = await submitting(form, () => get(`/api/drafts/${ctx.draftId}/amendments/preview?amendments=${numbers.join(',')}&format=html`,
      { accept: '*/*' }));
    if (html != null) {
      shown = { version: ctx.state.draft.currentVersion, numbers: numbers.map(Number) };
      clear(result, h('p', { class: 'legend' }, `With amendments ${numbers.join(', ')}: inserted words `, h('ins', {}, 'underlined'),
        ', deleted words ', h('del', {}, 'struck through'), '.'), trackedChanges(html));
      result.hidden = false;
    }
  });
  return {
    el,
    update(draft, items) {
      if (!shown) return;
      const pending = new Set(items.filter(a => a.status === 'PENDING').map(a => a.number));
      if (draft.currentVersion !== shown.version || shown.numbers.some(n => !pending.has(n))) {
        shown = null;
        result.hidden = true;
        clear(result);
      }
    },
  };
}

/** [amendment, the pending amendments to it]: sub-amendments sit under the amendment they amend, decided on their own. */
function withTheirAmendments(pending) {
  const numbers = new Set(pending.map(a => a.number));
  return pending.filter(a => a.amends == null || !numbers.has(a.amends))
    .map(a => [a, pending.filter(sub => sub.amends === a.number)]);
}

function reviewCard(ctx, a) {
  const reason = h('input', { name: 'reason', autocomplete: 'off' });
  const modified = a.operations.map(op => h('textarea', { rows: 2, name: 'text' }, op.text || ''));
  const modifyBox = h('div', { class: 'modify', hidden: true }, a.operations.map((op, i) =>
    op.text == null ? null : field(['Modified text for ', describeOperation(op)[0]], modified[i])));
  const tick = h('input', { type: 'checkbox', name: 'together', value: a.number });
  const form = h('form', { class: 'decide' }, h('label', { class: 'tick' }, tick, ` Include amendment ${a.number} in the preview together`),
    field(`Reason for the decision on ${a.number}`, reason), modifyBox,
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', class: 'primary', value: 'ACCEPT' }, 'Accept'),
      h('button', { type: 'submit', class: 'danger', value: 'REJECT' }, 'Reject'),
      h('button', { type: 'submit', value: 'ACCEPT_WITH_MODIFICATION' }, 'Accept with modification')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const decision = event.submitter ? event.submitter.value : 'ACCEPT';
    if (decision === 'ACCEPT_WITH_MODIFICATION' && modifyBox.hidden) {
      modifyBox.hidden = false;
      modified.find(Boolean)?.focus();
      return;
    }
    const body = { decision, reason: reason.value };
    if (decision === 'ACCEPT_WITH_MODIFICATION') {
      body.operations = a.operations.map((op, i) => ({
        type: op.type, paragraph: op.paragraph, quote: op.quote, occurrence: op.occurrence, position: op.position,
        before: op.type === 'INSERT_WORDS' && op.position === 'BEFORE' ? op.quote : undefined,
        after: op.type === 'INSERT_WORDS' && op.position !== 'BEFORE' ? op.quote : undefined,
        text: op.text == null ? undefined : modified[i].value, openingPhrase: op.openingPhrase || undefined,
        anchor: op.anchor || undefined, kind: op.kind || undefined,
      }));
    }
    const done = await submitting(form, () => post(`/api/drafts/${ctx.draftId}/amendments/${a.number}/decision`, body,
      { headers: { 'If-Match': amendmentTag(a) } }));
    if (done) {
      announce(`Amendment ${a.number} ${done.status.toLowerCase()}.`);
      await ctx.refresh();
    }
  });
  return amendmentCard(ctx, a, false, [h('h4', {}, 'Preview'), preview(a, ctx.state.draft.paragraphs), form], false);
}
