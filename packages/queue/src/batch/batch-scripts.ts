/**
 * Registers items of a batch. KEYS: registry, meta, state, order. ARGV: batch id, then item keys.
 * Answers one number per key: 1 new (registered now), 2 registered in this batch and still queued
 * (add its queue job again: the enqueue that registered it may have died before adding it), 0 skip.
 */
export const REGISTER_SCRIPT = `
local answers = {}
for i = 2, #ARGV do
  local key = ARGV[i]
  local owner = redis.call('HGET', KEYS[1], key)
  if not owner then
    redis.call('HSET', KEYS[1], key, ARGV[1])
    redis.call('HSET', KEYS[3], key, 'queued')
    redis.call('RPUSH', KEYS[4], key)
    redis.call('HINCRBY', KEYS[2], 'total', 1)
    redis.call('HINCRBY', KEYS[2], 'queued', 1)
    answers[#answers + 1] = 1
  elseif owner == ARGV[1] and redis.call('HGET', KEYS[3], key) == 'queued' then
    answers[#answers + 1] = 2
  else
    answers[#answers + 1] = 0
  end
end
return answers
`;

/**
 * Moves an item to a new state, once. KEYS: meta, state, outcome, ticks, results. ARGV: item key,
 * new state, USD ticks it now counts ('' to keep), outcome JSON ('' for none). Ends (done, failed,
 * expired) never change; an uncertain item may still be settled by evidence (a worker that had the
 * answer after all); nothing goes back to queued. Answers 1 when it moved.
 */
export const TRANSITION_SCRIPT = `
local current = redis.call('HGET', KEYS[2], ARGV[1])
local target = ARGV[2]
if not current or current == target then return 0 end
if current == 'done' or current == 'failed' or current == 'expired' then return 0 end
if target == 'queued' then return 0 end
redis.call('HINCRBY', KEYS[1], current, -1)
redis.call('HINCRBY', KEYS[1], target, 1)
redis.call('HSET', KEYS[2], ARGV[1], target)
if ARGV[3] ~= '' then
  local before = tonumber(redis.call('HGET', KEYS[4], ARGV[1]) or '0')
  redis.call('HINCRBY', KEYS[1], 'spentTicks', string.format('%.0f', tonumber(ARGV[3]) - before))
  redis.call('HSET', KEYS[4], ARGV[1], ARGV[3])
end
if ARGV[4] ~= '' then
  redis.call('HSET', KEYS[3], ARGV[1], ARGV[4])
  redis.call('XADD', KEYS[5], '*', 'outcome', ARGV[4])
end
return 1
`;
