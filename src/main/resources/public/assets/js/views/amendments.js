// Amendments on the draft page: delegates propose by selecting words (or typing them), amend
// others' pending amendments, see their own and withdraw them; everyone sees what is pending;
// the secretariat issues written amendments under their symbol; reviewers get the queue.
import { h, clear, field, select, announce, keepingFocus } from '../dom.js';
import { get, post, del, submitting } from '../api.js';
import { describeOperation, occurrenceAt, amendmentTag } from '../amendment-text.js';
import { fullText, paragraphChoices } from '../resolution.js';
import { reviewPanel } from './review.js';
import { installAmendInPlace, proposedText } from './amend-in-place.js';
import { exportButtons } from './exports.js';
import { confirmStep } from '../confirm.js';
import { showInlineChanges } from './inline-changes.js';
import { installTextView } from './text-view.js';

/** Whether the user may propose amendments now: the server says so in the draft's allowedActions. */
const mayPropose = draft => (draft.allowedActions || []).includes('propose-amendment');
/** Whether the user may take `action` on amendment `a` now: the server says so in the amendment's allowedActions. */
const mayOn = (a, action) => (a.allowedActions || []).includes(action);
const TYPES = [['REPLACE_WORDS', 'Replace the words'], ['INSERT_AFTER', 'Insert words after'], ['INSERT_BEFORE', 'Insert words before'],
  ['DELETE_WORDS', 'Delete the words'], ['INSERT_PARAGRAPH', 'Add a paragraph after this one'],
  ['INSERT_PARAGRAPH_BEFORE', 'Add a paragraph before this one'], ['REPLACE_PARAGRAPH', 'Replace the whole paragraph'],
  ['DELETE_PARAGRAPH', 'Delete the paragraph'], ['MOVE_PARAGRAPH', 'Move the paragraph']];
const WORD_TYPES = ['REPLACE_WORDS', 'INSERT_AFTER', 'INSERT_BEFORE', 'DELETE_WORDS'];
const NEW_PARAGRAPH_TYPES = ['INSERT_PARAGRAPH', 'INSERT_PARAGRAPH_BEFORE', 'REPLACE_PARAGRAPH'];
const KINDS = { INFORMAL: 'informal proposal', WRITTEN: 'written amendment', ORAL: 'oral amendment' };

