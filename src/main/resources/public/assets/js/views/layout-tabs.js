// On phones and tablets the draft page is two tabs, "Text" and "Procedure" (the panels), rather
// than the panels after the whole text; on wide screens both stand side by side and the tabs are
// not shown (CSS). The tabs follow the WAI-ARIA tabs pattern: arrow keys move between them.
import { h } from '../dom.js';

export function layoutTabs(layout, documentBox, side) {
  documentBox.id = documentBox.id || 'draft-text';
  side.id = side.id || 'draft-procedure';
  const tab = (label, panel, selected) => h('button', {
    type: 'button', role: 'tab', id: `${panel.id}-tab`, 'aria-controls': panel.id, 'aria-selected': String(selected),
    tabindex: selected ? '0' : '-1', 'data-tab': panel.id,
  }, label);
  const tabs = [tab('Text', documentBox, true), tab('Procedure', side, false)];
  const bar = h('div', { class: 'layout-tabs', role: 'tablist', 'aria-label': 'Draft page' }, tabs);
  const choose = chosen => {
    for (const t of tabs) {
      const on = t === chosen;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
    }
    layout.classList.toggle('showing-side', chosen === tabs[1]);
  };
  tabs.forEach((t, i) => {
    t.addEventListener('click', () => choose(t));
    t.addEventListener('keydown', event => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      event.preventDefault();
      const next = tabs[(i + 1) % tabs.length];
      choose(next);
      next.focus();
    });
  });
  return bar;
}
