#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);

// src/config/presets.ts
var PRESET_PREFIX = "portfolio-check:";
var PRESET_NAMES = ["recommended", "saas", "data", "platform", "strict"];
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
  isPresetName,
  presetConfig
};
