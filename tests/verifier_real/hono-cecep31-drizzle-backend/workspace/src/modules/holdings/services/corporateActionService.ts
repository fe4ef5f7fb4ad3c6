// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/holdings/services/corporateActionService.ts
import { and, asc, count, gte, lte } from 'drizzle-orm';

import { db } from '../../../database/drizzle';

import { corporate_actions } from '../../../database/schemas/postgres/schema';

import {
  IdxCorporateActionClient,
  type CorporateActionEvent,
} from './idxCorporateActionClient';

export class CorporateActionService {
  constructor(private idxClient: IdxCorporateActionClient = new IdxCorporateActionClient()) {}

  async getCalendar(year: number, month: number): Promise<CorporateActionCalendarResponse> {
    const now = new Date();
    const validMonth = month >= 1 && month <= 12 ? month : now.getUTCMonth() + 1;
    const validYear = Number.isInteger(year) ? year : now.getUTCFullYear();

    const from = formatDate(new Date(Date.UTC(validYear, validMonth - 1, 1)));
    const to = formatDate(new Date(Date.UTC(validYear, validMonth, 0))); // last day of month

    let cached = false;
    try {
      const existing = await db
        .select({ count: count() })
        .from(corporate_actions)
        .where(and(gte(corporate_actions.event_date, from), lte(corporate_actions.event_date, to)));
      cached = (existing[0]?.count ?? 0) > 0;
    } catch (error) {
      console.error('Failed to check corporate actions cache:', error);
    }

    if (!cached) {
      const events = await this.idxClient.getCorporateActions(from, to);
      if (events.length > 0) {
        await this.upsertEvents(events);
      }
    }

    let stored: (typeof corporate_actions.$inferSelect)[] = [];
    try {
      stored = await db
        .select()
        .from(corporate_actions)
        .where(and(gte(corporate_actions.event_date, from), lte(corporate_actions.event_date, to)))
        .orderBy(asc(corporate_actions.event_date));
    } catch (error) {
      console.error('Failed to fetch corporate actions:', error);
    }

    const actions: CorporateActionResponse[] = stored.map((row) => {
      const action: CorporateActionResponse = {
        symbol: row.symbol,
        type: row.type,
        date: row.event_date,
        market: row.market,
      };
      if (row.name) action.name = row.name;
      if (row.pay_date) action.pay_date = row.pay_date;
      if (row.amount != null) action.amount = Number(row.amount);
      if (row.currency) action.currency = row.currency;
      if (row.note) action.note = row.note;
      return action;
    });

    return { from, to, total: actions.length, cached, actions };
  }

  private async upsertEvents(events: CorporateActionEvent[]): Promise<void> {
    const rows = dedupeCorporateActions(
      events.map((event) => ({
        symbol: event.symbol,
        name: event.name,
        type: event.type,
        event_date: event.date,
        pay_date: event.payDate ?? null,
        amount: event.amount != null ? String(event.amount) : null,
        currency: event.currency,
        note: event.note,
        market: event.market,
      }))
    );
    if (rows.length === 0) return;

    try {
      await db
        .insert(corporate_actions)
        .values(rows)
        .onConflictDoUpdate({
          target: [corporate_actions.symbol, corporate_actions.type, corporate_actions.event_date],
          set: {
            name: corporate_actions.name,
            pay_date: corporate_actions.pay_date,
            amount: corporate_actions.amount,
            currency: corporate_actions.currency,
            note: corporate_actions.note,
            market: corporate_actions.market,
            updated_at: new Date().toISOString(),
          },
        });
    } catch (error) {
      console.error('Failed to upsert corporate actions:', error);
    }
  }
}
