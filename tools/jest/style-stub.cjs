// Stylesheets imported by the web app's modules (Vite bundles them): nothing to load in jsdom.
module.exports = {};
