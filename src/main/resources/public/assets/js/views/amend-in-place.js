// Amending where the text stands: the delegate edits a paragraph in a box over it, sees the
// paragraph as it would read with tracked changes, and proposes; the client turns the edit into
// the API's word operations. The paragraph's own menu adds a paragraph before or after it,
// deletes it or moves it. The same editor amends another State's amendment, opening on the text
// that amendment proposes. The answer (the amendment's number, and whether and with whom it
// competes) stays on the same spot.
import { h, clear, field, select, announce } from '../dom.js';
import { post, submitting } from '../api.js';
import { describeOperation, nthIndex } from '../amendment-text.js';
import { fullText, paragraphChoices } from '../resolution.js';
import { wordOperations, trackedEdit } from '../word-diff.js';

const MODES = {
  words: 'Amend the text',
  'insert-after': 'Add a paragraph after',
  'insert-before': 'Add a paragraph before',
  delete: 'Delete the paragraph',
  move: 'Move the paragraph',
};

/**
 * Installs the editor on the draft page: `ctx.openEditor(paragraph, mode, parent)` opens it on a
 * paragraph; `ctx.decorateInPlace(p, el)` puts the paragraph's tools, and the open editor or the
 * last answer, into a freshly rendered paragraph (the same elements, so that typing goes on).
 */
export function installAmendInPlace(ctx) {
  let open = null; // { paragraphId, el }

  ctx.openEditor = (p, mode = 'words', parent = null) => {
    open?.el.remove();
    open = { paragraphId: p.id, el: editor(ctx, p, mode, parent, answer => close(answer)) };
    const paraEl = document.querySelector(`.para[data-paragraph-id="${p.id}"]`);
    if (paraEl) paraEl.append(open.el);
    open.el.scrollIntoView({ block: 'nearest' });
    open.el.querySelector('textarea, select, button.primary')?.focus();
  };
  const close = (answer = null) => {
    const at = open && open.paragraphId;
    open?.el.remove();
    open = answer ? { paragraphId: at, el: answer } : null;
    if (answer) document.querySelector(`.para[data-paragraph-id="${at}"]`)?.append(answer);
    const button = document.querySelector(`.para[data-paragraph-id="${at}"] .para-tools button`);
    if (!answer) button?.focus();
  };
  ctx.closeEditor = close;

  ctx.decorateInPlace = (p, paraEl) => {
    const menu = h('details', { class: 'para-menu' }, h('summary', { 'aria-label': `More changes to ${p.label}` }, '⋯'),
      h('div', { class: 'para-menu-items' }, Object.entries(MODES).filter(([mode]) => mode !== 'words').map(([mode, label]) =>
        h('button', { type: 'button', onclick: () => { menu.open = false; ctx.openEditor(p, mode); } }, label))));
    paraEl.append(h('div', { class: 'para-tools' },
      h('button', { type: 'button', class: 'amend-here', 'aria-label': `Amend ${p.label}`, onclick: () => ctx.openEditor(p) }, 'Amend'),
      menu));
    if (open && open.paragraphId === p.id) paraEl.append(open.el);
  };
}

/** The text amendment `parent` proposes for paragraph `p`, or null when it does more than rewrite words of it. */
export function proposedText(parent, p) {
  const original = fullText(p);
  const ops = parent.operations.filter(op => op.paragraphId === p.id || op.paragraph === p.label);
  if (!ops.length || ops.length !== parent.operations.length) return null;
  if (ops.length === 1 && ops[0].type === 'REPLACE_PARAGRAPH') return [ops[0].openingPhrase, ops[0].text].filter(Boolean).join(' ');
  const changes = [];
  for (const op of ops) {
    if (!['REPLACE_WORDS', 'DELETE_WORDS', 'INSERT_WORDS'].includes(op.type)) return null;
    const at = nthIndex(original, op.quote || '', op.occurrence || 1);
    if (at < 0) return null;
    const end = at + op.quote.length;
    if (op.type === 'REPLACE_WORDS') changes.push([at, end, op.text]);
    else if (op.type === 'DELETE_WORDS') changes.push([at, end, '']);
    else if (op.position === 'BEFORE') changes.push([at, at, `${op.text} `]);
    else changes.push([end, end, ` ${op.text}`]);
  }
  changes.sort((x, y) => y[0] - x[0]);
  let text = original;
  for (const [from, to, put] of changes) text = text.slice(0, from) + put + text.slice(to);
  return text.replace(/ {2,}/g, ' ').replace(/ ([,;:.])/g, '$1').trim();
}

