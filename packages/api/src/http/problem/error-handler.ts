import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { HttpProblem, httpProblem, sendProblem } from './http-problem.js';

/** body-parser reports what went wrong in `type`; each becomes its own problem. */
type BodyParserError = Error & { type?: string; status?: number; statusCode?: number; limit?: number };

function fromBodyParser(error: BodyParserError): HttpProblem | null {
  switch (error.type) {
    case 'entity.too.large':
      return httpProblem(
        'PAYLOAD_TOO_LARGE',
        `the request body exceeds the limit of ${error.limit ?? 'the configured'} bytes`,
      );
    case 'entity.parse.failed':
      return httpProblem('MALFORMED_JSON', 'the request body is not valid JSON (or not a JSON object or array)');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return httpProblem('UNSUPPORTED_MEDIA_TYPE', 'send JSON encoded as UTF-8');
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return httpProblem('INVALID_REQUEST', 'the request body could not be read');
    default:
      return null;
  }
}

/** The last middleware: every error leaves as problem+json; only real faults are logged as errors. */
export function problemErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    let problem: HttpProblem;
    if (error instanceof HttpProblem) problem = error;
    else {
      const parsed = error instanceof Error ? fromBodyParser(error) : null;
      const status = (error as BodyParserError | undefined)?.status;
      if (parsed) problem = parsed;
      else if (typeof status === 'number' && status >= 400 && status < 500)
        problem = httpProblem('INVALID_REQUEST', 'the request could not be processed');
      else {
        logger.error({ err: error, reqId: req.id }, 'unhandled error');
        problem = httpProblem(
          'INTERNAL_ERROR',
          'an unexpected error occurred; the request id is in the X-Request-Id header',
        );
      }
    }
    if (res.headersSent) return res.end();
    sendProblem(res, problem, req.originalUrl.split('?')[0]);
  };
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(httpProblem('NOT_FOUND', `no resource at ${req.method} ${req.path}`));
};
