import { HttpError, type DataProvider } from 'react-admin';
import { supabaseDataProvider } from 'ra-supabase';
import type { Database } from '../types/database.types';
import type { SupabaseEnv } from './env';
import type { BackOfficeClient } from './supabaseClient';
import { toUserMessage, type Translate } from './dbErrors';
import { withComputedColumns } from './computedColumns';
import { createOperationsMethods } from './operationsMethods';
import { withoutEmbeds, withReadEmbeds } from './listEmbeds';
import { listWithTotals } from './listCounts';
import { toListRequest } from './listRequests';
import { labelSortAliases } from './listSorts';

export interface DataProviderOptions extends SupabaseEnv {
  client: BackOfficeClient;
  /** Used to phrase database refusals in the user's language. */
  translate: Translate;
}

/** Any error leaving the data provider carries a user-facing sentence; status and body stay. */
const toHttpError = (error: unknown, translate: Translate): HttpError => {
  const e = (error ?? {}) as { status?: number; body?: unknown };
  const body = e.body ?? (typeof error === 'object' ? error : undefined);
  return new HttpError(toUserMessage(error, translate), e.status ?? 500, body);
};

type Functions = Database['public']['Functions'];
export type RpcName = keyof Functions & string;
export type RpcArgs<F extends RpcName> = Functions[F]['Args'];
export type RpcResult<F extends RpcName> = Functions[F]['Returns'];

/** The resource whose field labels name an Edge Function's input fields. */
const FUNCTION_RESOURCES: Record<string, string> = {
  'payment-links': 'payment_links',
  team: 'agents',
  refunds: 'orders',
  'payment-reminders': 'payment_reminders',
};

/** The HTTP status PostgREST answered with (404 no such row, 409 wrong state, ...), else 400. */
const statusOf = (status: number): number => (status >= 400 ? status : 400);

