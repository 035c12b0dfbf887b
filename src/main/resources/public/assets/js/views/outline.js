// Finding one's way in a long draft: the paragraphs' outline (PP1…, OP1…) to jump to, "go to" by
// label (OP12, PP9(c)), and a search in the text listing the paragraphs that contain the words.
// Going to a paragraph scrolls it into view and gives it the focus (on a phone, on the Text tab).
import { h, clear, field, announce } from '../dom.js';
import { fullText } from '../resolution.js';

const MOST_RESULTS = 50;

/** Shows paragraph `p` of the document and moves the focus to it. */
export function goTo(p) {
  document.querySelector('.layout-tabs [data-tab=draft-text]')?.click();
  const el = document.querySelector(`.para[data-paragraph-id="${p.id}"]`);
  if (!el) return;
  el.tabIndex = -1;
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
  el.classList.add('found');
  setTimeout(() => el.classList.remove('found'), 2000);
  announce(`${p.label}.`);
}

/** The bar above the text; `update(state)` follows the draft's paragraphs. */
export function outlinePanel() {
  let paragraphsNow = [];
  const label = h('input', { name: 'goto', autocomplete: 'off', placeholder: 'OP12', maxlength: 20, size: 8 });
  const wordsHint = 'Words to find';
  const goForm = h('form', { class: 'goto row', role: 'search', 'aria-label': 'Go to a paragraph' },
    field('Go to paragraph', label), h('button', { type: 'submit' }, 'Go'));
  const words = h('input', { name: 'find', type: 'search', autocomplete: 'off', maxlength: 200, placeholder: wordsHint });
  const findForm = h('form', { class: 'find row', role: 'search', 'aria-label': 'Search the text' },
    field('Search the text', words), h('button', { type: 'submit' }, 'Search'));
  const results = h('div', { class: 'find-results', 'aria-live': 'polite', 'data-testid': 'find-results' });
  const outline = h('nav', { class: 'outline', 'aria-label': 'Paragraphs' });
  const el = h('section', { class: 'outline-panel', 'aria-label': 'Find a paragraph', 'data-testid': 'outline' },
    h('div', { class: 'outline-forms' }, goForm, findForm, h('details', { class: 'outline-list' }, h('summary', {}, 'All paragraphs'), outline)),
    results);
  const paragraphs = () => paragraphsNow;

  goForm.addEventListener('submit', event => {
    event.preventDefault();
    const wanted = label.value.replace(/\s+/g, '').toUpperCase();
    const p = paragraphs().find(x => x.label.toUpperCase() === wanted)
      || (/^\d+$/.test(wanted) ? paragraphs().find(x => x.label === `OP${wanted}`) : null);
    if (!p) {
      clear(results, h('p', { class: 'error', role: 'alert' }, `There is no paragraph ${label.value.trim()} in this draft.`));
      return;
    }
    clear(results);
    goTo(p);
  });
  findForm.addEventListener('submit', event => {
    event.preventDefault();
    const needle = words.value.trim().toLowerCase();
    if (!needle) { clear(results); return; }
    const found = paragraphs().filter(p => fullText(p).toLowerCase().includes(needle));
    clear(results, h('p', {}, found.length ? `“${words.value.trim()}” is in ${found.length} paragraph${found.length === 1 ? '' : 's'}:`
      : `“${words.value.trim()}” is in no paragraph.`),
    found.length ? h('ul', { class: 'find-list' }, found.slice(0, MOST_RESULTS).map(p => {
      const text = fullText(p);
      const at = text.toLowerCase().indexOf(needle);
      const from = Math.max(0, at - 30);
      return h('li', {}, h('button', { type: 'button', class: 'link-like', 'data-label': p.label, onclick: () => goTo(p) }, p.label),
        ' …', text.slice(from, at), h('mark', {}, text.slice(at, at + needle.length)), text.slice(at + needle.length, at + needle.length + 40), '…');
    })) : null);
  });
  let shown = '';
  return {
    el,
    update({ draft }) {
      paragraphsNow = draft.paragraphs;
      const key = draft.paragraphs.map(p => `${p.id}:${p.label}`).join(',');
      if (key === shown) return;
      shown = key;
      clear(outline, h('ul', {}, draft.paragraphs.map(p => h('li', { class: `depth-${p.depth}` },
        h('button', { type: 'button', class: 'link-like', 'data-label': p.label, onclick: () => goTo(p) }, p.label)))));
    },
  };
}
