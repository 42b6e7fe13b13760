import { describe, expect, it } from 'vitest';
import { FileIndex } from '../src/facts/file-index.js';
import {
  artifactRole,
  isDependencyFolderPath,
  isExcludedPath,
  isLockfile,
  isMachineWrittenText,
  isNotAuthoredInCommits,
  isTopLevelBuildOutput,
  pathRoles,
} from '../src/facts/path-roles.js';

describe('pathRoles', () => {
  it('gives each path every role it plays', () => {
    expect(pathRoles('src/app.ts')).toEqual([]);
    expect(pathRoles('tests/test_app.py')).toEqual(['test', 'test-or-doc']);
    expect(pathRoles('examples/demo/server.js')).toEqual(['example-or-doc', 'test-or-doc']);
    expect(pathRoles('test/fixtures/repo/package.json')).toEqual(['test', 'fixture', 'test-or-doc']);
    expect(pathRoles('api/package-lock.json')).toEqual(['lockfile']);
    expect(pathRoles('backend/.env.example')).toEqual(['env-template']);
    expect(pathRoles('README.md')).toEqual(['test-or-doc']);
  });

  it('is recorded once per file of the index', () => {
    const index = new FileIndex([{ path: 'docs/guide.md', size: 1, tracked: true, symlink: false }, { path: 'src/a.ts', size: 1, tracked: true, symlink: false }]);
    expect(index.roles('docs/guide.md')).toBe(index.roles('docs/guide.md'));
    expect(index.hasRole('docs/guide.md', 'example-or-doc')).toBe(true);
    expect(index.hasRole('src/a.ts', 'example-or-doc')).toBe(false);
  });
});

describe('excluded, generated and build-output paths', () => {
  it('leaves vendored, generated and build output out of the analysis', () => {
    for (const p of ['env/lib/python3.12/site.py', 'pkg.egg-info/PKG-INFO', 'bin/Debug/app.dll', '.mvn/wrapper/MavenWrapperDownloader.java', 'public/build/app.js', 'app.min.js', 'types/index.d.ts', 'docs/_build/html/index.html']) {
      expect(isExcludedPath(p), p).toBe(true);
    }
    for (const p of ['src/env/index.ts', 'lib/build.ts', 'src/app.js']) expect(isExcludedPath(p), p).toBe(false);
  });

  it('tells lockfiles, machine-written text and top-level build output apart', () => {
    expect(isLockfile('web/yarn.lock')).toBe(true);
    expect(isLockfile('Cargo.lock')).toBe(false);
    expect(isMachineWrittenText('Cargo.lock')).toBe(true);
    expect(isMachineWrittenText('logo.svg')).toBe(true);
    expect(isTopLevelBuildOutput('dist/.env')).toBe(true);
    expect(isTopLevelBuildOutput('src/dist/.env')).toBe(false);
    expect(isDependencyFolderPath('web/node_modules/x/index.js')).toBe(true);
  });

  it('leaves generated and vendored files out of a commit size', () => {
    expect(isNotAuthoredInCommits('package-lock.json')).toBe(true);
    expect(isNotAuthoredInCommits('Migrations/AppDbContextModelSnapshot.cs')).toBe(true);
    expect(isNotAuthoredInCommits('dist/app.js')).toBe(true);
    expect(isNotAuthoredInCommits('src/app.ts')).toBe(false);
  });
});

describe('artifactRole', () => {
  const plain = { php: false, dotnet: false };
  it('names what a committed artefact is, first kind first', () => {
    expect(artifactRole('node_modules/x/index.js', plain)).toBe('installed-dependencies');
    expect(artifactRole('env/bin/python', plain)).toBe('installed-dependencies');
    expect(artifactRole('vendor/laravel/x.php', plain)).toBeUndefined();
    expect(artifactRole('vendor/laravel/x.php', { php: true, dotnet: false })).toBe('installed-dependencies');
    expect(artifactRole('obj/Debug/app.dll', { php: false, dotnet: true })).toBe('build-output');
    expect(artifactRole('obj/Debug/app.dll', plain)).toBe('compiled-binary');
    expect(artifactRole('coverage/lcov.info', plain)).toBe('coverage-and-logs');
    expect(artifactRole('.DS_Store', plain)).toBe('ide-and-os');
    expect(artifactRole('db.sqlite3', plain)).toBe('local-database');
    expect(artifactRole('tests/db.sqlite3', plain)).toBeUndefined();
  });

  it('never counts test fixtures', () => {
    expect(artifactRole('test/fixtures/app/node_modules/preset/index.js', plain)).toBeUndefined();
  });
});
