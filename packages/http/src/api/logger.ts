/**
 * One line of the request log. It names the route pattern (`/persons/:id`), never the concrete
 * path, query or body, so person-level data (names, birth dates, ids) cannot reach the log.
 */
export interface RequestLogEntry {
  requestId: string;
  method: string;
  /** The matched route pattern, or `(unmatched)`. */
  route: string;
  status: number;
  durationMs: number;
  /** Id of the authenticated principal, when there is one. */
  principal?: string;
  /** For 500s: the error's class name and cadre code, never its message or stack. */
  error?: { name: string; code?: string };
}

/** Receives request log entries; plug in pino, console or a test array. */
export type RequestLogger = (entry: RequestLogEntry) => void;
