/**
 * Jest's order for a run with no timings of its own, as on CI's clean clone: the suites known to take longest first,
 * then the rest as jest orders them. Jest runs the suites it has timed longest first, which keeps both workers busy to
 * the end; with nothing timed it goes by file size, and the suites that feed generated pages or child processes
 * through the pipeline are small files that then start last and run on alone. With timings at hand, jest's order
 * stands.
 */
const TestSequencer = require('@jest/test-sequencer').default;

/** Paths (relative to the repository) of the slowest suites, in the order they start. */
const SLOWEST_SUITES = [
  /\/test\/hostile\//,
  /\/test\/extract\/red-team-rounds\.test\.ts$/,
  /\/test\/extract\/content\/robustness\.test\.ts$/,
  /\/test\/faults\//,
  /\/test\/lib\/cdk-nag\.test\.ts$/,
  /\/test\/local\//,
];

class SlowSuitesFirst extends TestSequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    if (sorted.some((test) => test.duration != null)) return sorted;
    const rank = (test) => {
      const at = SLOWEST_SUITES.findIndex((pattern) => pattern.test(test.path));
      return at < 0 ? SLOWEST_SUITES.length : at;
    };
    return sorted.map((test, order) => ({ test, order })).sort((a, b) => rank(a.test) - rank(b.test) || a.order - b.order).map(({ test }) => test);
  }
}

module.exports = SlowSuitesFirst;
