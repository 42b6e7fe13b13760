#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);

// src/types.ts
var CATEGORY_IDS = [
  "documentation",
  "testing",
  "delivery",
  "data",
  "security",
  "operations",
  "history"
];
var CATEGORY_TITLES = {
  documentation: "Documentation",
  testing: "Testing",
  delivery: "Delivery",
  data: "Data",
  security: "Security",
  operations: "Operations",
  history: "History"
};
var BAND_LABELS = { red: "early", amber: "getting there", green: "job-ready" };

export {
  CATEGORY_IDS,
  CATEGORY_TITLES,
  BAND_LABELS
};
