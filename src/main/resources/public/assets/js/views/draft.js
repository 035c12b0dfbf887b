// One draft: its text as the UN prints it, and beside it the stage, sponsors, the actions the
// user may take now, amendments, versions and history. Live: patched from what each burst of
// changes says (views/live-patch.js), reading only what the events lack.
import { h, clear, humanize, when, announce, keepingFocus } from '../dom.js';
import { get, session, errorArea, showError } from '../api.js';
import { watchDraft } from '../live.js';
import { resolution } from '../resolution.js';
import { sponsorsPanel } from './sponsors.js';
import { silencePanel } from './silence.js';
import { versionsPanel } from './versions.js';
import { historyPanel } from './history.js';
import { actionsPanel } from './actions.js';
import { amendmentPanels } from './amendments.js';
import { decisionsPanel } from './decisions.js';
import { votingPanel } from './voting.js';
import { divisionsPanel } from './divisions.js';
import { exportsPanel } from './exports.js';
import { layoutTabs } from './layout-tabs.js';
import { outlinePanel } from './outline.js';
import { planOf, amendmentsAfter, versionsWith } from './live-patch.js';

export async function showDraft(main, draftId) {
  const user = session.user;
  const title = h('h1', { class: 'page-title', tabindex: '-1' }, 'Draft');
  const liveState = h('span', { class: 'live-state', 'data-testid': 'live-state' }, 'Connecting…');
  const documentBox = h('div', { class: 'document' });
  const side = h('aside', { class: 'side', 'aria-label': 'Procedure' });
  const status = h('section', { class: 'panel status', 'aria-labelledby': 'status-h' });
  const layout = h('div', { class: 'draft-layout' }, documentBox, side);
  const outline = outlinePanel();
  clear(main, h('div', { class: 'draft-top' }, h('p', {}, h('a', { href: '#/drafts' }, '← All drafts')), title, liveState),
    outline.el, layoutTabs(layout, documentBox, side), layout);
  title.focus();

  const ctx = { draftId, user, refresh: () => refresh('local'), documentBox, state: null };
  const panels = [
    { el: status, update: s => updateStatus(status, s) },
    { el: h('span', { hidden: true }), update: s => outline.update(s) }, // shown above the text, not among the panels
    sponsorsPanel(ctx),
    silencePanel(ctx),
    actionsPanel(ctx),
    decisionsPanel(ctx),
    votingPanel(ctx),
    divisionsPanel(ctx),
    ...amendmentPanels(ctx),
    versionsPanel(ctx),
    exportsPanel(ctx),
    historyPanel(ctx),
  ];
  side.append(...panels.map(p => p.el));

  // One read at a time: a live burst and a refresh after the user's own step never interleave.
  let turn = Promise.resolve();
  const inTurn = task => {
    const run = turn.then(task);
    turn = run.catch(() => {});
    return run;
  };
  let seen = null;
  const refresh = reason => inTurn(() => load(reason));
  async function load(reason) {
    try {
      const [draft, history, versions] = await Promise.all([
        get(`/api/drafts/${draftId}`),
        get(`/api/drafts/${draftId}/history`).catch(() => ({ events: [] })),
        get(`/api/drafts/${draftId}/versions`).catch(() => []),
      ]);
      // A live revalidation that finds nothing new draws nothing: the page, and the focus, stay as they are.
      const now = JSON.stringify([draft, history, versions]);
      if (reason && reason !== 'local' && !reason.type && now === seen) return;
      seen = now;
      ctx.state = { draft, history: history.events || [], versions, user };
      showTitle(draft);
      renderDocument(ctx);
      for (const p of panels) await p.update(ctx.state);
      if (reason && reason.type) announceLast(reason.type);
    } catch (e) {
      showError(errorArea(documentBox), e);
    }
  }

  /**
   * A burst of live changes: patched from what the events say when they are about amendments
   * (views/live-patch.js), reading only what they lack; anything else revalidates the page.
   */
  async function patch(changes) {
    const plan = planOf(changes, ctx.state, ctx.amendments);
    if (!plan) return load(changes[changes.length - 1]);
    try {
      const [draft, history, amendments] = await Promise.all([
        plan.draft ? get(`/api/drafts/${draftId}`) : ctx.state.draft,
        get(`/api/drafts/${draftId}/history`).catch(() => ({ events: ctx.state.history })),
        amendmentsAfter(plan, draftId, ctx.amendments),
      ]);
      const redraw = draft !== ctx.state.draft;
      ctx.state = { draft, history: history.events || [], versions: versionsWith(ctx.state.versions, draft), user, amendments };
      seen = null;
      if (redraw) {
        showTitle(draft);
        renderDocument(ctx);
      }
      for (const p of panels) await p.update(ctx.state);
      announceLast(changes[changes.length - 1].type);
    } catch (e) {
      showError(errorArea(documentBox), e);
    }
  }
  let burst = [];
  const live = change => {
    if (!burst.length) inTurn(() => { const changes = burst; burst = []; return patch(changes); });
    burst.push(...(change.changes || [change]));
  };
  function showTitle(draft) {
    clear(title, draft.symbol ? `${draft.symbol} — ${draft.title || ''}` : draft.title || `Draft ${draftId}`);
    document.title = `${draft.symbol || draft.title || 'Draft'} — Draftroom`;
  }
  function announceLast(type) {
    const last = ctx.state.history[ctx.state.history.length - 1];
    announce(`Updated: ${last ? last.text : humanize(type)}`);
  }
  ctx.rerenderDocument = () => renderDocument(ctx);

  await refresh();
  const stop = watchDraft(draftId, live, state => {
    liveState.dataset.state = state;
    clear(liveState, state === 'live' ? 'Live' : state === 'connecting' ? 'Connecting…' : 'Offline — retrying');
  });
  return () => { stop(); ctx.onLeave?.(); };
}

function renderDocument(ctx) {
  const { draft } = ctx.state;
  const area = errorArea(ctx.documentBox);
  // An editor open over a paragraph is put back into the new paragraph, with its focus.
  const text = resolution(draft, (p, el) => ctx.decorateParagraph?.(p, el));
  keepingFocus(() => ctx.documentBox.replaceChildren(...(ctx.textView ? ctx.textView.around(text) : [text]), area));
}

function updateStatus(section, { draft }) {
  const facts = [
    ['Stage', h('span', { class: `stage stage-${draft.stage}`, 'data-testid': 'stage' }, humanize(draft.stage))],
    ['Symbol', draft.symbol || 'not yet issued'],
    ['Committee', draft.committee || 'Plenary'],
    ['Version', `${draft.version.number}${draft.version.label ? ` (${draft.version.label})` : ''}, ${when(draft.version.createdAt)}`],
  ];
  if (draft.facilitator) facts.push(['Facilitator', draft.facilitator]);
  clear(section, h('h2', { id: 'status-h' }, 'Status'),
    h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])));
}
