export const normaliseTag = (t) => String(t).trim().toLowerCase();
