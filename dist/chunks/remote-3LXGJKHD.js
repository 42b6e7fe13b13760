#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  RemoteTargetError,
  cloneRemote,
  parseRemoteTarget,
  remoteAccess,
  removeClonesSync
} from "./chunk-XVSLCWXY.js";
import "./chunk-OD7Z3KTL.js";
import "./chunk-FDRXJHTK.js";
export {
  RemoteTargetError,
  cloneRemote,
  parseRemoteTarget,
  remoteAccess,
  removeClonesSync
};
