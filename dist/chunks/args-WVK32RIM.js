#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  FORMATS,
  HELP,
  UsageError,
  parseArgv,
  parseCliArgs
} from "./chunk-C2PHOO6T.js";
import "./chunk-GE6FNV7H.js";
import "./chunk-FDRXJHTK.js";
export {
  FORMATS,
  HELP,
  UsageError,
  parseArgv,
  parseCliArgs
};
