// Sign in: POST /login, keep the token for this tab only.
import { h, clear, field } from '../dom.js';
import { post, session, submitting } from '../api.js';

export function showSignIn(main, onSignedIn, reason = null) {
  const username = h('input', { name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = h('form', { class: 'card signin', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, 'Sign in to Draftroom'),
    reason ? h('p', { class: 'session-ended', role: 'alert', 'data-testid': 'session-ended' }, reason) : null,
    field('User name', username),
    field('Password', password),
    h('button', { type: 'submit', class: 'primary' }, 'Sign in'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    await submitting(form, async () => {
      let answer;
      try {
        answer = await post('/login', { username: username.value.trim(), password: password.value });
      } catch (e) {
        if (e.status === 401) throw new Error('The user name or password is not right. Try again.');
        throw e;
      }
      session.set(answer.access_token);
      await onSignedIn();
    });
  });
  clear(main, form);
  username.focus();
}
