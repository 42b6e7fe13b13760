import { describe, expect, it } from 'vitest';
import { DOCKERFILE_NAME, exposedPorts, observeDockerfile, parseDockerfile } from '../../src/facts/dockerfile.js';
import { TextFile } from '../../src/facts/text.js';

const parse = (text: string, path = 'Dockerfile') => parseDockerfile(new TextFile(path, text, false));
const kinds = (text: string, exists: (p: string) => boolean = () => false) => observeDockerfile(parse(text), exists).map((o) => `${o.kind}@${o.at.line}`);

describe('Dockerfile observations', () => {
  it('names Dockerfiles by their conventional names, not source files named after them', () => {
    for (const name of ['Dockerfile', 'api/Dockerfile', 'Dockerfile.prod', 'docker/dev.Dockerfile', 'Containerfile', 'dockerfile']) expect(DOCKERFILE_NAME.test(name), name).toBe(true);
    for (const name of ['src/dockerfile.ts', 'test/facts/dockerfile.test.ts', 'lib/Dockerfile.spec.js', 'docs/Dockerfile.md', 'Dockerfile-lint.py']) expect(DOCKERFILE_NAME.test(name), name).toBe(false);
  });

  it('reports what a beginner Dockerfile shows, in reading order', () => {
    const text = 'FROM node:latest\nWORKDIR /app\nADD . .\nRUN apt-get update && apt-get install -y curl\nENV JWT_SECRET=supersecret\nCMD npm start\n';
    expect(kinds(text)).toEqual([
      'unpinned-base@1',
      'root-user@1',
      'local-add@3',
      'package-cache@4',
      'unpinned-packages@4',
      'secret-in-layer@5',
      'context-without-dockerignore@3',
    ]);
  });

  it('observes nothing in a multi-stage build with a non-root user and a .dockerignore', () => {
    const text = 'FROM node:20-slim AS build\nCOPY . .\nRUN npm ci\nFROM node:20-slim\nCOPY --from=build /app /app\nUSER node\nCMD ["node", "/app"]\n';
    expect(kinds(text, (p) => p === '.dockerignore')).toEqual([]);
  });

  it('leaves out stage aliases, digests, scratch and build-time references', () => {
    const text = 'FROM golang@sha256:abc AS build\nFROM build\nFROM scratch\nENV API_TOKEN=${API_TOKEN}\nARG DB_PASSWORD_FILE\n';
    expect(kinds(text)).toEqual([]);
  });

  it('names a root USER and privilege-dropping entrypoints apart', () => {
    expect(kinds('FROM python:3.12-slim\nUSER root\nCMD ["python", "app.py"]\n')).toEqual(['root-user@2']);
    expect(kinds('FROM python:3.12-slim\nENTRYPOINT ["gosu", "app", "python", "app.py"]\n')).toEqual([]);
  });

  it('reads EXPOSE ports of the final image, and says when one is a variable', () => {
    expect(exposedPorts(parse('FROM node:20 AS build\nEXPOSE 9999\nFROM node:20\nEXPOSE 3000/tcp 8080\n')).ports).toEqual([3000, 8080]);
    expect(exposedPorts(parse('FROM node:20\nARG PORT\nEXPOSE $PORT\n')).variable).toBe(true);
  });
});