function editor(ctx, p, mode, parent, close) {
  const draft = ctx.state.draft;
  const version = draft.currentVersion;
  const original = fullText(p);
  const start = parent ? proposedText(parent, p) : original;
  const title = parent ? `Amend ${parent.reference} (${parent.memberState ? parent.memberState.name : parent.author}) in ${p.label}`
    : mode === 'words' ? `Amend ${p.label}` : `${MODES[mode]}: ${p.label}`;
  const form = h('form', { class: 'in-place', 'data-testid': 'in-place', 'aria-label': title });
  const preview = h('div', { class: 'tracked edit-preview', 'data-testid': 'edit-preview' });
  const summary = h('ul', { class: 'ops', 'data-testid': 'edit-operations' });
  const justification = h('input', { name: 'justification', autocomplete: 'off', maxlength: 2000 });
  const parts = [h('h3', {}, title)];
  if (parent) parts.push(h('p', { class: 'amending' }, `The box holds the text as ${parent.reference} proposes it; change it and propose your sub-amendment.`));
  let operations = () => [];

  if (mode === 'words') {
    const box = h('textarea', { name: 'edit', rows: Math.min(12, Math.max(3, Math.ceil(start.length / 70))), spellcheck: 'true',
      'aria-label': `Text of ${p.label} as you propose it` }, start);
    box.value = start;
    const show = () => {
      const edited = box.value.trim();
      clear(preview, h('span', { class: 'label' }, `${p.label} would read:`), ' ', trackedEdit(original, edited));
      const ops = wordOperations(p.label, original, edited);
      clear(summary, ops.map(op => h('li', {}, describeOperation(op))));
    };
    box.addEventListener('input', show);
    operations = () => wordOperations(p.label, original, box.value.trim());
    parts.push(box, preview, h('p', { class: 'hint' }, 'The changes, as they will be proposed:'), summary);
    show();
  } else if (mode === 'insert-after' || mode === 'insert-before') {
    const opening = h('input', { name: 'openingPhrase', autocomplete: 'off', maxlength: 300 });
    const text = h('textarea', { name: 'text', rows: 3 });
    const show = () => clear(preview, h('ins', {}, [opening.value.trim(), text.value.trim()].filter(Boolean).join(' ')));
    opening.addEventListener('input', show);
    text.addEventListener('input', show);
    operations = () => [{ type: 'INSERT_PARAGRAPH', paragraph: p.label, position: mode === 'insert-before' ? 'BEFORE' : 'AFTER',
      openingPhrase: opening.value.trim() || undefined, text: text.value.trim() }];
    parts.push(field('Opening phrase (optional)', opening, 'For example: Urges'), field('Text of the new paragraph', text), preview);
  } else if (mode === 'delete') {
    clear(preview, h('del', {}, original));
    operations = () => [{ type: 'DELETE_PARAGRAPH', paragraph: p.label }];
    parts.push(preview);
  } else if (mode === 'move') {
    const placement = select('placement', [['BEFORE', 'before'], ['AFTER', 'after']], 'AFTER');
    const anchor = select('anchor', []);
    paragraphChoices(anchor, draft.paragraphs.filter(x => x.id !== p.id));
    operations = () => [{ type: 'MOVE_PARAGRAPH', paragraph: p.label, position: placement.value, anchor: anchor.value }];
    parts.push(h('div', { class: 'row' }, field('Move it', placement), field('next to paragraph', anchor)));
  }
  parts.push(field('Justification (optional)', justification),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, parent ? 'Propose sub-amendment' : 'Propose amendment'),
      h('button', { type: 'button', onclick: () => close() }, 'Cancel')));
  form.append(...parts);
  form.addEventListener('keydown', event => { if (event.key === 'Escape') { event.preventDefault(); close(); } });

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const ops = operations();
    const body = { version, operations: ops };
    if (parent) body.amends = parent.number;
    if (justification.value.trim()) body.justification = justification.value.trim();
    const created = await submitting(form, async () => {
      if (!ops.length) throw new Error('The text is unchanged: edit the words you want to change first.');
      return post(`/api/drafts/${ctx.draftId}/amendments`, body);
    });
    if (!created) return;
    const answer = outcome(ctx, created);
    close(answer);
    announce(answer.textContent);
    await ctx.refresh();
    answer.focus();
  });
  return form;
}

/** What the server answered, where the delegate proposed: the amendment's number and any it competes with. */
function outcome(ctx, created) {
  const competitors = created.competesWith || [];
  const name = number => {
    const other = (ctx.amendments.items || []).find(a => a.number === number);
    return other ? `${other.reference} (${other.memberState ? other.memberState.name : other.author})` : `amendment ${number}`;
  };
  const box = h('div', { class: 'in-place-outcome', role: 'status', tabindex: '-1', 'data-testid': 'in-place-outcome', 'data-amendment': created.number },
    h('p', {}, `${created.reference || `Amendment ${created.number}`} proposed.`),
    competitors.length ? h('p', { class: 'competes', 'data-testid': 'competes' },
      `It competes with ${competitors.map(name).join(', ')}: both change the same words, so only one can be taken as it stands.`)
      : h('p', { class: 'hint' }, 'No other pending amendment changes the same words.'),
    h('button', { type: 'button', class: 'link', onclick: () => { box.remove(); ctx.closeEditor(); } }, 'Dismiss'));
  return box;
}
