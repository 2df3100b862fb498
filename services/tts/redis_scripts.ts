// Lua scripts of the shared TTS gates, and the small helpers around calling them. Each runs atomically in Redis and takes the time from
// Redis (TIME), so replicas with skewed clocks agree on when a lease expires.
//
// Keys: `<prefix>limits` (hash: global, configured:<p>, effective:<p>, epoch:<p>, credit:<p>),
// `<prefix>slots:<gate>` (sorted set of lease id → last refresh, ms), `<prefix>replicas`
// (sorted set of replica id → last heartbeat, ms).

const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/**
 * One attempt at a slot. KEYS: slots, limits. ARGV: limit field, limit when the field is
 * missing, lease id, lease ms. Drops expired leases, then adds this one when fewer than the
 * limit (read here, so a SetLimits or an adaptive change applies at once) are held. 1 or 0.
 */
export const ACQUIRE = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[4]))
local limit = tonumber(redis.call('HGET', KEYS[2], ARGV[1])) or tonumber(ARGV[2])
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  return 1
end
return 0`;

/**
 * Renews leases. KEYS: the slots set of each lease. ARGV: the lease ids, in the same order.
 * Returns the 1-based positions of leases no longer held (expired and dropped).
 */
export const REFRESH = `${NOW}
local lost = {}
for i = 1, #KEYS do
  if redis.call('ZSCORE', KEYS[i], ARGV[i]) then
    redis.call('ZADD', KEYS[i], now, ARGV[i])
  else
    lost[#lost + 1] = i
  end
end
return lost`;

/**
 * Records leases taken while Redis was away (or lost with its data), whatever the limit,
 * so the cluster counts them. KEYS: the slots set of each lease. ARGV: the lease ids.
 */
export const ADOPT = `${NOW}
for i = 1, #KEYS do
  redis.call('ZADD', KEYS[i], now, ARGV[i])
end
return #KEYS`;

/**
 * Heartbeat and read-back. KEYS: limits, replicas, then the slots sets. ARGV: replica id,
 * ms after which a replica counts as gone, lease ms. Returns {replicas, {held per slots
 * set}, limits hash as a flat list}.
 */
export const SYNC = `${NOW}
redis.call('ZADD', KEYS[2], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[2]))
local held = {}
for i = 3, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - tonumber(ARGV[3]))
  held[#held + 1] = redis.call('ZCARD', KEYS[i])
end
return {redis.call('ZCARD', KEYS[2]), held, redis.call('HGETALL', KEYS[1])}`;

/** Sets each limits field that is missing. KEYS: limits. ARGV: field, value, ... */
export const SEED = `for i = 1, #ARGV, 2 do
  redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 1])
end
return redis.call('HGETALL', KEYS[1])`;

/**
 * SetLimits. KEYS: limits. ARGV: global limit (0 = unchanged), then provider, limit, ...
 * A provider's effective limit restarts from its new configured one.
 */
export const SET_LIMITS = `if tonumber(ARGV[1]) > 0 then
  redis.call('HSET', KEYS[1], 'global', ARGV[1])
end
for i = 2, #ARGV, 2 do
  local p = ARGV[i]
  redis.call('HSET', KEYS[1], 'configured:' .. p, ARGV[i + 1], 'effective:' .. p, ARGV[i + 1],
    'credit:' .. p, 0)
  redis.call('HINCRBY', KEYS[1], 'epoch:' .. p, 1)
end
return redis.call('HGETALL', KEYS[1])`;

/**
 * A throttled call (the shared form of AdaptiveLimit.throttled). KEYS: limits. ARGV:
 * provider, the epoch the call started in, decrease factor. Returns {lowered 0/1,
 * effective, epoch}.
 */
export const THROTTLED = `local p = ARGV[1]
local epoch = tonumber(redis.call('HGET', KEYS[1], 'epoch:' .. p)) or 0
local eff = tonumber(redis.call('HGET', KEYS[1], 'effective:' .. p)) or 1
if epoch ~= tonumber(ARGV[2]) then return {0, eff, epoch} end
local lowered = math.max(1, math.floor(eff * tonumber(ARGV[3])))
redis.call('HSET', KEYS[1], 'effective:' .. p, lowered, 'credit:' .. p, 0)
redis.call('HSET', KEYS[1], 'epoch:' .. p, epoch + 1)
return {lowered ~= eff and 1 or 0, lowered, epoch + 1}`;

/**
 * A successful call (the shared form of AdaptiveLimit.succeeded). KEYS: limits. ARGV:
 * provider. Returns {raised 0/1, effective, epoch}.
 */
export const SUCCEEDED = `local p = ARGV[1]
local epoch = tonumber(redis.call('HGET', KEYS[1], 'epoch:' .. p)) or 0
local eff = tonumber(redis.call('HGET', KEYS[1], 'effective:' .. p)) or 1
local conf = tonumber(redis.call('HGET', KEYS[1], 'configured:' .. p)) or eff
if eff >= conf then return {0, eff, epoch} end
local credit = redis.call('HINCRBY', KEYS[1], 'credit:' .. p, 1)
if credit < eff then return {0, eff, epoch} end
redis.call('HSET', KEYS[1], 'effective:' .. p, eff + 1, 'credit:' .. p, 0)
return {1, eff + 1, epoch}`;

/** Thrown by {@linkcode RedisStore.acquire} when Redis cannot be used right now. */
export class RedisDownError extends Error {
  constructor(why: string) {
    super(`redis unavailable: ${why}`);
    this.name = "RedisDownError";
  }
}

/** A flat HGETALL reply as a record of numbers. */
export function hashToRecord(flat: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  const list = Array.isArray(flat) ? flat : [];
  for (let i = 0; i + 1 < list.length; i += 2) out[String(list[i])] = Number(list[i + 1]);
  return out;
}

/** Rejects with a {@linkcode RedisDownError} naming `what` when `p` takes longer than `ms`. */
export function timeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RedisDownError(`${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/** Script name → [number of keys, or null when the caller passes it first; body]. */
export const SCRIPTS = {
  sacvAcquire: [2, ACQUIRE],
  sacvRefresh: [null, REFRESH],
  sacvAdopt: [null, ADOPT],
  sacvSync: [null, SYNC],
  sacvSeed: [1, SEED],
  sacvSetLimits: [1, SET_LIMITS],
  sacvThrottled: [1, THROTTLED],
  sacvSucceeded: [1, SUCCEEDED],
} as const;
