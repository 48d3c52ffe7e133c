/**
 * Appends events atomically. KEYS: order, byKey, state. ARGV: events prefix, then per event:
 * submission id, event name, idempotency key ('' for none), state after a snapshot ('' otherwise),
 * the event as JSON. An intent whose key another live submission holds is refused as a whole
 * (`key_taken`): two processes racing on one key cannot both send. Events of a submission whose
 * intent is not stored are dropped, as the fold would ignore them.
 */
export const APPEND_SCRIPT = `
local prefix = ARGV[1]
local count = (#ARGV - 1) / 5
for i = 0, count - 1 do
  local at = 2 + i * 5
  local sid, name, key = ARGV[at], ARGV[at + 1], ARGV[at + 2]
  if name == 'intent' and key ~= '' then
    local owner = redis.call('HGET', KEYS[2], key)
    if owner and owner ~= sid and redis.call('HGET', KEYS[3], owner) ~= 'refused' then
      return {'key_taken', key, owner}
    end
  end
end
for i = 0, count - 1 do
  local at = 2 + i * 5
  local sid, name, key, snapshotState, json = ARGV[at], ARGV[at + 1], ARGV[at + 2], ARGV[at + 3], ARGV[at + 4]
  local current = redis.call('HGET', KEYS[3], sid)
  local opens = name == 'intent' or name == 'snapshot'
  if current or opens then
    if not current then redis.call('RPUSH', KEYS[1], sid) end
    if opens and key ~= '' then redis.call('HSET', KEYS[2], key, sid) end
    redis.call('RPUSH', prefix .. sid, json)
    local state = current
    if name == 'snapshot' then state = snapshotState
    elseif name == 'intent' then state = current or 'intent'
    elseif name == 'accepted' then state = 'accepted'
    elseif (name == 'refused' or name == 'uncertain') and current ~= 'accepted' then state = name end
    redis.call('HSET', KEYS[3], sid, state)
  end
end
return {'ok'}
`;

/** The events of the submission holding an idempotency key. KEYS: byKey. ARGV: events prefix, key. */
export const EVENTS_OF_KEY_SCRIPT = `
local sid = redis.call('HGET', KEYS[1], ARGV[2])
if not sid then return {} end
return redis.call('LRANGE', ARGV[1] .. sid, 0, -1)
`;
