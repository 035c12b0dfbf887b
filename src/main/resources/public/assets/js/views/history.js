// The draft's procedural history, in the sentences the server writes.
import { h, clear, when } from '../dom.js';

export function historyPanel() {
  const list = h('ol', { class: 'history', reversed: true });
  const el = h('section', { class: 'panel', 'aria-labelledby': 'history-h' },
    h('h2', { id: 'history-h' }, 'History'), list);
  return {
    el,
    update({ history }) {
      const lines = [...history].reverse();
      clear(list, lines.length ? lines.map(e => h('li', { 'data-type': e.type, title: when(e.at) }, e.text)) : h('li', {}, 'Nothing recorded yet.'));
    },
  };
}
