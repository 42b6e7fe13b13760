import { defineRule } from '../src/engine/define-rule.js';
import { codePort } from '../src/facts/app-port.js';
import { composeFiles } from '../src/facts/compose.js';
import { dockerfiles, startsApp, type ParsedDockerfile } from '../src/facts/dockerfile.js';
import type { Facts } from '../src/facts/facts.js';
import type { Finding } from '../src/types.js';

/** A port in the start command itself: `--port 8000`, `-b 0.0.0.0:8000`, `--urls http://+:5000`. */
const CMD_PORT = /(?:--port[= ,"']+|-p[ ,"']+|--bind[= ,"']+|-b[ ,"']+|--urls[= ,"']+\S*:|0\.0\.0\.0:|\[::\]:|\+:|\*:)"?(\d{2,5})\b/;

export default defineRule({
  meta: {
    id: 'dockerfile-expose-port',
    category: 'delivery',
    title: "The Dockerfile's EXPOSE matches the app's port",
    rationale: 'EXPOSE documents which port the container serves; when it disagrees with the port the app listens on, `docker run -P` and reviewers reading the file get it wrong.',
    fix: 'Make EXPOSE name the port the app listens on (or set ENV PORT to match).',
    level: 'warn',
    kind: 'evidence',
    weight: 0.5,
    stage: 6,
    presets: ['platform'],
  },
  async check({ facts }) {
    const apps = (await dockerfiles(facts)).filter(startsApp);
    if (apps.length === 0) return { outcome: 'not-applicable', summary: 'No Dockerfile that starts an app.' };
    const findings: Finding[] = [];
    const matched: string[] = [];
    for (const df of apps) {
      const exposeIns = df.instructions.filter((i) => i.keyword === 'EXPOSE' && df.finalChain.has(i.stage));
      const exposed = exposeIns.flatMap((i) => i.args.map((a) => /^(\d+)(\/\w+)?$/.exec(a)?.[1]).filter(Boolean).map(Number));
      if (exposeIns.some((i) => /\$/.test(i.text))) continue;
      const port = await listenPort(facts, df);
      if (!port) continue;
      if (exposed.length === 0) {
        findings.push({ file: df.path, message: `The app listens on ${port.port} (${port.source}) but the Dockerfile has no EXPOSE.`, fix: `Add EXPOSE ${port.port}.` });
      } else if (!exposed.includes(port.port)) {
        findings.push({ file: df.path, line: exposeIns[0]!.line, message: `EXPOSE ${exposed.join(' ')}, but the app listens on ${port.port} (${port.source}).`, fix: `Change it to EXPOSE ${port.port}, or make the app listen on ${exposed[0]}.` });
      } else matched.push(`${df.path}: EXPOSE ${port.port} (${port.source})`);
    }
    if (findings.length === 0 && matched.length === 0) return { outcome: 'not-applicable', summary: 'The port the app listens on could not be determined.' };
    if (findings.length === 0) return { outcome: 'pass', summary: matched.join('; ') };
    const mismatch = findings.some((f) => f.line !== undefined);
    return { outcome: mismatch ? 'fail' : 'partial', ...(mismatch ? {} : { score: 0.7 }), summary: findings[0]!.message, findings };
  },
});

/** The port the image's app listens on, from the strongest simple evidence; undefined when unclear. */
async function listenPort(facts: Facts, df: ParsedDockerfile): Promise<{ port: number; source: string } | undefined> {
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
