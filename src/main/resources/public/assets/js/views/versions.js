// The versions of a draft, and a form to compare any two with tracked changes.
import { h, clear, field, select, when } from '../dom.js';

export function versionsPanel(ctx) {
  const list = h('ul', { class: 'versions' });
  const from = select('from', []);
  const to = select('to', []);
  const form = h('form', { class: 'compare-form' }, h('div', { class: 'row' }, field('From version', from), field('To version', to)),
    h('button', { type: 'submit' }, 'Compare'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    location.hash = `#/drafts/${ctx.draftId}/compare?from=${from.value}&to=${to.value}`;
  });
  const el = h('section', { class: 'panel', 'aria-labelledby': 'versions-h' }, h('h2', { id: 'versions-h' }, 'Versions'), list, form);
  return {
    el,
    update({ versions }) {
      clear(list, versions.map(v => h('li', {}, `${v.number}. ${v.label || v.kind.toLowerCase()} — ${when(v.createdAt)}${v.createdBy ? ` by ${v.createdBy}` : ''}`)));
      form.hidden = versions.length < 2;
      for (const [s, pick] of [[from, versions.length - 2], [to, versions.length - 1]]) {
        const keep = s.value;
        clear(s, versions.map(v => h('option', { value: v.number }, `${v.number}${v.label ? ` — ${v.label}` : ''}`)));
        s.value = keep && versions.some(v => String(v.number) === keep) ? keep : String(versions[Math.max(pick, 0)]?.number ?? '');
      }
    },
  };
}
