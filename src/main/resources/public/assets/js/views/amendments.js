// Amendments on the draft page: delegates propose by selecting words (or typing them), see their
// own amendments and withdraw them; everyone sees what is pending; reviewers get the queue.
import { h, clear, field, select, announce } from '../dom.js';
import { get, post, submitting } from '../api.js';
import { describeOperation, occurrenceAt, amendmentTag } from '../amendment-text.js';
import { fullText } from '../resolution.js';
import { reviewPanel } from './review.js';

const OPEN_STAGES = ['CONSULTATIONS', 'TABLED', 'DEFERRED', 'IN_ACTION'];
const TYPES = [['REPLACE_WORDS', 'Replace the words'], ['INSERT_AFTER', 'Insert words after'], ['INSERT_BEFORE', 'Insert words before'],
  ['DELETE_WORDS', 'Delete the words'], ['INSERT_PARAGRAPH', 'Add a paragraph after this one'],
  ['REPLACE_PARAGRAPH', 'Replace the whole paragraph'], ['DELETE_PARAGRAPH', 'Delete the paragraph']];

export function amendmentPanels(ctx) {
  ctx.amendments = { items: [], competing: [] };
  const panels = [listPanel(ctx), reviewPanel(ctx)];
  if (ctx.user.role === 'DELEGATE') panels.unshift(proposePanel(ctx));
  const loader = {
    el: h('div', { hidden: true }),
    async update(state) {
      try {
        ctx.amendments = await get(`/api/drafts/${ctx.draftId}/amendments?size=200`);
      } catch (e) {
        ctx.amendments = { items: [], competing: [], unavailable: true };
      }
      const pending = new Set(ctx.amendments.items.filter(a => a.status === 'PENDING').flatMap(a => a.operations.map(o => o.paragraphId)));
      document.querySelectorAll('.para').forEach(el => el.classList.toggle('has-pending', pending.has(el.dataset.paragraphId)));
      state.amendments = ctx.amendments;
    },
  };
  return [loader, ...panels];
}

/** Reads the words selected inside one paragraph: its label, the quote and which occurrence it is. */
function selectionInParagraph(draft) {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const box = (range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement)?.closest('.ptext');
  if (!box || !box.contains(range.endContainer)) return null;
  const p = draft.paragraphs.find(x => x.id === box.dataset.paragraphId);
  if (!p) return null;
  const offset = (node, off) => {
    let count = 0;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT, {
      acceptNode: n => (n.parentElement.closest('sup') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n === node) return count + off;
      count += n.textContent.length;
    }
    const probe = document.createRange();
    probe.setStart(box, 0);
    probe.setEnd(node, off);
    return probe.toString().length;
  };
  const text = fullText(p);
  let start = offset(range.startContainer, range.startOffset);
  let end = offset(range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start >= end) return null;
  const quote = text.slice(start, end);
  return { paragraph: p, quote, occurrence: occurrenceAt(text, quote, start) };
}