export function amendmentPanels(ctx) {
  ctx.amendments = { items: [], competing: [] };
  const panels = [listPanel(ctx), reviewPanel(ctx)];
  installTextView(ctx);
  // The editor and the form are there for everyone and shown only while the draft's allowedActions hold propose-amendment.
  installAmendInPlace(ctx);
  panels.unshift(proposePanel(ctx));
  const loader = {
    el: h('div', { hidden: true }),
    async update(state) {
      if (state.amendments) {
        ctx.amendments = state.amendments; // patched from a live event (views/live-patch.js): nothing to read
      } else {
        try {
          ctx.amendments = await get(`/api/drafts/${ctx.draftId}/amendments?size=200`);
        } catch (e) {
          ctx.amendments = { items: [], competing: [], unavailable: true };
        }
      }
      const pending = new Set(ctx.amendments.items.filter(a => a.status === 'PENDING').flatMap(a => a.operations.map(o => o.paragraphId)));
      document.querySelectorAll('.para').forEach(el => el.classList.toggle('has-pending', pending.has(el.dataset.paragraphId)));
      state.amendments = ctx.amendments;
      showInlineChanges(ctx);
      ctx.textView.update();
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
  const placement = select('placement', [['BEFORE', 'before'], ['AFTER', 'after']], 'AFTER');
  const anchor = select('anchor', []);
  const moveField = h('div', { class: 'move' }, field('Move it', placement), field('next to paragraph', anchor));
  const heading = h('h2', { id: 'propose-h' }, 'Propose an amendment');
  const amending = h('p', { class: 'amending', hidden: true, 'data-testid': 'amending' });
  let amends = null;
  const quoteField = h('div', { class: 'row' }, field('Words (quoted exactly)', quote, 'Select words in the text, or type them'), field('Occurrence', occurrence));
  const textField = field('New words', text);
  const openingField = field('Opening phrase of the new paragraph', opening, 'For example: Urges');
  const form = h('form', { class: 'propose-form', 'aria-labelledby': 'propose-h' },
    h('p', { class: 'hint' }, 'Select words in a paragraph to quote them, then say what to do with them.'), amending,
    field('Paragraph', paragraph), field('Change', type), quoteField, moveField, openingField, textField,
    field('Justification (optional)', justification), h('button', { type: 'submit', class: 'primary' }, 'Propose amendment'));
  const el = h('section', { class: 'panel propose', 'aria-labelledby': 'propose-h', id: 'propose' }, heading, form);

  const sync = () => {
    const t = type.value;
    quoteField.hidden = !WORD_TYPES.includes(t);
    textField.hidden = ['DELETE_WORDS', 'DELETE_PARAGRAPH', 'MOVE_PARAGRAPH'].includes(t);
    moveField.hidden = t !== 'MOVE_PARAGRAPH';
    openingField.hidden = !NEW_PARAGRAPH_TYPES.includes(t);
    clear(textField.querySelector('label'), NEW_PARAGRAPH_TYPES.includes(t) ? 'Text of the paragraph' : 'New words');
  };
  const instead = h('button', { type: 'button', class: 'link', onclick: () => { amend(null); paragraph.focus(); } }, 'Amend the draft instead');
  /** A sub-amendment: what is proposed next amends pending amendment `a` (null: the draft itself). */
  const amend = a => {
    amends = a ? a.number : null;
    amending.hidden = !a;
    amending.classList.remove('warning');
    clear(heading, a ? `Propose an amendment to ${a.reference}` : 'Propose an amendment');
    clear(amending, a ? [`Your proposal will amend ${a.reference} of ${a.memberState ? a.memberState.name : a.author}. `, instead] : null);
    if (a && a.paragraphs.length && ctx.state.draft.paragraphs.some(p => p.label === a.paragraphs[0])) paragraph.value = a.paragraphs[0];
  };
  /** The amendment being amended was decided or withdrawn meanwhile: say so, and keep what was typed for the user to redirect. */
  const parentGone = parent => {
    if (amending.classList.contains('warning')) return;
    amending.classList.add('warning');
    const what = parent ? `${parent.reference} is no longer pending (${parent.status.toLowerCase()})` : `Amendment ${amends} is no longer listed`;
    clear(amending, `${what}: your proposal can no longer amend it. `, instead);
    announce(`${what}.`);
  };
  ctx.proposeAmendmentTo = a => {
    amend(a);
    el.scrollIntoView({ block: 'nearest' });
    paragraph.focus();
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
    if (!WORD_TYPES.includes(type.value)) type.value = 'REPLACE_WORDS';
    sync();
  };
  document.addEventListener('selectionchange', takeSelection);
  const previous = ctx.onLeave;
  ctx.onLeave = () => { document.removeEventListener('selectionchange', takeSelection); previous?.(); };

  ctx.decorateParagraph = (p, paraEl) => {
    if (!mayPropose(ctx.state.draft)) return;
    ctx.decorateInPlace(p, paraEl);
  };

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const t = type.value;
    const op = { type: operationType(t), paragraph: paragraph.value };
    if (!quoteField.hidden) { op.quote = quote.value; op.occurrence = Number(occurrence.value) || 1; }
    if (t === 'INSERT_AFTER') { op.position = 'AFTER'; op.after = quote.value; }
    if (t === 'INSERT_BEFORE') { op.position = 'BEFORE'; op.before = quote.value; }
    if (!textField.hidden) op.text = text.value;
    if (!openingField.hidden && opening.value.trim()) op.openingPhrase = opening.value.trim();
    if (t === 'INSERT_PARAGRAPH') op.position = 'AFTER';
    if (t === 'INSERT_PARAGRAPH_BEFORE') op.position = 'BEFORE';
    if (t === 'MOVE_PARAGRAPH') { op.position = placement.value; op.anchor = anchor.value; }
    const body = { version: ctx.state.draft.currentVersion, operations: [op] };
    if (amends != null) body.amends = amends;
    if (justification.value.trim()) body.justification = justification.value.trim();
    const created = await submitting(form, () => post(`/api/drafts/${ctx.draftId}/amendments`, body));
    if (created) {
      for (const input of [quote, text, opening, justification]) input.value = '';
      occurrence.value = '1';
      amend(null);
      announce(`Amendment ${created.number} proposed.`);
      await ctx.refresh();
    }
  });

  return {
    el,
    update({ draft }) {
      el.hidden = !mayPropose(draft);
      paragraphChoices(paragraph, draft.paragraphs);
      paragraphChoices(anchor, draft.paragraphs);
      if (amends != null && !ctx.amendments.unavailable) {
        const parent = ctx.amendments.items.find(a => a.number === amends);
        if (!parent || parent.status !== 'PENDING') parentGone(parent);
      }
    },
  };
}

