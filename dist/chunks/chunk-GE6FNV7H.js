#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);

// src/config/presets.ts
var PRESET_PREFIX = "portfolio-check:";
var PRESET_NAMES = ["recommended", "saas", "data", "platform", "strict"];
var PRESET_DESCRIPTIONS = {
  recommended: "every rule at its default level and weight",
  saas: "recommended, with authorization, rate limits and jobs weighted double (product APIs)",
  data: "recommended, with migrations and seed data weighted double (data work)",
  platform: "recommended, with logging, health checks and rate limits weighted double (platform work)",
  strict: "every rule, as an error"
};
function isPresetName(name) {
  return PRESET_NAMES.includes(name);
}
function presetConfig(name, rules) {
  const settings = {};
  for (const { meta } of rules) {
    const tags = meta.presets ?? [];
    if (name === "strict") settings[meta.id] = "error";
    else if (name !== "recommended" && tags.includes(name)) settings[meta.id] = { level: "error", weight: meta.weight * 2 };
    else settings[meta.id] = meta.level;
  }
  return { rules: settings };
}

export {
  PRESET_PREFIX,
  PRESET_NAMES,
  PRESET_DESCRIPTIONS,
  isPresetName,
  presetConfig
};
