import { defineRule } from '../src/engine/define-rule.js';
import { inspectDockerfiles, type DockerfileObservation } from '../src/facts/dockerfile.js';
import type { Finding } from '../src/types.js';

/** Problem kinds and what each costs (one deduction per kind, however many lines show it). */
const COST = { secret: 0.35, root: 0.25, tag: 0.2, dockerignore: 0.15, add: 0.1, cache: 0.1, pin: 0.1 } as const;
type Kind = keyof typeof COST;
const KIND: Record<DockerfileObservation['kind'], Kind> = {
  'secret-in-layer': 'secret',
  'root-user': 'root',
  'unpinned-base': 'tag',
  'context-without-dockerignore': 'dockerignore',
  'local-add': 'add',
  'package-cache': 'cache',
  'unpinned-packages': 'pin',
};

export default defineRule({
  meta: {
    id: 'dockerfile-practices',
    category: 'delivery',
    title: 'The Dockerfile follows container best practices',
    rationale: 'Reviewers read the Dockerfile to see whether you ship like a team does: pinned base images, a non-root user, no secrets baked into layers, lean caches.',
    fix: 'Pin the base image (node:20-alpine), add a non-root USER, use COPY, add a .dockerignore, pass secrets at runtime, and clean package caches in the same RUN.',
    level: 'warn',
    kind: 'defect',
    deduction: 'risky Dockerfile practice',
    weight: 2,
    stage: 6,
    options: {
      pinPackages: { type: 'boolean', default: false, description: 'Also require pinned versions in apt-get/apk/pip installs (hadolint DL3008/DL3018/DL3013).' },
    },
  },
  async check({ facts, options }) {
    const inspected = await inspectDockerfiles(facts);
    if (inspected.length === 0) return { outcome: 'not-applicable', summary: 'No Dockerfile (see container-present).' };
    const findings: (Finding & { kind: Kind })[] = [];
    for (const { dockerfile, observations } of inspected) {
      for (const o of observations) {
        if (o.kind === 'unpinned-packages' && options.pinPackages !== true) continue;
        findings.push({ file: dockerfile.path, line: o.at.line, kind: KIND[o.kind], ...explain(o) });
      }
    }

    const kinds = new Set(findings.map((f) => f.kind));
    const names = inspected.map((d) => d.dockerfile.path).join(', ');
    if (kinds.size === 0) return { outcome: 'pass', summary: `${names}: pinned bases, non-root user, no secrets, clean caches.` };
    const score = Math.max(0, 1 - [...kinds].reduce((sum, k) => sum + COST[k], 0));
    const summary = `${findings.length} issue(s) in ${names}: ${[...kinds].join(', ')}.`;
    return { outcome: score > 0 ? 'partial' : 'fail', ...(score > 0 ? { score } : {}), summary, findings: findings.map(({ kind, ...f }) => (kind === 'root' || kind === 'dockerignore' ? { ...f, advice: kind } : f)) };
  },
});

/** What the reviewer is told, and the fix, for each observation. */
function explain(o: DockerfileObservation): { message: string; fix: string } {
  switch (o.kind) {
    case 'unpinned-base':
      return o.pin === 'untagged'
        ? { message: `FROM ${o.at.image} has no tag, so the build changes whenever the image does (DL3006).`, fix: `Pin a version: FROM ${o.at.image}:<version>-slim.` }
        : { message: `FROM ${o.at.image} uses "latest", which changes under you (DL3007).`, fix: `Pin a release tag: FROM ${o.at.name}:<version>.` };
    case 'root-user':
      return o.user === 'default'
        ? { message: 'The final image has no USER instruction, so the app runs as root.', fix: 'Create or pick an unprivileged user and switch to it before CMD: USER node (Node images), USER app, or USER 1000.' }
        : { message: 'The last USER is root, so the app runs as root (DL3002).', fix: 'Switch to an unprivileged user after the steps that need root.' };
    case 'local-add':
      return { message: `ADD ${o.sources.join(' ')} copies local files; ADD also unpacks archives and fetches URLs, so COPY says what you mean (DL3020).`, fix: 'Use COPY for local files and folders.' };
    case 'secret-in-layer':
      return { message: `${o.at.keyword} ${o.name} puts a secret into the image's layers and history (DL3064).`, fix: 'Pass secrets at runtime (environment, docker secrets) or at build time with RUN --mount=type=secret.' };
    case 'package-cache':
      if (o.manager === 'apt-get') return { message: 'apt-get install without removing /var/lib/apt/lists keeps the package index in the image (DL3009).', fix: 'End the same RUN with: && rm -rf /var/lib/apt/lists/*' };
      if (o.manager === 'apk') return { message: 'apk add without --no-cache keeps the package index in the image (DL3019).', fix: 'Use apk add --no-cache.' };
      return { message: 'pip install without --no-cache-dir keeps downloaded wheels in the image (DL3042).', fix: 'Use pip install --no-cache-dir (or ENV PIP_NO_CACHE_DIR=1).' };
    case 'unpinned-packages':
      return { message: `Unpinned package(s): ${o.packages.slice(0, 4).join(', ')} (DL3008/DL3018/DL3013).`, fix: 'Pin versions: apt-get install curl=7.88.*, apk add curl=8.5.0-r0, pip install flask==3.0.3.' };
    case 'context-without-dockerignore':
      return { message: 'The whole build context is copied but there is no .dockerignore: .git, node_modules and .env files end up in the image.', fix: 'Add a .dockerignore listing .git, node_modules, .env*, build output and logs.' };
  }
}
