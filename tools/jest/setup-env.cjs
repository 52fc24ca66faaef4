// Tests run in UTC so that date handling is explicit (the product itself formats in Europe/Amsterdam).
process.env.TZ = 'UTC';
