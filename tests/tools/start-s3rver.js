#!/usr/bin/env node
// Starts s3rver (a real S3 API server on the file system) for the integration tests.
//
//   node --openssl-legacy-provider tests/tools/start-s3rver.js --directory DIR --bucket NAME [--bucket NAME…]
//        [--address 127.0.0.1] [--port 0] [--region us-east-1] [--no-verify-signatures]
//
// --openssl-legacy-provider: s3rver encrypts ListObjectsV2 continuation tokens with DES, which
// OpenSSL 3 (Node 17+) only offers through its legacy provider; without it every listing
// that needs a second page fails with 500 InternalError. RP_S3RVER_VERBOSE=1 logs requests.
//
// Prints "READY http://ADDRESS:PORT" on stdout once it accepts connections (port 0 lets the
// OS pick a free one, so parallel test runs never collide). Exits on SIGTERM/SIGINT and when
// its stdin closes, so a test process that dies does not leave a server behind.
//
// s3rver 3.x checks that the access key id exists (S3RVER/S3RVER) but does not verify
// Signature V4 at all ("V4 signatures have incomplete support"). A wrong secret key would go
// unnoticed, and so would a request that real S3 rejects for a bad canonical request. This
// launcher therefore puts a SigV4 verifier (AWS's documented algorithm, checked at start-up
// against AWS's published example signatures) in front of s3rver's routes. The payload hash
// is taken from x-amz-content-sha256 as sent; the body itself is not re-hashed.
'use strict';

const crypto = require('crypto');
const S3rver = require('s3rver');
const S3Error = require('s3rver/lib/models/error');

const ACCOUNTS = { S3RVER: 'S3RVER' }; // s3rver's built-in (and only) key pair

function parseArgs(argv) {
  const opts = { buckets: [], address: '127.0.0.1', port: 0, region: 'us-east-1', verify: true };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--directory') opts.directory = value();
    else if (arg === '--bucket') opts.buckets.push(value());
    else if (arg === '--address') opts.address = value();
    else if (arg === '--port') opts.port = Number(value());
    else if (arg === '--region') opts.region = value();
    else if (arg === '--no-verify-signatures') opts.verify = false;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!opts.directory) throw new Error('--directory is required');
  return opts;
}

const hmac = (key, text) => crypto.createHmac('sha256', key).update(text, 'utf8').digest();
const sha256Hex = text => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

// RFC 3986 unreserved characters stay; everything else becomes %XX (upper-case), as SigV4 wants.
function uriEncode(text, keepSlash) {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-._~]/.test(c) || (keepSlash && c === '/')) out += c;
    else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch (e) {
    throw new S3Error('InvalidURI', 'Couldn\'t parse the specified URI.');
  }
}

// The canonical request the server derives from what it received. S3 does not normalise
// paths (no dot-segment removal) and encodes each segment once.
function canonicalRequest(method, rawUrl, headers, signedHeaders, payloadHash) {
  const q = rawUrl.indexOf('?');
  const rawPath = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const rawQuery = q < 0 ? '' : rawUrl.slice(q + 1);
  const path = uriEncode(decode(rawPath), true);
  const query = rawQuery
    .split('&')
    .filter(p => p.length > 0)
    .map(p => {
      const eq = p.indexOf('=');
      const k = eq < 0 ? p : p.slice(0, eq);
      const v = eq < 0 ? '' : p.slice(eq + 1);
      return [uriEncode(decode(k), false), uriEncode(decode(v), false)];
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalHeaders = signedHeaders
    .map(name => {
      const value = headers[name];
      if (value === undefined) {
        throw new S3Error('AccessDenied', `Signed header ${name} was not sent.`);
      }
      return `${name}:${String(value).trim().replace(/\s+/g, ' ')}\n`;
    })
    .join('');
  return [method, path, query, canonicalHeaders, signedHeaders.join(';'), payloadHash].join('\n');
}

function signature(secret, amzDate, scope, canonical) {
  const [date, region, service, terminator] = scope.split('/');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical)].join('\n');
  let key = hmac('AWS4' + secret, date);
  key = hmac(key, region);
  key = hmac(key, service);
  key = hmac(key, terminator);
  return crypto.createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
}

