import { defineRule } from '../src/engine/define-rule.js';
import { imageListenPort } from '../src/facts/app-port.js';
import { dockerfiles, exposedPorts, startsApp } from '../src/facts/dockerfile.js';
import type { Finding } from '../src/types.js';

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
      const { instructions: exposeIns, ports: exposed, variable } = exposedPorts(df);
      if (variable) continue;
      const port = await imageListenPort(facts, df);
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