/** The operation type the API knows for a choice of the form. */
function operationType(choice) {
  if (choice === 'INSERT_AFTER' || choice === 'INSERT_BEFORE') return 'INSERT_WORDS';
  if (choice === 'INSERT_PARAGRAPH_BEFORE') return 'INSERT_PARAGRAPH';
  return choice;
}

/**
 * All amendments; the delegate's own marked, with withdraw for the pending ones. A card is kept
 * across live refreshes until its amendment (or the text it cites) changes, so what is typed in it stays.
 */
function listPanel(ctx) {
  const body = h('div');
  const el = h('section', { class: 'panel', 'aria-labelledby': 'amendments-h', 'data-testid': 'amendments' },
    h('h2', { id: 'amendments-h' }, 'Amendments'), body);
  const cards = new Map();
  return {
    el,
    update({ draft }) {
      const { items, unavailable } = ctx.amendments;
      el.hidden = Boolean(unavailable);
      const mine = a => Boolean(ctx.user.memberState) && Boolean(a.memberState) && a.memberState.code === ctx.user.memberState;
      const ordered = [...items].sort((a, b) => Number(mine(b)) - Number(mine(a)) || a.number - b.number);
      const live = new Set();
      keepingFocus(() => clear(body, ordered.length ? ordered.map(a => {
        const key = [a.number, a.rowVersion, draft.currentVersion, draft.stage, a.amends == null ? '' : referenceOf(ctx, a.amends),
          (a.cosponsors || []).map(c => c.code).join(','), (a.allowedActions || []).join(',')].join('|');
        live.add(key);
        if (!cards.has(key)) cards.set(key, amendmentCard(ctx, a, mine(a)));
        return cards.get(key);
      }) : h('p', {}, 'No amendment proposed yet.')));
      for (const key of [...cards.keys()]) if (!live.has(key)) cards.delete(key);
    },
  };
}

/** One amendment; `tools` adds what the user may do with it from the list (amend it, issue its symbol). */
export function amendmentCard(ctx, a, mine, extra = [], tools = true) {
  const card = h('article', { class: 'amendment', 'data-amendment': a.number, 'data-status': a.status },
    h('header', {}, h('strong', {}, `${a.reference || `Amendment ${a.number}`}${mine ? ' (yours)' : ''}`),
      h('span', { class: `status status-${a.status}` }, a.status.toLowerCase())),
    h('p', { class: 'by' }, `${humanKind(a)} by ${a.memberState ? a.memberState.name : a.author}`,
      a.amends != null ? h('span', { 'data-testid': 'amends' }, `, amending ${referenceOf(ctx, a.amends)}`) : null),
    (a.cosponsors || []).length ? h('p', { class: 'by', 'data-testid': 'cosponsors' }, `Co-sponsored by ${a.cosponsors.map(c => c.name).join(', ')}`) : null,
    h('ul', { class: 'ops' }, a.operations.map(op => h('li', {}, describeOperation(op)))),
    a.justification ? h('p', { class: 'hint' }, a.justification) : null,
    a.status === 'PENDING' && (a.competesWith || []).length ? h('p', { class: 'competes', 'data-testid': 'competes' },
      `Competes with ${a.competesWith.map(n => referenceOf(ctx, n)).join(', ')}`) : null,
    a.decision ? h('p', { class: 'hint' }, `${a.decision.decision}${a.decision.reason ? `: ${a.decision.reason}` : ''}`) : null,
    extra);
  card.append(h('details', { class: 'amendment-export' }, h('summary', {}, `Export amendment ${a.number}`),
    exportButtons(`/api/drafts/${ctx.draftId}/amendments/${a.number}/export`, ['docx', 'akn', 'html'])));
  if (tools && mayOn(a, 'withdraw')) {
    const form = h('form', { class: 'buttons' }, h('button', { type: 'submit', class: 'danger' }, `Withdraw amendment ${a.number}`));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      if (!(await confirmStep(`Withdraw amendment ${a.number}?`, h('p', {}, 'A withdrawn amendment cannot be proposed again as it stands.'),
        `Withdraw amendment ${a.number}`))) return;
      const done = await submitting(form, () => post(`/api/drafts/${ctx.draftId}/amendments/${a.number}/withdrawal`, {},
        { headers: { 'If-Match': amendmentTag(a) } }));
      if (done) { announce(`Amendment ${a.number} withdrawn.`); await ctx.refresh(); }
    });
    card.append(form);
  }
  if (!tools) return card;
  if (mayOn(a, 'co-sponsor') || mayOn(a, 'leave-co-sponsorship')) card.append(coSponsorForm(ctx, a));
  if (mayOn(a, 'amend') && ctx.proposeAmendmentTo && mayPropose(ctx.state.draft)) {
    const p = ctx.state.draft.paragraphs.find(x => a.operations.length && (x.id === a.operations[0].paragraphId || x.label === a.operations[0].paragraph));
    const editable = p && ctx.openEditor && proposedText(a, p) !== null;
    card.append(h('div', { class: 'buttons' }, h('button', { type: 'button', onclick: () => ctx.proposeAmendmentTo(a) },
      `Amend amendment ${a.number}`), editable ? h('button', { type: 'button', class: 'primary', 'data-testid': 'amend-by-editing',
      onclick: () => ctx.openEditor(p, 'words', a) }, `Edit the text of amendment ${a.number}`) : null));
  }
  if (mayOn(a, 'issue-symbol')) card.append(symbolForm(ctx, a));
  return card;
}

