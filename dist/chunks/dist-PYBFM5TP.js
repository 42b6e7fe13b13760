#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-VG772OYC.js";
import "./chunk-FDRXJHTK.js";
export default require_dist();
