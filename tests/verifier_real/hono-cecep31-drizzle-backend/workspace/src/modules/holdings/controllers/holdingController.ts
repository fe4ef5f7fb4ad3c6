// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/holdings/controllers/holdingController.ts
import { Hono } from 'hono';

import { auth } from '../../../middlewares/auth';

import { validateRequest } from '../../../middlewares/validateRequest';

import type { AppServices } from '../../../services';

import type { Variables } from '../../../types/context';

import { sendSuccess } from '../../../utils/response';

import {
  createHoldingSchema,
  duplicateHoldingSchema,
  getCalendarQuerySchema,
  getCompareMonthsSchema,
  getHoldingsQuerySchema,
  getMonthlyQuerySchema,
  getPriceQuerySchema,
  getSummaryQuerySchema,
  getTrendsQuerySchema,
  holdingIdSchema,
  updateHoldingSchema,
} from '../validation';

type HoldingService = AppServices['holdingService'];

type CorporateActionService = AppServices['corporateActionService'];

export const createHoldingController = (
  holdingService: HoldingService,
  corporateActionService: CorporateActionService
) =>
  new Hono<{ Variables: Variables }>()
    .get('/', auth, validateRequest('query', getHoldingsQuerySchema), async (c) => {
      const authUser = c.get('user');
      const { month, year, sortBy, order } = c.req.valid('query');
      const holdings = await holdingService.getHoldingsByUserId(
        authUser.user_id,
        month,
        year,
        sortBy,
        order
      );
      return sendSuccess(c, holdings, 'Holdings fetched successfully');
    })
    .get('/summary', auth, validateRequest('query', getSummaryQuerySchema), async (c) => {
      const authUser = c.get('user');
      const { month, year } = c.req.valid('query');
      const summary = await holdingService.getSummary(authUser.user_id, month, year);
      return sendSuccess(c, summary, 'Holdings summary fetched successfully');
    })
    .get('/trends', auth, validateRequest('query', getTrendsQuerySchema), async (c) => {
      const authUser = c.get('user');
      const { years } = c.req.valid('query');
      const trends = await holdingService.getTrends(authUser.user_id, years);
      return sendSuccess(c, trends, 'Holdings trends fetched successfully');
    })
    .get('/compare', auth, validateRequest('query', getCompareMonthsSchema), async (c) => {
      const authUser = c.get('user');
      const { fromMonth, fromYear, toMonth, toYear } = c.req.valid('query');
      const comparison = await holdingService.compareMonths(
        authUser.user_id,
        fromMonth,
        fromYear,
        toMonth,
        toYear
      );
      return sendSuccess(c, comparison, 'Month comparison fetched successfully');
    })
    .get('/monthly', auth, validateRequest('query', getMonthlyQuerySchema), async (c) => {
      const authUser = c.get('user');
      const { startMonth, startYear, endMonth, endYear } = c.req.valid('query');
      const data = await holdingService.getMonthly(
        authUser.user_id,
        startMonth,
        startYear,
        endMonth,
        endYear
      );
      return sendSuccess(c, data, 'Holdings monthly data fetched successfully');
    })
    .get('/price', auth, validateRequest('query', getPriceQuerySchema), async (c) => {
      const { symbol } = c.req.valid('query');
      const price = await holdingService.getPrice(symbol);
      return sendSuccess(c, price, 'Price fetched successfully');
    })
    .get('/calendar', auth, validateRequest('query', getCalendarQuerySchema), async (c) => {
      const { month, year } = c.req.valid('query');
      const calendar = await corporateActionService.getCalendar(year, month);
      return sendSuccess(c, calendar, 'Corporate actions calendar fetched successfully');
    })
    .post('/', auth, validateRequest('json', createHoldingSchema), async (c) => {
      const authUser = c.get('user');
      const body = c.req.valid('json');
      const holding = await holdingService.createHolding(authUser.user_id, body);
      return sendSuccess(c, holding, 'Holding created successfully', 201);
    })
    .post('/sync', auth, async (c) => {
      const authUser = c.get('user');
      const result = await holdingService.syncCurrentMonthPrices(authUser.user_id);
      return sendSuccess(c, result, 'Prices synced successfully for current month');
    })
    .post('/duplicate', auth, validateRequest('json', duplicateHoldingSchema), async (c) => {
      const authUser = c.get('user');
      const body = c.req.valid('json');
      const holdings = await holdingService.duplicateHoldingsByMonth(authUser.user_id, body);
      return sendSuccess(c, holdings, 'Holdings duplicated successfully', 201);
    })
    .get('/:id', auth, validateRequest('param', holdingIdSchema), async (c) => {
      const authUser = c.get('user');
      const params = c.req.valid('param');
      const holding = await holdingService.getHoldingById(authUser.user_id, Number(params.id));
      return sendSuccess(c, holding, 'Holding fetched successfully');
    })
    .put(
      '/:id',
      auth,
      validateRequest('param', holdingIdSchema),
      validateRequest('json', updateHoldingSchema),
      async (c) => {
        const authUser = c.get('user');
        const params = c.req.valid('param');
        const body = c.req.valid('json');
        const holding = await holdingService.updateHolding(authUser.user_id, Number(params.id), body);
        return sendSuccess(c, holding, 'Holding updated successfully');
      }
    )
    .delete('/:id', auth, validateRequest('param', holdingIdSchema), async (c) => {
      const authUser = c.get('user');
      const params = c.req.valid('param');
      const holding = await holdingService.deleteHolding(authUser.user_id, Number(params.id));
      return sendSuccess(c, holding, 'Holding deleted successfully');
    });
