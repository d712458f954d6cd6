// `aftersale-rules/server`: the HTTP API as a Hono app, for a Node backend that mounts it in its
// own server (any framework that takes a fetch handler: `app.fetch(request)`), or runs it with
// `serveApp` as `aftersale-rules serve` does.
export { createApp, DEFAULT_MAX_BATCH_BODY, DEFAULT_MAX_BODY, SERVED_SCHEMAS } from './app.js';
export type { AppOptions } from './app.js';
export { serveApp } from './serve.js';
export type { RunningServer, ServeOptions } from './serve.js';
export { openApiDocument, ERROR_CODES } from './openapi.js';
export type { ErrorCode } from './openapi.js';
export type { ErrorBody } from './http-error.js';
