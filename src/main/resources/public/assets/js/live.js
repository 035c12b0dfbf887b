// Live updates: the server-sent events of one draft, read with fetch() so that the token travels
// in the Authorization header (EventSource cannot send it, and a token in a URL leaks into logs).
import { authHeaders } from './api.js';

/** Changes that arrive within this many milliseconds of each other are handed over together. */
const COALESCE_MILLIS = 150;

/**
 * Watches a draft; calls onChange(change) for committed changes and onState('live' |
 * 'connecting' | 'offline'). A change says what changed ({type, seq, amendment, status,
 * paragraphs, version}); a burst of them is handed over once, as its last change with all of them
 * in `changes`. Reconnects with backoff and the id of the last event taken (Last-Event-ID), so the
 * server sends what was missed; on a first stream, or when the server cannot tell what was missed,
 * the change is {revalidate: true} (or {type: 'resync'}) and the page revalidates what it shows (ETags: 304 when nothing
 * changed), which also covers a change committed between the page's first read and the stream.
 * Answers a function that stops watching.
 */
export function watchDraft(draftId, onChange, onState = () => {}) {
  const controller = new AbortController();
  let stopped = false;
  let delay = 500;
  let lastEventId = null;
  let burst = [];
  let timer = null;
  const hand = change => {
    burst.push(change);
    if (timer) return;
    timer = setTimeout(() => {
      const changes = burst;
      burst = [];
      timer = null;
      if (!stopped) onChange({ ...changes[changes.length - 1], changes });
    }, COALESCE_MILLIS);
  };

  async function connect() {
    while (!stopped) {
      onState('connecting');
      try {
        const extra = { Accept: 'text/event-stream' };
        if (lastEventId !== null) extra['Last-Event-ID'] = lastEventId;
        const response = await fetch(`/api/drafts/${draftId}/events`, {
          headers: authHeaders(extra),
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
            if (lastEventId === null) hand({ revalidate: true });
          } else if (event.name === 'change') {
            if (event.id) lastEventId = event.id;
            hand(event.data);
          }
        });
      } catch (e) {
        if (stopped) return;
      }
      if (stopped) return;
      onState('offline');
      await new Promise(resolve => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 10000);
      // What changed while the stream was down comes with the next stream (Last-Event-ID).
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
      const event = { name: 'message', data: '', id: null };
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const key = colon < 0 ? line : line.slice(0, colon);
        const val = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (key === 'event') event.name = val;
        else if (key === 'data') event.data += (event.data ? '\n' : '') + val;
        else if (key === 'id') event.id = val;
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
