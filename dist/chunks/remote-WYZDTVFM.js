#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  RemoteTargetError,
  cloneRemote,
  parseRemoteTarget,
  removeClonesSync
} from "./chunk-E74PX5BT.js";
import "./chunk-OD7Z3KTL.js";
import "./chunk-FDRXJHTK.js";
export {
  RemoteTargetError,
  cloneRemote,
  parseRemoteTarget,
  removeClonesSync
};
