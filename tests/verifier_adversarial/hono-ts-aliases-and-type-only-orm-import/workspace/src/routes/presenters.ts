import type { Model } from 'sequelize';

// Shapes of what the services hand back, for the handlers' type checks only.
export type ProfileView = { username: string; bio: string | null; image: string | null; following: boolean };
export type AnyRecord = Model<Record<string, unknown>>;

export const asProfile = (p: ProfileView): { profile: ProfileView } => ({ profile: p });
