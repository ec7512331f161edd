// The one HTTP client of the UI: JSON in and out, the CSRF header on every unsafe
// request, RFC 9457 problems turned into ApiError, and a 401 from any call other than
// the sign-in probe handed to one handler (which sends the user to the login page).

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  /** Server field errors by field name; several messages for one field are joined. */
  fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const error of this.problem.errors ?? []) {
      result[error.field] = result[error.field]
        ? `${result[error.field]} ${error.message}`
        : error.message;
    }
    return result;
  }
}

/** Status 0 stands for "no HTTP answer" (network down, server stopped). */
export const NETWORK_ERROR_STATUS = 0;

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;
let languageProvider: () => string = () => 'ja';

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export function setLanguageProvider(provider: () => string): void {
  languageProvider = provider;
}

export type Query = Record<string, string | number | null | undefined>;

export interface RequestOptions {
  body?: unknown;
  /** Sent as is (a file upload) with its own Content-Type, instead of a JSON `body`. */
  raw?: Blob;
  query?: Query;
  headers?: Record<string, string>;
  /** A 401 is an expected answer here (sign-in, session probe): do not redirect. */
  expectUnauthorized?: boolean;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

export async function parseProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return fallback;
  try {
    const body = (await response.json()) as Partial<Problem> | null;
    if (!body || typeof body !== 'object') return fallback;
    return {
      type: typeof body.type === 'string' ? body.type : fallback.type,
      title: typeof body.title === 'string' ? body.title : fallback.title,
      status: typeof body.status === 'number' ? body.status : response.status,
      detail: typeof body.detail === 'string' ? body.detail : undefined,
      errors: Array.isArray(body.errors)
        ? body.errors.filter(
            (e): e is FieldError =>
              !!e && typeof e.field === 'string' && typeof e.message === 'string',
          )
        : undefined,
    };
  } catch {
    return fallback;
  }
}

export async function request<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': languageProvider(),
    ...options.headers,
  };
  const upper = method.toUpperCase();
  if (UNSAFE_METHODS.has(upper) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let body: string | Blob | undefined;
  if (options.raw !== undefined) {
    headers['Content-Type'] = options.raw.type || 'application/octet-stream';
    body = options.raw;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: upper,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({
      type: 'about:blank',
      title: 'Network error',
      status: NETWORK_ERROR_STATUS,
    });
  }

  if (!response.ok) {
    const problem = await parseProblem(response);
    if (response.status === 401 && !options.expectUnauthorized) unauthorizedHandler?.();
    throw new ApiError(problem);
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined as T;
  return (await response.json()) as T;
}

export const http = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) =>
    request<T>('DELETE', path, options),
  upload: <T>(path: string, file: Blob, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, raw: file }),
};
