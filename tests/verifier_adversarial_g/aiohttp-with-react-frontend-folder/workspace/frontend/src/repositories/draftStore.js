// Unsaved article drafts and the session token, kept in the browser's localStorage.
const DRAFT_PREFIX = "conduit:draft:";
const TOKEN_KEY = "conduit:token";

export function loadDraft(slug) {
  const raw = window.localStorage.getItem(DRAFT_PREFIX + (slug || "new"));
  return raw ? JSON.parse(raw) : null;
}

export function saveDraft(slug, draft) {
  window.localStorage.setItem(DRAFT_PREFIX + (slug || "new"), JSON.stringify(draft));
}

export function clearDraft(slug) {
  window.localStorage.removeItem(DRAFT_PREFIX + (slug || "new"));
}

export function loadToken() {
  return window.localStorage.getItem(TOKEN_KEY);
}
