// Compare any two versions of a draft with tracked changes (<ins>/<del>).
// The HTML comes from the server's tracked-changes renderer, which escapes all text; it is the
// only server HTML the client inserts, and it is parsed inertly (DOMParser) with scripts dropped.
import { h, clear, field, select } from '../dom.js';
import { get, errorArea, showError } from '../api.js';
import { exportButtons } from './exports.js';

export async function showCompare(main, draftId, query) {
  const title = h('h1', { tabindex: '-1' }, 'Compare versions');
  const from = select('from', []);
  const to = select('to', []);
  const form = h('form', { class: 'filters', 'aria-label': 'Versions to compare' },
    field('From version', from), field('To version', to), h('button', { type: 'submit' }, 'Compare'));
  const legend = h('p', { class: 'legend' }, 'Inserted words are ', h('ins', {}, 'underlined'), ', deleted words ', h('del', {}, 'struck through'), '.');
  const onlyChanged = h('input', { type: 'checkbox', id: 'only-changed' });
  const toggle = h('p', {}, onlyChanged, h('label', { for: 'only-changed' }, ' Show only the paragraphs that changed'));
  const result = h('div', { class: 'comparison-result', 'data-testid': 'comparison', 'aria-live': 'polite' });
  clear(main, h('p', {}, h('a', { href: `#/drafts/${draftId}` }, '← Back to the draft')), title, form, legend, toggle, result);
  onlyChanged.addEventListener('change', () => result.classList.toggle('only-changed', onlyChanged.checked));
  title.focus();
  form.addEventListener('submit', event => {
    event.preventDefault();
    location.hash = `#/drafts/${draftId}/compare?from=${from.value}&to=${to.value}`;
  });
  try {
    const versions = await get(`/api/drafts/${draftId}/versions`);
    const options = versions.map(v => [String(v.number), `${v.number}${v.label ? ` — ${v.label}` : ''}`]);
    const last = versions.length ? versions[versions.length - 1].number : 1;
    const f = query.get('from') || String(Math.max(last - 1, 1));
    const t = query.get('to') || String(last);
    clear(from, options.map(([v, l]) => h('option', { value: v, selected: v === f }, l)));
    clear(to, options.map(([v, l]) => h('option', { value: v, selected: v === t }, l)));
    const html = await get(`/api/drafts/${draftId}/compare?from=${f}&to=${t}&format=html`, { accept: '*/*' });
    clear(result, h('h2', {}, `Version ${f} → version ${t}`),
      exportButtons(`/api/drafts/${draftId}/compare/export?from=${f}&to=${t}`, ['docx'], l => `Export the changes: ${l}`),
      trackedChanges(html));
  } catch (e) {
    showError(errorArea(form), e);
  }
}

/** Parses the server's escaped tracked-changes HTML without running anything in it. */
export function trackedChanges(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style, iframe, object, embed, link').forEach(n => n.remove());
  doc.querySelectorAll('*').forEach(n => {
    for (const a of [...n.attributes]) if (/^on|^style$|^src$|^href$/i.test(a.name)) n.removeAttribute(a.name);
  });
  const box = h('div', { class: 'tracked' });
  box.append(...[...doc.body.childNodes].map(n => document.importNode(n, true)));
  const changed = box.querySelectorAll('.change:not(.unchanged)').length;
  if (!box.querySelector('ins, del, .change.inserted, .change.deleted, .change.moved')) {
    box.prepend(h('p', { class: 'note' }, changed ? 'No words differ.' : 'The two versions are the same.'));
  }
  return box;
}
