import { afterEach, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check.js';
import { RepositoryFacts } from '../../src/facts/facts.js';
import { servesHttp } from '../../src/facts/http.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import { buildRepo, makeTempDir, removeDir, type FileMap } from '../helpers/repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

function repo(files: FileMap): WorkingTreeSource {
  const dir = makeTempDir();
  dirs.push(dir);
  buildRepo(dir, { files });
  return new WorkingTreeSource(dir);
}

/** A Go service on a router the framework catalogue does not know, its routes registered from a table. */
const GO_SERVER = (start: string): FileMap => ({
  'go.mod': 'module example.com/todo\n\ngo 1.22\n\nrequire github.com/julienschmidt/httprouter v1.3.0\n',
  'cmd/api/main.go': [
    'package main',
    '',
    'import (',
    '\t"log"',
    '\t"net/http"',
    '\t"time"',
    '',
    '\t"github.com/julienschmidt/httprouter"',
    '\t"example.com/todo/internal/handlers"',
    ')',
    '',
    'func main() {',
    '\trouter := httprouter.New()',
    '\tfor _, r := range handlers.Routes() {',
    '\t\trouter.Handle(r.Method, r.Path, r.Handle)',
    '\t}',
    '\tsrv := &http.Server{',
    '\t\tAddr:         ":8443",',
    '\t\tHandler:      router,',
    '\t\tReadTimeout:  5 * time.Second,',
    '\t}',
    `\tlog.Fatal(${start})`,
    '}',
    '',
  ].join('\n'),
});

describe('serves HTTP: Go servers configured as an http.Server', () => {
  it('answers yes for &http.Server{Handler: router} started with ListenAndServeTLS or ListenAndServe', async () => {
    for (const start of ['srv.ListenAndServeTLS("cert.pem", "key.pem")', 'srv.ListenAndServe()']) {
      const facts = new RepositoryFacts(repo(GO_SERVER(start)));
      expect((await facts.ecosystems()).http).toBe(false);
      expect(await servesHttp(facts)).toBe(true);
    }
  });

  it('answers yes for the standard ListenAndServeTLS call with a third-party router', async () => {
    const files = GO_SERVER('srv.ListenAndServe()');
    files['cmd/api/main.go'] = (files['cmd/api/main.go'] as string).replace(/\tsrv := &http\.Server\{[\s\S]*?\t\}\n\tlog\.Fatal\(srv\.ListenAndServe\(\)\)/, '\tlog.Fatal(http.ListenAndServeTLS(":8443", "cert.pem", "key.pem", router))');
    expect(files['cmd/api/main.go']).toContain('http.ListenAndServeTLS(');
    expect(await servesHttp(new RepositoryFacts(repo(files)))).toBe(true);
  });

  it('does not count an http.Server named in a test or a comment', async () => {
    const facts = new RepositoryFacts(
      repo({
        'go.mod': 'module example.com/lib\n\ngo 1.22\n',
        'lib.go': 'package lib\n\n// Use it as the Handler of an &http.Server{} and call srv.ListenAndServe().\nfunc Sum(a, b int) int { return a + b }\n',
        'lib_test.go': 'package lib\n\nimport "net/http"\n\nvar srv = &http.Server{Addr: ":0"}\n',
      }),
    );
    expect(await servesHttp(facts)).toBe(false);
  });

  it('meets "writes HTTP endpoints" in the depth checklist', async () => {
    const result = await checkSource(repo(GO_SERVER('srv.ListenAndServe()')));
    expect(result.depth!.find((d) => d.id === 'writes-endpoints')!.met).toBe(true);
  });
});