/**
 * A delegation joins another State's pending amendment as co-sponsor, for its own State, or leaves
 * it (POST / DELETE …/amendments/{n}/cosponsors); the server refuses observers and the proposer.
 */
function coSponsorForm(ctx, a) {
  const own = ctx.user.memberState;
  const joined = mayOn(a, 'leave-co-sponsorship');
  const form = h('form', { class: 'buttons', 'data-testid': 'cosponsor-amendment' },
    h('button', { type: 'submit', class: joined ? null : 'primary' }, joined ? `Leave co-sponsorship of amendment ${a.number}`
      : `Co-sponsor amendment ${a.number}`));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const path = `/api/drafts/${ctx.draftId}/amendments/${a.number}/cosponsors`;
    if (joined && !(await confirmStep(`Leave co-sponsorship of amendment ${a.number}?`,
      h('p', {}, 'Your State will no longer be named on this amendment.'), 'Leave co-sponsorship'))) return;
    const done = await submitting(form, () => (joined ? del(`${path}/${encodeURIComponent(own)}`) : post(path, {})));
    if (done) {
      announce(joined ? `Your State left amendment ${a.number}.` : `Your State co-sponsors amendment ${a.number}.`);
      await ctx.refresh();
    }
  });
  return form;
}

/** How amendment `number` is cited: its symbol once issued. */
function referenceOf(ctx, number) {
  const parent = ctx.amendments.items.find(x => x.number === number);
  return parent ? parent.reference : `amendment ${number}`;
}

function humanKind(a) {
  const kind = KINDS[a.kind] || 'amendment';
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/**
 * The secretariat issues a written amendment as a document with its own symbol (A/C.3/80/L.61).
 * What is typed outlives the card, which a new version of the draft rebuilds.
 */
function symbolForm(ctx, a) {
  ctx.typedSymbols = ctx.typedSymbols || new Map();
  const symbol = h('input', { name: 'symbol', autocomplete: 'off', placeholder: 'A/C.3/80/L.61', value: ctx.typedSymbols.get(a.id) || '' });
  symbol.addEventListener('input', () => ctx.typedSymbols.set(a.id, symbol.value));
  const form = h('form', { class: 'issue-symbol' }, field(`Symbol of amendment ${a.number}`, symbol),
    h('button', { type: 'submit' }, 'Issue under this symbol'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const done = await submitting(form, () => post(`/api/drafts/${ctx.draftId}/amendments/${a.number}/symbol`, { symbol: symbol.value },
      { headers: { 'If-Match': amendmentTag(a) } }));
    if (done) { ctx.typedSymbols.delete(a.id); announce(`Amendment ${a.number} issued as ${done.symbol}.`); await ctx.refresh(); }
  });
  return form;
}
