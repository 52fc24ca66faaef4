// Shared command-line and load helpers of the benchmarks.
const autocannon = require('autocannon');
const { median, rssMiB } = require('./processes.cjs');

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

/**
 * The subject against a bare server doing the least possible: both warmed up (2 s each, JIT and
 * pools), then `rounds` rounds in which the two take turns going first, the API's memory (`apiPid`)
 * read after each. `bare(seconds)` and `subject(seconds)` each run one load (loadRun) for `seconds`
 * (their own default when undefined). The medians and their ratio (subject / bare).
 */
async function versusBare({ rounds, bare, subject, apiPid }) {
  await subject(2);
  await bare(2);
  const runs = [];
  for (let r = 0; r < rounds; r++) {
    const round = {};
    for (const which of r % 2 === 0 ? ['bare', 'subject'] : ['subject', 'bare']) round[which] = which === 'bare' ? await bare() : await subject();
    round.apiRssMiB = rssMiB(apiPid);
    runs.push(round);
  }
  const bareRps = median(runs.map((r) => r.bare.rps));
  const subjectRps = median(runs.map((r) => r.subject.rps));
  return { rounds: runs, bareRps, subjectRps, ratio: subjectRps / bareRps };
}

/** The numbers every comparison with a bare server reports: the bare median, the ratio against the required one, and the uncached run. */
function comparisonResult({ bareRps, ratio }, required, uncached) {
  return { bareRps: Math.round(bareRps), ratio: Number(ratio.toFixed(3)), required, uncachedRps: Math.round(uncached.rps), uncachedP50Ms: uncached.p50, uncachedP99Ms: uncached.p99 };
}

/**
 * Prints `result` as JSON (--json) or with `print`; unless --no-assert, the run fails (exit code 1)
 * when `ratio` is below `required`, saying "`what` at N% of `against`".
 */
function reportRatio(result, { asJson, assert }, { ratio, required, what, against }, print) {
  if (asJson) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else print();
  if (assert && ratio < required) {
    console.error(`FAIL: ${what} at ${(ratio * 100).toFixed(1)}% of ${against} (< ${required * 100}%)`);
    process.exitCode = 1;
  }
}

module.exports = { numberArg, flag, loadRun, loadOptions, versusBare, comparisonResult, reportRatio };
