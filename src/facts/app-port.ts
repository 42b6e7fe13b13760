import type { Facts } from './facts.js';
import { composeFiles } from './compose.js';
import { filesWithLine } from './content-pass.js';
import type { ParsedDockerfile } from './dockerfile.js';
import { PORT_SETTING } from './line-detectors.js';

/** Port defaults written in code or config: `process.env.PORT || 3000`, `getenv("PORT", "8080")`, `server.port=8081`. */
const CODE_PORT: RegExp[] = [
  /process\.env\.PORT\s*(?:\|\||\?\?)\s*['"]?(\d{2,5})\b/,
  /\b(?:os\.)?(?:getenv|environ\.get)\(\s*['"]PORT['"]\s*,\s*['"]?(\d{2,5})\b/,
  /\bgetenv\(\s*"PORT"\s*\)[\s\S]{0,80}?"(\d{2,5})"/,
  /^\s*server\.port\s*[=:]\s*(\d{2,5})\s*$/m,
];
/** `PORT=8080` in an env template. */
const TEMPLATE_PORT = /^\s*PORT\s*[=:]\s*['"]?(\d{2,5})\b/m;

export interface AppPort {
  port: number;
  /** Where the port was read (`file:line`, or a description). */
  source: string;
}

/**
 * The port the code under `dir` defaults to, from env-var fallbacks, Spring's server.port and an
 * env template's PORT; undefined unless exactly one port is found (several mean several servers).
 */
export async function codePort(facts: Facts, dir: string): Promise<AppPort | undefined> {
  const ports = new Map<number, string>();
  // The tree grep narrows thousands of source files to the few that mention a port.
  const hint = await filesWithLine(facts, PORT_SETTING);
  const sources = (await facts.sourceFiles()).filter((f) => f.path.startsWith(dir) && !/test|spec/i.test(f.path) && hint.has(f.path));
  const configs = (await facts.files()).all.filter((f) => f.path.startsWith(dir) && /^(application(-\w+)?\.(properties|ya?ml)|\.env\.example)$/.test(f.base));
  for (const entry of [...configs, ...sources].slice(0, 400)) {
    const text = await facts.scan(entry.path, 128 * 1024);
    if (!text) continue;
    for (const re of entry.base.startsWith('.env') ? [...CODE_PORT, TEMPLATE_PORT] : CODE_PORT) {
      const m = re.exec(text.text);
      if (m) ports.set(Number(m[1]), `${entry.path}:${text.lineAt(m.index + m[0].indexOf(m[1]!))}`);
    }
  }
  if (ports.size !== 1) return undefined;
  const [port, source] = [...ports][0]!;
  return { port, source };
}

/** A port in the start command itself: `--port 8000`, `-b 0.0.0.0:8000`, `--urls http://+:5000`. */
const CMD_PORT = /(?:--port[= ,"']+|-p[ ,"']+|--bind[= ,"']+|-b[ ,"']+|--urls[= ,"']+\S*:|0\.0\.0\.0:|\[::\]:|\+:|\*:)"?(\d{2,5})\b/;

/**
 * The port a Dockerfile's app listens on, from the strongest simple evidence: the start command,
 * ENV PORT, the compose service built from its folder, then the code's own default. Undefined when unclear.
 */
export async function imageListenPort(facts: Facts, df: ParsedDockerfile): Promise<AppPort | undefined> {
  for (const ins of [...df.instructions].reverse()) {
    if ((ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && df.finalChain.has(ins.stage)) {
      const m = CMD_PORT.exec(ins.text);
      if (m) return { port: Number(m[1]), source: `${ins.keyword} at line ${ins.line}` };
    }
  }
  for (const ins of df.instructions) {
    const m = ins.keyword === 'ENV' && df.finalChain.has(ins.stage) ? /\b(?:PORT|ASPNETCORE_HTTP_PORTS)[= ]+"?(\d{2,5})\b/.exec(ins.text) ?? /\bASPNETCORE_URLS[= ]+"?\S*:(\d{2,5})\b/.exec(ins.text) : null;
    if (m) return { port: Number(m[1]), source: `ENV at line ${ins.line}` };
  }
  for (const compose of await composeFiles(facts)) {
    for (const svc of compose.services) {
      if (svc.build === undefined || svc.containerPorts.length !== 1) continue;
      const context = svc.build.replace(/^\.\/?/, '').replace(/\/$/, '');
      const composeDir = compose.path.includes('/') ? compose.path.slice(0, compose.path.lastIndexOf('/') + 1) : '';
      if (`${composeDir}${context}${context ? '/' : ''}` !== df.dir) continue;
      return { port: svc.containerPorts[0]!, source: `${compose.path} service "${svc.name}" ports` };
    }
  }
  // Code defaults, only when they agree: several different defaults mean several servers.
  return codePort(facts, df.dir);
}
