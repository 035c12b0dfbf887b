// Confirmation before an irreversible step: a modal <dialog> that says what will happen, with the
// safe choice focused first. Answers a promise of true (go ahead) or false (go back).
import { h } from './dom.js';

export function confirmStep(title, body, goLabel) {
  return new Promise(resolve => {
    const go = h('button', { type: 'button', class: 'primary', value: 'confirm', 'data-testid': 'confirm' }, goLabel);
    const back = h('button', { type: 'button', value: 'cancel' }, 'Go back');
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title', 'data-testid': 'confirm-dialog' },
      h('h2', { id: 'confirm-title' }, title), h('div', { class: 'confirm-body', tabindex: '0' }, body), h('div', { class: 'buttons' }, go, back));
    const returnTo = document.activeElement;
    const finish = answer => {
      dialog.close();
      dialog.remove();
      if (returnTo && returnTo.isConnected) returnTo.focus();
      resolve(answer);
    };
    go.addEventListener('click', () => finish(true));
    back.addEventListener('click', () => finish(false));
    dialog.addEventListener('cancel', event => { event.preventDefault(); finish(false); });
    document.body.append(dialog);
    dialog.showModal();
    back.focus();
  });
}
