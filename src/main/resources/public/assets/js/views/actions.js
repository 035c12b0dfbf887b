// The procedural actions the user may take now: only those in the draft's allowedActions.
import { h, clear } from '../dom.js';

export function actionsPanel() {
  const body = h('div', { class: 'actions' });
  const el = h('section', { class: 'panel', 'aria-labelledby': 'actions-h' }, h('h2', { id: 'actions-h' }, 'Actions'), body);
  return {
    el,
    update({ draft }) {
      el.hidden = !draft.allowedActions.length;
      clear(body);
    },
  };
}
