// Shared command-line and load helpers of the benchmarks.
const autocannon = require('autocannon');

/** `--name 12` as a number, or the fallback when the option is absent. */
function numberArg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number (got ${process.argv[i + 1]})`);
  return value;
}

/** Whether `--name` was given. */
const flag = (name) => process.argv.includes(`--${name}`);

/** One autocannon run; rejects when any answer was not 2xx or failed. */
function loadRun(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => {
      if (error) return reject(error);
      if (result.non2xx || result.errors) return reject(new Error(`${options.url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`));
      resolve({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
    });
  });
}

/**
 * The options every load benchmark takes: --seconds, --rounds, --connections (defaults given),
 * --json (print the result as JSON) and --no-assert (report without failing).
 */
function loadOptions({ seconds, rounds, connections }) {
  return {
    SECONDS: numberArg('seconds', seconds),
    ROUNDS: numberArg('rounds', rounds),
    CONNECTIONS: numberArg('connections', connections),
    asJson: flag('json'),
    assert: !flag('no-assert'),
  };
}

module.exports = { numberArg, flag, loadRun, loadOptions };
