/** The one error shape every response uses (DESIGN.md §7). */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: string;
  details?: unknown;
}
