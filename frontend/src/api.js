// HTTP calls to the silo: same-origin, the board cookie (or nothing, on the open local profile) authenticates them.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

export async function api(path, { method = 'GET', body, signal } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method, signal, credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The silo cannot be reached', e.message);
  }
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = null; }
  if (!response.ok) {
    if (response.status === 401) signInNeeded();
    throw new ApiError(response.status, data?.title ?? `HTTP ${response.status}`, data?.detail ?? text.slice(0, 300));
  }
  return data;
}

/** The session ended (or never was): send the browser to the login, back here afterwards. */
function signInNeeded() {
  const back = location.pathname + location.search;
  location.assign(`/login?returnUrl=${encodeURIComponent(back)}`);
}