export const createDataProvider = ({ client, url, anonKey, translate }: DataProviderOptions) => {
  const base = supabaseDataProvider({ instanceUrl: url, apiKey: anonKey, supabaseClient: client });
  /** The big tables' lists: exact totals up to TOTAL_CAP, "more than" above (listCounts.ts). */
  const runList = listWithTotals(base.getList);

  /** Calls a SQL function with the arguments and result the generated types give it. */
  const rpc = async <F extends RpcName>(fn: F, args: RpcArgs<F>): Promise<RpcResult<F>> => {
    const { data, error, status } = await client.rpc(fn, args);
    if (error) throw Object.assign(new Error(error.message), { status: statusOf(status), body: error });
    return data as RpcResult<F>;
  };

  const invokeFunction = async <T = unknown>(name: string, body: Record<string, unknown>): Promise<T> => {
    const { data, error } = await client.functions.invoke(name, { body });
    if (error) {
      const context = (error as { context?: Response }).context;
      let payload: unknown = undefined;
      if (context && typeof context.json === 'function') {
        payload = await context.json().catch(() => undefined);
      }
      const refusal = (payload ?? {}) as { error?: string; message?: string; code?: string; field?: string; max?: number };
      const message = refusal.error ?? refusal.message ?? error.message;
      // A validation refusal names its field ({ code, field, max }): dbErrors words it with the label.
      const fieldRefusal =
        typeof refusal.field === 'string' && typeof refusal.code === 'string'
          ? { code: refusal.code, field: refusal.field, max: refusal.max, resource: FUNCTION_RESOURCES[name.split('/')[0]!] }
          : {};
      throw Object.assign(new Error(message), {
        status: context?.status ?? 500,
        body: { code: 'P0001', message, ...fieldRefusal },
      });
    }
    return data as T;
  };

  const dataProvider = {
    ...base,
    getList: (resource, params) => {
      return runList(resource, toListRequest(resource, withComputedColumns(resource, params)));
    },
    getManyReference: (resource, params) => {
      const request = toListRequest(resource, withComputedColumns(resource, params));
      return base.getManyReference(request.resource, request.params);
    },
    getOne: (resource, params) => base.getOne(resource, withComputedColumns(resource, params)),
    getMany: (resource, params) => base.getMany(resource, withReadEmbeds(resource, withComputedColumns(resource, params))),
    update: (resource, params) => {
      const strip = <R extends Record<string, unknown>>(r: R) => withoutEmbeds(resource, r, labelSortAliases(resource));
      return base.update(resource, { ...params, data: strip(params.data), previousData: strip(params.previousData) });
    },

    /** Calls a SQL function exposed by PostgREST (rows the caller may see, RLS applies). */
    rpc,
    /** Calls a Supabase Edge Function with the user's session. */
    invokeFunction,

    /**
     * Puts the workflow steps of a product in a new order through the SQL function
     * reorder_product_steps (one transaction, one UPDATE; the unique position is DEFERRABLE).
     */
    reorderProductSteps: async (
      productId: string,
      ordered: ReadonlyArray<{ id: string; position: number }>,
      changes: ReadonlyArray<{ id: string; position: number }>,
    ): Promise<void> => {
      if (changes.length === 0) return;
      await rpc('reorder_product_steps', {
        p_product_id: productId,
        p_product_step_ids: ordered.map((row) => row.id),
      });
    },

    /**
     * Creates a payment link through the payment-links function: the SQL function stores it
     * (who may sell, active product, e-mail, expiry), the function opens the checkout session.
     */
    createPaymentLink: (input: { product_id: string; prospect_email: string; prospect_name: string | null; expires_at: string | null }) =>
      invokeFunction<{ id: string; token: string; url: string; expires_at: string | null }>('payment-links', input),
    cancelPaymentLink: (id: string) => invokeFunction(`payment-links/${encodeURIComponent(id)}/cancel`, {}),
    /** Asks Stripe to refund a paid order (MANAGER, ADMIN); REFUNDED once Stripe confirms. */
    refundOrder: (orderId: string) => invokeFunction('refunds', { order_id: orderId }),
    /** A manager cancels an unpaid order through cancel_order (it writes the ORDER_CANCELLED event). */
    cancelOrder: (orderId: string) => rpc('cancel_order', { p_order_id: orderId }),
    sendPaymentReminder: (orderId: string) => invokeFunction('payment-reminders/send-now', { order_id: orderId }),
    /** The assignee completes their step; the database opens the next one or closes the dossier. */
    completeStepInstance: (id: string) => rpc('complete_step_instance', { p_step_instance_id: id }),
    assignStepInstance: (id: string, agentId: string) => rpc('assign_step_instance', { p_step_instance_id: id, p_agent_id: agentId }),
    changeDossierStatus: (id: string, status: string, note: string | null = null) =>
      rpc('change_dossier_status', { p_dossier_id: id, p_status: status, p_note: note ?? undefined }),
    reviewDocumentVersion: (versionId: string, decision: 'APPROVED' | 'REJECTED', notes: string | null = null) =>
      rpc('review_document_version', { p_version_id: versionId, p_decision: decision, p_notes: notes ?? undefined }),
    /** Team management (ADMIN): the team function also bans / unbans the auth user. */
    inviteAgent: (input: { email: string; full_name: string; role: string }) => invokeFunction<{ id: string }>('team/invite', input),
    changeAgentRole: (agentId: string, role: string) => invokeFunction('team/role', { agent_id: agentId, role }),
    setAgentActive: (agentId: string, active: boolean) =>
      invokeFunction(active ? 'team/reactivate' : 'team/deactivate', { agent_id: agentId }),

    /** The operations screens' reads (review queue, step board, timeline, activity, Storage). */
    ...createOperationsMethods(client),
  } satisfies DataProvider;

  return withUserFacingErrors(dataProvider, translate);
};

/** Wraps every method so that a rejection becomes an HttpError with a readable message. */
export const withUserFacingErrors = <T extends Record<string, unknown>>(provider: T, translate: Translate): T => {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(provider)) {
    if (typeof value !== 'function') {
      wrapped[name] = value;
      continue;
    }
    wrapped[name] = (...args: unknown[]) => {
      const result = (value as (...a: unknown[]) => unknown)(...args);
      return result instanceof Promise
        ? result.catch((error: unknown) => {
            throw toHttpError(error, translate);
          })
        : result;
    };
  }
  return wrapped as T;
};

export type BackOfficeDataProvider = ReturnType<typeof createDataProvider>;
