// The same program with plain fetch.
const response = await fetch('https://api.x.ai/v1/images/generations', {
  method: 'POST',
  headers: {
    authorization: `Bearer ${globalThis.process?.env.XAI_API_KEY}`,
    'content-type': 'application/json',
  },
  body: JSON.stringify({ model: 'grok-imagine-image', prompt: 'a red kite' }),
});
console.log((await response.json()).data[0].url);
