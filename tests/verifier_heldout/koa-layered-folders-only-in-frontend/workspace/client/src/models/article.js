export const fromJSON = (a) => ({ ...a, createdAt: new Date(a.createdAt) });
