// Types for the two pg entry points the store loads directly (see create-pool.ts).
declare module 'pg/lib/client.js' {
  import type { Client } from 'pg';

  const ClientClass: typeof Client;
  export default ClientClass;
}

declare module 'pg-pool' {
  import type { Pool, PoolConfig } from 'pg';

  const PoolClass: new (config: PoolConfig & { Client?: unknown }) => Pool;
  export default PoolClass;
}
