// Building the page from data without ever parsing untrusted text as HTML:
// h('p', {class: 'x'}, 'text', child) creates elements; strings become text nodes.

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') el.className = value;
    else if (name === 'text') el.textContent = value;
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

let counter = 0;
/** A unique id for label/input pairs. */
export function uid(prefix = 'f') {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A labelled form field; `input` is any control. */
export function field(labelText, input, hint) {
  if (!input.id) input.id = uid();
  const parts = [h('label', { for: input.id }, labelText), input];
  if (hint) {
    const hintId = uid('hint');
    input.setAttribute('aria-describedby', hintId);
    parts.push(h('small', { id: hintId, class: 'hint' }, hint));
  }
  return h('div', { class: 'field' }, parts);
}

export function select(name, options, value) {
  const el = h('select', { name });
  for (const [v, label] of options) {
    el.append(h('option', { value: v, selected: v === value }, label));
  }
  return el;
}

/** Formats an ISO instant as "14 Oct 2025, 09:30". */
export function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** "Belarus, Cuba and Venezuela" */
export function joinNames(names) {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function humanize(name) {
  return String(name || '').toLowerCase().replace(/[_-]+/g, ' ').replace(/^./, c => c.toUpperCase());
}

/**
 * Runs `action`, which may take the focused element out of the page and put it back (cards kept
 * across live refreshes), and gives that element its focus and selection back, so that whoever is
 * typing in it goes on typing.
 */
export function keepingFocus(action) {
  const active = document.activeElement;
  const key = focusKey(active);
  let range = null;
  try {
    range = active && typeof active.selectionStart === 'number' ? [active.selectionStart, active.selectionEnd] : null;
  } catch (e) {
    range = null; // inputs without a text selection
  }
  action();
  if (!active || active === document.body || active === document.activeElement) return;
  // The same element, or, when it was redrawn, the element that stands in its place now.
  const again = active.isConnected ? active : (key && document.querySelector(key));
  if (!again || (document.activeElement && document.activeElement !== document.body && again !== active)) return;
  again.focus({ preventScroll: true });
  if (range && typeof again.setSelectionRange === 'function') {
    try { again.setSelectionRange(range[0], range[1]); } catch (e) { /* not a text field */ }
  }
}

/** A selector that finds a focused element again after its part of the page is drawn anew. */
function focusKey(el) {
  if (!el || el === document.body || !el.tagName) return null;
  if (el.id) return `#${CSS.escape(el.id)}`;
  let own = el.tagName.toLowerCase();
  for (const a of ['data-testid', 'aria-label', 'name', 'value', 'type']) {
    const v = el.getAttribute(a);
    if (v) own += `[${a}="${CSS.escape(v)}"]`;
  }
  const para = el.closest('[data-label]');
  if (!para) return own;
  const where = `${para.tagName.toLowerCase()}[data-label="${CSS.escape(para.dataset.label)}"]`;
  return para === el ? where : `${where} ${own}`;
}

/** A polite announcement for screen readers and the status line (live updates, successes). */
export function announce(text) {
  const region = document.getElementById('announcer');
  if (region) clear(region, text);
}
