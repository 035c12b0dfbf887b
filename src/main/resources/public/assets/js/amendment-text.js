// Amendments in words, and their preview as tracked changes, built from DOM nodes (no HTML strings).
import { h } from './dom.js';
import { fullText } from './resolution.js';

const q = text => h('q', { class: 'quote' }, text);

/** One operation as a sentence: OP3: replace "a" with "b". */
export function describeOperation(op) {
  const where = op.paragraph || '';
  switch (op.type) {
    case 'REPLACE_WORDS': return [`${where}: replace `, q(op.quote), ' with ', q(op.text)];
    case 'INSERT_WORDS': return [`${where}: insert `, q(op.text), ` ${(op.position || 'AFTER') === 'BEFORE' ? 'before' : 'after'} `, q(op.quote || op.after || op.before)];
    case 'DELETE_WORDS': return [`${where}: delete `, q(op.quote)];
    case 'REPLACE_PARAGRAPH': return [`${where}: replace the paragraph with `, q(joinPhrase(op))];
    case 'DELETE_PARAGRAPH': return [`Delete ${where}`];
    case 'INSERT_PARAGRAPH': return [`Add a new paragraph ${(op.position || 'AFTER') === 'BEFORE' ? 'before' : 'after'} ${where}: `, q(joinPhrase(op))];
    case 'MOVE_PARAGRAPH': return [`Move ${where} ${(op.position || 'AFTER').toLowerCase()} ${op.anchor}`];
    default: return [`${where}: ${op.type}`];
  }
}

function joinPhrase(op) {
  return [op.openingPhrase, op.text].filter(Boolean).join(' ');
}

/** Start of the nth (1-based) non-overlapping occurrence of needle, or -1. */
export function nthIndex(haystack, needle, nth) {
  let from = 0;
  for (let i = 1; ; i++) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return -1;
    if (i === nth) return at;
    from = at + needle.length;
  }
}

/** Which occurrence (1-based) of needle starts at `start`, counting non-overlapping matches. */
export function occurrenceAt(haystack, needle, start) {
  let from = 0;
  for (let i = 1; ; i++) {
    const at = haystack.indexOf(needle, from);
    if (at < 0 || at > start) return Math.max(i - 1, 1);
    if (at === start) return i;
    from = at + needle.length;
  }
}

/** The paragraph with the amendment's operations on it shown as <ins>/<del>. */
export function preview(amendment, paragraphs) {
  const byLabel = new Map(paragraphs.map(p => [p.label, p]));
  const byId = new Map(paragraphs.map(p => [p.id, p]));
  return h('div', { class: 'tracked preview' }, amendment.operations.map(op => {
    const p = byId.get(op.paragraphId) || byLabel.get(op.paragraph);
    const label = h('span', { class: 'label' }, op.paragraph || '');
    if (!p) return h('p', { class: 'change' }, label, ' ', describeOperation(op));
    const text = fullText(p);
    switch (op.type) {
      case 'REPLACE_WORDS':
      case 'DELETE_WORDS':
      case 'INSERT_WORDS': {
        const at = nthIndex(text, op.quote || '', op.occurrence || 1);
        if (at < 0) return h('p', { class: 'change' }, label, ' ', text, h('em', {}, ' (the quoted words are no longer in this paragraph)'));
        const end = at + op.quote.length;
        let middle;
        if (op.type === 'REPLACE_WORDS') middle = [h('del', {}, op.quote), ' ', h('ins', {}, op.text)];
        else if (op.type === 'DELETE_WORDS') middle = [h('del', {}, op.quote)];
        else if ((op.position || 'AFTER') === 'BEFORE') middle = [h('ins', {}, `${op.text} `), op.quote];
        else middle = [op.quote, h('ins', {}, ` ${op.text}`)];
        return h('p', { class: 'change' }, label, ' ', text.slice(0, at), middle, text.slice(end));
      }
      case 'DELETE_PARAGRAPH': return h('p', { class: 'change' }, label, ' ', h('del', {}, text));
      case 'REPLACE_PARAGRAPH': return h('p', { class: 'change' }, label, ' ', h('del', {}, text), ' ', h('ins', {}, joinPhrase(op)));
      case 'INSERT_PARAGRAPH': {
        const added = h('p', { class: 'change' }, h('span', { class: 'label' }, 'new'), ' ', h('ins', {}, joinPhrase(op)));
        const anchor = h('p', { class: 'change' }, label, ' ', text);
        return (op.position || 'AFTER') === 'BEFORE' ? [added, anchor] : [anchor, added];
      }
      default: return h('p', { class: 'change' }, label, ' ', describeOperation(op));
    }
  }));
}

/** The If-Match value of an amendment (its ETag), so that a stale decision is refused. */
export function amendmentTag(a) {
  return `"a${a.id}.${a.rowVersion}"`;
}
