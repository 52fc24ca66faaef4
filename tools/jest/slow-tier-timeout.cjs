// Tests over real HTTP, sockets and databases get 30 s each: on a busy 2-core machine jest's
// default of 5 s is too short. (A project's own `testTimeout` is not applied by jest when it runs
// several projects, so the tiers set it here, after the test framework is installed.)
jest.setTimeout(30_000);