function verify(req, region) {
  const auth = req.headers.authorization;
  if (!auth || !auth.startsWith('AWS4-HMAC-SHA256 ')) return; // anonymous or V2: s3rver decides
  const parts = {};
  for (const piece of auth.slice('AWS4-HMAC-SHA256 '.length).split(',')) {
    const eq = piece.indexOf('=');
    if (eq > 0) parts[piece.slice(0, eq).trim()] = piece.slice(eq + 1).trim();
  }
  if (!parts.Credential || !parts.SignedHeaders || !parts.Signature) {
    throw new S3Error('AuthorizationHeaderMalformed', 'The authorization header is malformed.');
  }
  const [accessKey, ...scopeParts] = parts.Credential.split('/');
  const scope = scopeParts.join('/');
  const [, scopeRegion, service, terminator] = scopeParts;
  if (scopeRegion !== region || service !== 's3' || terminator !== 'aws4_request') {
    throw new S3Error(
      'AuthorizationHeaderMalformed',
      `The authorization header is malformed; the region '${scopeRegion}' is wrong; expecting '${region}'`,
    );
  }
  const secret = ACCOUNTS[accessKey];
  if (secret === undefined) {
    throw new S3Error(
      'InvalidAccessKeyId',
      'The AWS Access Key Id you provided does not exist in our records.',
    );
  }
  const signedHeaders = parts.SignedHeaders.split(';');
  for (const required of ['host', 'x-amz-date']) {
    if (!signedHeaders.includes(required)) {
      throw new S3Error('AccessDenied', `Header ${required} must be signed.`);
    }
  }
  const payloadHash = req.headers['x-amz-content-sha256'];
  if (!payloadHash) {
    throw new S3Error('InvalidRequest', 'Missing required header for this request: x-amz-content-sha256');
  }
  const canonical = canonicalRequest(req.method, req.url, req.headers, signedHeaders, payloadHash);
  const expected = signature(secret, req.headers['x-amz-date'], scope, canonical);
  if (expected !== parts.Signature) {
    throw new S3Error(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. ' +
        'Check your key and signing method.',
      { CanonicalRequest: canonical },
    );
  }
}

// AWS's worked examples ("Signature Calculations for the Authorization Header: Transferring
// Payload in a Single Chunk"): if these do not come out, the verifier is wrong, not the client.
function selfTest() {
  const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const scope = '20130524/us-east-1/s3/aws4_request';
  const empty = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  const cases = [
    {
      url: '/test.txt',
      headers: { host: 'examplebucket.s3.amazonaws.com', range: 'bytes=0-9' },
      signed: ['host', 'range', 'x-amz-content-sha256', 'x-amz-date'],
      want: 'f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    },
    {
      url: '/?max-keys=2&prefix=J',
      headers: { host: 'examplebucket.s3.amazonaws.com' },
      signed: ['host', 'x-amz-content-sha256', 'x-amz-date'],
      want: '34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7',
    },
  ];
  for (const c of cases) {
    const headers = { ...c.headers, 'x-amz-content-sha256': empty, 'x-amz-date': '20130524T000000Z' };
    const canonical = canonicalRequest('GET', c.url, headers, c.signed, empty);
    const got = signature(secret, '20130524T000000Z', scope, canonical);
    if (got !== c.want) throw new Error(`SigV4 self-test failed for ${c.url}: ${got}`);
  }
}

function requireDes() {
  try {
    crypto.createCipheriv('des', Buffer.alloc(8), Buffer.alloc(8));
  } catch (e) {
    throw new Error(
      's3rver needs DES for continuation tokens: run node with --openssl-legacy-provider',
    );
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  requireDes();
  selfTest();
  const server = new S3rver({
    directory: opts.directory,
    address: opts.address,
    port: opts.port,
    silent: !process.env.RP_S3RVER_VERBOSE,
    vhostBuckets: false,
    configureBuckets: opts.buckets.map(name => ({ name, configs: [] })),
  });
  if (opts.verify) {
    // Koa composes middleware when the server starts, so this runs before s3rver's routes;
    // errors thrown here reach s3rver's handler and become S3 XML error answers.
    server.middleware.unshift(async (ctx, next) => {
      verify(ctx.req, opts.region);
      await next();
    });
  }
  const { address, port } = await server.run();
  process.stdout.write(`READY http://${address}:${port}\n`);
  const stop = () => server.close().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.on('error', stop);
  process.stdin.resume();
}

main().catch(err => {
  process.stderr.write(`start-s3rver: ${err.stack || err}\n`);
  process.exit(1);
});
