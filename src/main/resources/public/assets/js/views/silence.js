// The silence procedure on the draft: "Under silence until …", who broke it and with what text,
// and the outcome (held: the version is agreed under silence; broken: back to consultations).
// Starting and breaking it are actions (actions.js), offered from the draft's allowedActions.
import { h, clear, when, joinNames } from '../dom.js';

export function silencePanel() {
  const body = h('div');
  const el = h('section', { class: 'panel silence', 'aria-labelledby': 'silence-h', 'data-testid': 'silence', hidden: true },
    h('h2', { id: 'silence-h' }, 'Silence procedure'), body);
  return {
    el,
    update({ draft }) {
      const s = (draft.procedure || {}).silence;
      el.hidden = !s;
      if (!s) return;
      const breaks = s.breaks || [];
      clear(body,
        h('p', { 'data-testid': 'silence-state', class: `silence-state silence-${s.state.replace(/ /g, '-')}` }, outcome(s, draft)),
        breaks.length ? h('ul', { class: 'silence-breaks', 'data-testid': 'silence-breaks' }, breaks.map(b =>
          h('li', {}, h('strong', {}, b.name), ` broke silence on ${when(b.brokenAt)}: `, h('q', {}, b.text)))) : null);
    },
  };
}

function outcome(s, draft) {
  const names = (s.breaks || []).map(b => b.name);
  if (s.state === 'under silence') {
    return `Version ${s.version} is under silence until ${when(s.until)}.`
      + (names.length ? ` Silence broken by ${joinNames(names)}.` : '');
  }
  if (s.state === 'held') {
    return s.agreedUnderSilence
      ? `Silence held: version ${s.version} was agreed under silence on ${when(s.closedAt)}.`
      : `Silence held on version ${s.version} (${when(s.closedAt)}); the text has changed since (now version ${draft.version.number}).`;
  }
  return `Silence broken by ${joinNames(names)}; back to consultations (the silence ended ${when(s.closedAt)}).`;
}
