// `aftersale-rules/server`: the HTTP API as a Hono app, for a Node backend that mounts it in its
// own server (any framework that takes a fetch handler: `app.fetch(request)`), or runs it with
// `serveApp` as `aftersale-rules serve` does.
export { createApp, DEFAULT_MAX_BATCH_BODY, DEFAULT_MAX_BODY, SERVED_SCHEMAS } from './app.js';
export type { AppOptions } from './app.js';
export { serveApp } from './serve.js';
export type { RunningServer, ServeOptions } from './serve.js';
export { openApiDocument } from './openapi.js';
export { ERROR_CODES, PROBLEM_BASE, PROBLEM_TYPE, PROBLEM_TITLES, problemType } from './http-error.js';
export type { ErrorCode, Problem } from './http-error.js';
