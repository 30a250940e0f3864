import type { Principal } from '../auth/principal.js';

/** Per-request values every handler can read. */
export interface CadreEnv {
  Variables: {
    /** Echoed from `X-Request-Id` or generated; in every response and log entry. */
    requestId: string;
    /** Set by authentication on every route except the public documentation. */
    principal: Principal;
  };
}
