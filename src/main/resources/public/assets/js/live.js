// Live updates: the server-sent events of one draft, read with fetch() so that the token travels
// in the Authorization header (EventSource cannot send it, and a token in a URL leaks into logs).
import { authHeaders } from './api.js';

/**
 * Watches a draft; calls onChange({type, seq}) for each committed change and onState('live' |
 * 'connecting' | 'offline'). Reconnects with backoff. Answers a function that stops watching.
 */
export function watchDraft(draftId, onChange, onState = () => {}) {
  const controller = new AbortController();
  let stopped = false;
  let delay = 500;

  async function connect() {
    while (!stopped) {
      onState('connecting');
      try {
        const response = await fetch(`/api/drafts/${draftId}/events`, {
          headers: authHeaders({ Accept: 'text/event-stream' }),
          signal: controller.signal,
          cache: 'no-store',
        });
        if (response.status === 401 || response.status === 403 || response.status === 404) {
          onState('offline');
          return;
        }
        if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
        await read(response.body, event => {
          if (event.name === 'ready') {
            delay = 500;
            onState('live');
          } else if (event.name === 'change') {
            onChange(event.data);
          }
        });
      } catch (e) {
        if (stopped) return;
      }
      if (stopped) return;
      onState('offline');
      await new Promise(resolve => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 10000);
      // Something may have changed while the stream was down.
      if (!stopped) onChange({ type: 'resync' });
    }
  }

  connect();
  return () => {
    stopped = true;
    controller.abort();
  };
}

/** Parses a text/event-stream body into {name, data} events. */
async function read(body, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value.replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = { name: 'message', data: '' };
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const key = colon < 0 ? line : line.slice(0, colon);
        const val = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (key === 'event') event.name = val;
        else if (key === 'data') event.data += (event.data ? '\n' : '') + val;
      }
      try {
        event.data = event.data ? JSON.parse(event.data) : {};
      } catch (e) {
        event.data = {};
      }
      onEvent(event);
    }
  }
}
