// Every pending amendment where it applies, for everyone: under each paragraph, the amendments
// pending on it, each with its reference, the proposing State and co-sponsors, and the paragraph
// as it would read (tracked changes); competing ones flagged. Kept across refreshes while the
// amendments do not change, so that an opened list stays open and keeps its focus.
import { h, keepingFocus } from '../dom.js';
import { preview } from '../amendment-text.js';

export function showInlineChanges(ctx) {
  const shown = ctx.inlineChanges || (ctx.inlineChanges = new Map());
  const { items = [], competing = [] } = ctx.amendments || {};
  const pending = items.filter(a => a.status === 'PENDING');
  const rival = new Set(competing.flatMap(c => c.amendments));
  const paragraphs = ctx.state.draft.paragraphs;
  keepingFocus(() => document.querySelectorAll('.document .para').forEach(el => {
    const id = el.dataset.paragraphId;
    const here = pending.filter(a => a.operations.some(op => op.paragraphId === id));
    const key = here.map(a => `${a.number}.${a.rowVersion}.${rival.has(a.number)}`).join(',') + `|${ctx.state.draft.currentVersion}`;
    const old = el.querySelector(':scope > .inline-changes');
    if (!here.length) { old?.remove(); shown.delete(id); return; }
    let box = shown.get(id);
    if (!box || box.key !== key) {
      box = { key, el: inline(here, rival, paragraphs, id) };
      shown.set(id, box);
    }
    if (old !== box.el) { old?.remove(); el.append(box.el); }
  }));
}

function inline(list, rival, paragraphs, paragraphId) {
  const states = [...new Set(list.map(a => (a.memberState ? a.memberState.name : a.author)))];
  const competing = list.some(a => rival.has(a.number));
  return h('details', { class: 'inline-changes', 'data-testid': 'inline-changes' },
    h('summary', {}, `${list.length} pending amendment${list.length === 1 ? '' : 's'} (${states.join(', ')})`,
      competing ? h('span', { class: 'competes' }, ' competing') : null),
    list.map(a => h('div', { class: 'inline-change', 'data-amendment': a.number },
      h('p', { class: 'by' }, h('strong', {}, a.reference || `Amendment ${a.number}`), ` — ${a.proposedBy || (a.memberState ? a.memberState.name : a.author)}`,
        (a.cosponsors || []).length ? `, with ${a.cosponsors.map(c => c.name).join(', ')}` : '', a.amends != null ? `, amending A${a.amends}` : '',
        rival.has(a.number) ? h('span', { class: 'competes' }, ` competes with ${(a.competesWith || []).map(n => `A${n}`).join(', ') || 'another amendment'}`) : null),
      preview({ operations: a.operations.filter(op => op.paragraphId === paragraphId) }, paragraphs))));
}
