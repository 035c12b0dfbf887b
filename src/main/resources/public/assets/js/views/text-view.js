// "Show the text: original / with changes / as it would read", above the draft's text, for everyone.
// Original: the text alone. With changes: the pending amendments under their paragraphs, opened
// (tracked changes, State, co-sponsors, competing flagged). As it would read: the server's preview
// of the text with the pending amendments applied (GET …/amendments/preview); of amendments that
// compete, the earliest proposed is applied and the others are named as left out, since competing
// amendments have no single reading.
import { h, clear, keepingFocus } from '../dom.js';
import { get, describe, ApiError } from '../api.js';
import { trackedChanges } from './compare.js';

const VIEWS = [['original', 'Original'], ['changes', 'With changes'], ['reading', 'As it would read']];

export function installTextView(ctx) {
  let mode = 'changes';
  let shownKey = null;
  const reading = h('section', { class: 'reading-view', 'data-testid': 'reading-view', 'aria-label': 'The text as it would read', hidden: true });
  const radios = VIEWS.map(([value, label]) => {
    const input = h('input', { type: 'radio', name: 'text-view', value, id: `text-view-${value}`, checked: value === mode });
    input.addEventListener('change', () => { if (input.checked) choose(value); });
    return h('label', { for: input.id }, input, ` ${label}`);
  });
  const el = h('fieldset', { class: 'text-view', 'data-testid': 'text-view' }, h('legend', {}, 'Show the text'), radios);

  function choose(value) {
    mode = value;
    if (mode === 'changes') document.querySelectorAll('.document .inline-changes').forEach(d => { d.open = true; });
    apply();
    if (mode === 'reading') loadReading();
  }

  /** Classes and visibility for the current mode; the resolution's element is the text "original" shows. */
  function apply() {
    const box = ctx.documentBox;
    box.classList.toggle('view-original', mode === 'original');
    box.classList.toggle('view-reading', mode === 'reading');
    reading.hidden = mode !== 'reading';
  }

  async function loadReading() {
    const { items = [], competing = [], unavailable } = ctx.amendments || {};
    if (unavailable) return;
    const { chosen, leftOut } = readingSet(items, competing);
    const key = `${ctx.state.draft.currentVersion}|${items.map(a => `${a.number}.${a.rowVersion}.${a.status}`).join(',')}`;
    if (key === shownKey) return;
    shownKey = key;
    const note = leftOut.length ? h('p', { class: 'note', 'data-testid': 'left-out' }, 'Left out, competing with an amendment applied: ',
      leftOut.map(({ a, rivals }) => `${a.reference || `A${a.number}`} (${stateOf(a)}; competes with ${rivals.map(r => r.reference || `A${r.number}`).join(', ')})`).join('; '), '.') : null;
    if (!chosen.length) {
      clear(reading, h('p', { class: 'note', 'data-testid': 'applied' }, 'No pending amendment: the text reads as it stands.'), note);
      return;
    }
    const applied = h('p', { class: 'note', 'data-testid': 'applied' }, 'As it would read with ',
      chosen.map(a => `${a.reference || `A${a.number}`} (${stateOf(a)})`).join(', '), '.');
    try {
      const html = await get(`/api/drafts/${ctx.draftId}/amendments/preview?amendments=${chosen.map(a => a.number).join(',')}&format=html`, { accept: '*/*' });
      if (shownKey !== key) return;
      keepingFocus(() => clear(reading, applied, note, trackedChanges(html)));
    } catch (e) {
      shownKey = null;
      clear(reading, h('p', { class: 'error', role: 'alert' }, e instanceof ApiError ? describe(e) : String(e.message || e)));
    }
  }

  ctx.textView = {
    el,
    /** What renderDocument puts in the document box: the switch, the text, and the reading. */
    around(text) {
      return [el, text, reading];
    },
    /** After the amendments are read: opened cards in "with changes", a fresh reading in "as it would read". */
    update() {
      apply();
      if (mode === 'changes' && ctx.textView.opened) document.querySelectorAll('.document .inline-changes').forEach(d => { d.open = true; });
      if (mode === 'reading') loadReading();
    },
  };
  el.addEventListener('change', () => { ctx.textView.opened = mode === 'changes'; });
}

const stateOf = a => (a.memberState ? a.memberState.name : a.author);

/**
 * The pending amendments that read together: in order of proposal, each unless it competes with
 * one already taken (the API's competing pairs and each amendment's competesWith); a sub-amendment
 * goes with its amendment.
 */
export function readingSet(items, competing) {
  const pending = items.filter(a => a.status === 'PENDING').sort((a, b) => a.number - b.number);
  const rivalsOf = new Map(pending.map(a => [a.number, new Set(a.competesWith || [])]));
  for (const c of competing) {
    for (const [x, y] of c.pairs || []) {
      rivalsOf.get(x)?.add(y);
      rivalsOf.get(y)?.add(x);
    }
  }
  const chosen = [];
  const leftOut = [];
  const out = new Set();
  for (const a of pending) {
    const rivals = chosen.filter(c => rivalsOf.get(a.number).has(c.number) || rivalsOf.get(c.number)?.has(a.number));
    if (a.amends != null && out.has(a.amends)) {
      const parent = pending.find(p => p.number === a.amends);
      leftOut.push({ a, rivals: parent ? [parent] : [] });
      out.add(a.number);
    } else if (rivals.length) {
      leftOut.push({ a, rivals });
      out.add(a.number);
    } else {
      chosen.push(a);
    }
  }
  return { chosen, leftOut };
}
