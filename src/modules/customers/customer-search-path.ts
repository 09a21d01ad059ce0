/**
 * How a search by `q` reaches its customers, chosen per request by how many index terms
 * match (CustomerQueryService.searchPath), so that its cost never follows the number of
 * matches:
 * - `from-terms`: few terms match (a name, a whole phone number); read them, then their
 *   customers, then order that small set.
 * - `from-customers`: many match (李, "li", four common digits); walk the customers in the
 *   page's order and ask each whether one of its terms matches, stopping after the page.
 * - `joined`: terms and customers read together, for counting matches up to a bound.
 */
export type SearchPath = 'from-terms' | 'from-customers' | 'joined';
