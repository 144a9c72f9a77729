// Decodes every authorize_url() case with Node's WHATWG URL and URLSearchParams (a parser
// independent of ours) and checks that each value comes back intact and that the parameters
// are exactly response_type, client_id, [redirect_uri], [state], scope, in that order.
// Usage: node check_authorize_url.js < cases.jsonl   (or: program | node check_authorize_url.js)
'use strict';
const fs = require('fs');

const lines = fs.readFileSync(0, 'utf8').split('\n').filter((l) => l.length > 0);
let failures = 0;
const fail = (i, what) => {
  failures++;
  if (failures <= 20) console.error(`case ${i}: ${what}`);
};

// Raw bytes of one query component: every byte must be unreserved or %XX, nothing else.
const rawBytes = (component) => {
  const out = [];
  for (let k = 0; k < component.length; k++) {
    const c = component[k];
    if (c === '%') {
      const h = component.slice(k + 1, k + 3);
      if (!/^[0-9A-F]{2}$/.test(h)) return null;
      out.push(parseInt(h, 16));
      k += 2;
    } else if (/^[A-Za-z0-9\-._~]$/.test(c)) {
      out.push(c.charCodeAt(0));
    } else {
      return null;
    }
  }
  return Buffer.from(out);
};

lines.forEach((line, i) => {
  const c = JSON.parse(line);
  const input = {
    client_id: Buffer.from(c.client_id, 'hex'),
    redirect_uri: Buffer.from(c.redirect_uri, 'hex'),
    state: Buffer.from(c.state, 'hex'),
    scope: Buffer.from(c.scope, 'utf8'),
  };
  let url;
  try {
    url = new URL(c.url);
  } catch (e) {
    fail(i, `URL does not parse: ${e.message}`);
    return;
  }
  if (url.origin + url.pathname !== 'https://webflow.com/oauth/authorize') fail(i, `wrong base ${url.origin}${url.pathname}`);
  if (url.hash !== '') fail(i, `a fragment appeared: ${url.hash.slice(0, 40)}`);

  const expected = [['response_type', Buffer.from('code')], ['client_id', input.client_id]];
  if (input.redirect_uri.length) expected.push(['redirect_uri', input.redirect_uri]);
  if (input.state.length) expected.push(['state', input.state]);
  expected.push(['scope', input.scope]);

  const got = [...url.searchParams];
  const keys = got.map(([k]) => k).join(',');
  const wantKeys = expected.map(([k]) => k).join(',');
  if (keys !== wantKeys) {
    fail(i, `parameters ${keys} instead of ${wantKeys}`);
    return;
  }
  // URLSearchParams gives strings (UTF-8 decoded, invalid bytes replaced); compare like with like.
  got.forEach(([k, v], j) => {
    if (v !== expected[j][1].toString('utf8')) fail(i, `${k} changed`);
  });
  // And byte for byte, from the raw query URL kept.
  const raw = url.search.slice(1).split('&');
  if (raw.length !== expected.length) {
    fail(i, `${raw.length} raw query pieces instead of ${expected.length}`);
    return;
  }
  raw.forEach((piece, j) => {
    const [k, v, ...extra] = piece.split('=');
    const bytes = v === undefined ? null : rawBytes(v);
    if (extra.length || k !== expected[j][0] || bytes === null || !bytes.equals(expected[j][1])) {
      fail(i, `raw ${expected[j][0]} is not the input, percent-encoded`);
    }
  });
});

if (lines.length < 100) fail(-1, `only ${lines.length} cases`);
console.log(`${lines.length} cases, ${failures} failures`);
process.exit(failures === 0 ? 0 : 1);
