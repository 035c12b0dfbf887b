// The draft's procedural history, in the sentences the server writes, in procedural order (by the
// day each step happened); when it was recorded is in the tooltip; who voted how under a recorded vote.
import { h, clear, when } from '../dom.js';

export function historyPanel() {
  const list = h('ol', { class: 'history', reversed: true });
  const el = h('section', { class: 'panel', 'aria-labelledby': 'history-h' },
    h('h2', { id: 'history-h' }, 'History'), list);
  return {
    el,
    update({ history }) {
      const lines = [...history].reverse();
      clear(list, lines.length ? lines.map(e => h('li', { 'data-type': e.type, 'data-date': e.date || '', title: `recorded ${when(e.at)}` }, e.text,
        e.recordedVoteText ? h('pre', { class: 'recorded-vote' }, e.recordedVoteText) : null)) : h('li', {}, 'Nothing recorded yet.'));
    },
  };
}
