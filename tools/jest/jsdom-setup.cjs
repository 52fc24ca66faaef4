// jsdom has no TextEncoder/TextDecoder; react-router (and Apollo) need them at import time. Node's are the same API.
const { TextDecoder, TextEncoder } = require('node:util');

globalThis.TextEncoder ??= TextEncoder;
globalThis.TextDecoder ??= TextDecoder;
