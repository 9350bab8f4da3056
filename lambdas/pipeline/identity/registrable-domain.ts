/**
 * A small registrable-domain ("site") heuristic, used to decide whether a declared canonical URL points to the
 * same site as the page. Not the full Public Suffix List: the pipeline only needs "same site or not", and a wrong
 * answer costs little (we fall back to the page URL).
 *
 * Rule: the last two labels (`example.com`), or the last three when the TLD is a two-letter country code and the
 * second-level label is one of the generic second-level names countries register under (`co.uk`, `com.au`,
 * `com.eg`, `gov.sa`, `org.uk`, `ac.jp`, `ne.jp`, ...). IP addresses and single-label hosts are their own site.
 */
const GENERIC_SECOND_LEVEL_LABELS = new Set([
  'ac', 'co', 'com', 'edu', 'gob', 'gov', 'go', 'info', 'ltd', 'me', 'mil', 'ne', 'net', 'news', 'nic', 'or',
  'org', 'plc', 'sch', 'web',
]);

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const COUNTRY_CODE_TLD = /^[a-z]{2}$/;

export function registrableDomain(host: string): string {
  const normalizedHost = host.toLowerCase().replace(/\.$/, '');
  if (normalizedHost.startsWith('[') || IPV4.test(normalizedHost)) return normalizedHost;
  const labels = normalizedHost.split('.');
  if (labels.length <= 2) return normalizedHost;
  const topLevel = labels[labels.length - 1]!;
  const secondLevel = labels[labels.length - 2]!;
  const suffixLabels = COUNTRY_CODE_TLD.test(topLevel) && GENERIC_SECOND_LEVEL_LABELS.has(secondLevel) ? 2 : 1;
  return labels.slice(-(suffixLabels + 1)).join('.');
}