function proposePanel(ctx) {
  const paragraph = select('paragraph', []);
  const type = select('type', TYPES, 'REPLACE_WORDS');
  const quote = h('input', { name: 'quote', autocomplete: 'off' });
  const occurrence = h('input', { name: 'occurrence', type: 'number', min: 1, value: 1 });
  const text = h('textarea', { name: 'text', rows: 3 });
  const opening = h('input', { name: 'openingPhrase', autocomplete: 'off' });
  const justification = h('textarea', { name: 'justification', rows: 2 });
  const quoteField = h('div', { class: 'row' }, field('Words (quoted exactly)', quote, 'Select words in the text, or type them'), field('Occurrence', occurrence));
  const textField = field('New words', text);
  const openingField = field('Opening phrase of the new paragraph', opening, 'For example: Urges');
  const form = h('form', { class: 'propose-form', 'aria-labelledby': 'propose-h' },
    h('p', { class: 'hint' }, 'Select words in a paragraph to quote them, then say what to do with them.'),
    field('Paragraph', paragraph), field('Change', type), quoteField, openingField, textField,
    field('Justification (optional)', justification), h('button', { type: 'submit', class: 'primary' }, 'Propose amendment'));
  const el = h('section', { class: 'panel propose', 'aria-labelledby': 'propose-h', id: 'propose' }, h('h2', { id: 'propose-h' }, 'Propose an amendment'), form);

  const sync = () => {
    const t = type.value;
    quoteField.hidden = !['REPLACE_WORDS', 'INSERT_AFTER', 'INSERT_BEFORE', 'DELETE_WORDS'].includes(t);
    textField.hidden = ['DELETE_WORDS', 'DELETE_PARAGRAPH'].includes(t);
    openingField.hidden = !['INSERT_PARAGRAPH', 'REPLACE_PARAGRAPH'].includes(t);
    clear(textField.querySelector('label'), t === 'INSERT_PARAGRAPH' || t === 'REPLACE_PARAGRAPH' ? 'Text of the paragraph' : 'New words');
  };
  type.addEventListener('change', sync);
  sync();

  const takeSelection = () => {
    if (!ctx.state) return;
    const s = selectionInParagraph(ctx.state.draft);
    if (!s) return;
    paragraph.value = s.paragraph.label;
    quote.value = s.quote;
    occurrence.value = String(s.occurrence);
    if (!['REPLACE_WORDS', 'INSERT_AFTER', 'INSERT_BEFORE', 'DELETE_WORDS'].includes(type.value)) type.value = 'REPLACE_WORDS';
    sync();
  };
  document.addEventListener('selectionchange', takeSelection);
  const previous = ctx.onLeave;
  ctx.onLeave = () => { document.removeEventListener('selectionchange', takeSelection); previous?.(); };

  ctx.decorateParagraph = (p, paraEl) => {
    if (!OPEN_STAGES.includes(ctx.state.draft.stage)) return;
    paraEl.append(h('div', { class: 'para-tools' }, h('button', {
      type: 'button', 'aria-label': `Amend ${p.label}`,
      onclick: () => {
        paragraph.value = p.label;
        if (!quote.value || !fullText(p).includes(quote.value)) { quote.value = ''; }
        sync();
        el.scrollIntoView({ block: 'nearest' });
        (quoteField.hidden ? text : quote.value ? text : quote).focus();
      },
    }, 'Amend')));
  };

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const t = type.value;
    const op = { type: t.startsWith('INSERT_') && t !== 'INSERT_PARAGRAPH' ? 'INSERT_WORDS' : t, paragraph: paragraph.value };
    if (!quoteField.hidden) { op.quote = quote.value; op.occurrence = Number(occurrence.value) || 1; }
    if (t === 'INSERT_AFTER') { op.position = 'AFTER'; op.after = quote.value; }
    if (t === 'INSERT_BEFORE') { op.position = 'BEFORE'; op.before = quote.value; }
    if (!textField.hidden) op.text = text.value;
    if (!openingField.hidden && opening.value.trim()) op.openingPhrase = opening.value.trim();
    if (t === 'INSERT_PARAGRAPH') op.position = 'AFTER';
    const body = { version: ctx.state.draft.currentVersion, operations: [op] };
    if (justification.value.trim()) body.justification = justification.value.trim();
    const created = await submitting(form, () => post(`/api/drafts/${ctx.draftId}/amendments`, body));
    if (created) {
      for (const input of [quote, text, opening, justification]) input.value = '';
      occurrence.value = '1';
      announce(`Amendment ${created.number} proposed.`);
      await ctx.refresh();
    }
  });

  return {
    el,
    update({ draft }) {
      el.hidden = !OPEN_STAGES.includes(draft.stage);
      const keep = paragraph.value;
      clear(paragraph, draft.paragraphs.map(p => h('option', { value: p.label }, `${p.label} — ${fullText(p).slice(0, 40)}…`)));
      if (keep && draft.paragraphs.some(p => p.label === keep)) paragraph.value = keep;
    },
  };
}

/** All amendments; the delegate's own marked, with withdraw for the pending ones. */
function listPanel(ctx) {
  const body = h('div');
  const el = h('section', { class: 'panel', 'aria-labelledby': 'amendments-h', 'data-testid': 'amendments' },
    h('h2', { id: 'amendments-h' }, 'Amendments'), body);
  return {
    el,
    update() {
      const { items, unavailable } = ctx.amendments;
      el.hidden = Boolean(unavailable);
      const mine = a => ctx.user.role === 'DELEGATE' && a.memberState && a.memberState.code === ctx.user.memberState;
      const ordered = [...items].sort((a, b) => Number(mine(b)) - Number(mine(a)) || a.number - b.number);
      clear(body, ordered.length ? ordered.map(a => amendmentCard(ctx, a, mine(a))) : h('p', {}, 'No amendment proposed yet.'));
    },
  };
}

export function amendmentCard(ctx, a, mine, extra = []) {
  const card = h('article', { class: 'amendment', 'data-amendment': a.number, 'data-status': a.status },
    h('header', {}, h('strong', {}, `${a.reference || `Amendment ${a.number}`}${mine ? ' (yours)' : ''}`),
      h('span', { class: `status status-${a.status}` }, a.status.toLowerCase())),
    h('p', { class: 'by' }, `Proposed by ${a.memberState ? a.memberState.name : a.author}`),
    h('ul', { class: 'ops' }, a.operations.map(op => h('li', {}, describeOperation(op)))),
    a.justification ? h('p', { class: 'hint' }, a.justification) : null,
    a.decision ? h('p', { class: 'hint' }, `${a.decision.decision}${a.decision.reason ? `: ${a.decision.reason}` : ''}`) : null,
    extra);
  if (mine && a.status === 'PENDING') {
    const form = h('form', { class: 'buttons' }, h('button', { type: 'submit', class: 'danger' }, `Withdraw amendment ${a.number}`));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const done = await submitting(form, () => post(`/api/drafts/${ctx.draftId}/amendments/${a.number}/withdrawal`, {},
        { headers: { 'If-Match': amendmentTag(a) } }));
      if (done) { announce(`Amendment ${a.number} withdrawn.`); await ctx.refresh(); }
    });
    card.append(form);
  }
  return card;
}
