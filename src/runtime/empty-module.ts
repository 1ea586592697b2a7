// Stands in for Node-only modules (node-fetch) that tfjs references but never uses in a browser.
export default {};
