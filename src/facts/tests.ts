import type { Facts } from './facts.js';
import type { Ecosystem } from './manifests/types.js';
import { callsInTest } from './routes/calls.js';
import type { EndpointMention } from './routes/types.js';

export interface TestFile {
  path: string;
  ecosystem: Ecosystem;
  /** Test cases declared (skipped and empty ones excluded). */
  cases: number;
  /** A framework generator's placeholder test (Spring's contextLoads, Laravel's ExampleTest, …). */
  scaffold: boolean;
  /** Drives the app over HTTP (supertest, TestClient, MockMvc, httptest, …). */
  http: boolean;
  line?: number;
}

export interface TestFacts {
  files: TestFile[];
  /** Cases in non-scaffold files. */
  realCases: number;
  scaffoldCases: number;
  /** The endpoints the test files call over HTTP (src/facts/routes), read with them. */
  endpointCalls: EndpointMention[];
}

interface TestSignature {
  file: RegExp;
  cases: RegExp;
  http: RegExp;
}

const JS_EXT = String.raw`\.[cm]?[jt]sx?$`;

const SIGNATURES: Record<Ecosystem, TestSignature> = {
  javascript: {
    file: new RegExp(String.raw`((^|/)__tests__/.*|\.(test|spec|e2e-spec|e2e)${JS_EXT}|(^|/)(tests?|e2e)/.*${JS_EXT})`, 'i'),
    cases: /(?<![.\w])(it|test)(\.(only|concurrent|each\s*\([^)]*\)))?\s*\(\s*(['"`])/g,
    http: /\b(supertest|request\(app|request\(server|request\(httpServer|\.inject\(\s*(\{|\))|light-my-request|pactum|app\.request\(|chai\.request\(|testApiHandler|(fetch|axios\.\w+|got)\(\s*[`'"]https?:\/\/(localhost|127\.0\.0\.1))/,
  },
  python: {
    file: /((^|\/)test_[^/]*\.py|_test\.py|(^|\/)tests\.py|(^|\/)tests?\/.+\.py)$/i,
    cases: /^\s*(async\s+)?def\s+test\w*\s*\(/gm,
    // A client fixture by any name (`client`, `auth_client`, `api_client`); `requests` against a local
    // server or a base-URL variable (`requests.get(f"{api_url}/users")`): a test of the live API.
    http: /\b(TestClient|AsyncClient|APIClient|APITestCase|LiveServerTestCase|test_client\(\)|testapp\.(get|post|put|patch|delete)(_json)?\(|self\.client\.(get|post|put|patch|delete)|\w*client\.(get|post|put|patch|delete)\(|requests\.(get|post|put|patch|delete)\(\s*(f?["']https?:\/\/(localhost|127\.0\.0\.1)|f["']\{\w*(url|URL|host|HOST)\w*\}\/|\w*(url|URL)\w*\s*\+))/,
  },
  java: {
    file: /((^|\/)src\/test\/.+|(Test|Tests|IT|TestCase)\.(java|kt))$/,
    cases: /@(Test|ParameterizedTest|RepeatedTest|TestFactory)\b/g,
    http: /\b(MockMvc|WebTestClient|TestRestTemplate|RestAssured|given\(\)\s*\.|WebMvcTest|RANDOM_PORT)/,
  },
  go: {
    file: /_test\.go$/,
    // Ginkgo specs are It("…") blocks; their func TestX only runs the suite.
    cases: /^func\s+Test\w*\s*\(\s*\w+\s+\*testing\.T\s*\)|^\s*It\(\s*"/gm,
    // Fiber's app.Test(req), whatever the app variable is called (`App.Test(req)`).
    http: /\bhttptest\.|\.ServeHTTP\(|\b\w*[aA]pp\.Test\(/,
  },
  php: {
    file: /((^|\/)tests?\/.+\.php|Test\.php)$/,
    cases: /(public\s+function\s+test\w*\s*\(|#\[Test\]|@test\b|^\s*(it|test)\s*\(\s*['"])/gm,
    http: /(->(get|post|put|patch|delete)Json\(|->(get|post|put|patch|delete)\(\s*['"]\/|(?<![\w>])(get|post|put|patch|delete)Json\(|createClient\(|ApiTestCase|->assert(Status|Ok|Created|NotFound|Unauthorized|Forbidden)\(|\brunApp\(\s*['"](GET|POST|PUT|PATCH|DELETE)['"]|Environment::mock\()/,
  },
  csharp: {
    file: /(^|\/)[^/]*tests?[^/]*\/.+\.cs$|Tests?\.cs$/i,
    cases: /\[(Fact|Theory|Test|TestCase|TestMethod)\b(?![^\]]*Skip\s*=)/g,
    http: /\b(WebApplicationFactory|CreateClient\(|TestServer|AlbaHost)/,
  },
  ruby: {
    file: /((^|\/)spec\/.+_spec\.rb|(^|\/)test\/.+_test\.rb)$/,
    // rswag request specs declare each case as `response '201', '…' do … run_test! end`.
    cases: /^\s*(it|specify|scenario|test)\b\s*(['"(]|do\b|\{)|^\s*def\s+test_\w+|^\s*run_test!/gm,
    http: /(type:\s*:request|ActionDispatch::IntegrationTest|Rack::Test|\b(get|post|put|patch|delete)\s+['"]\/|path\s+['"]\/api)/,
  },
};

/** Generator placeholders (signals §1.5): they prove the generator ran, not that the author tests. */
const SCAFFOLD: { path: RegExp; content: RegExp }[] = [
  { path: /ApplicationTests?\.(java|kt)$/, content: /void\s+contextLoads\s*\(\s*\)\s*\{\s*\}/ },
  { path: /(^|\/)tests\/(Feature|Unit)\/ExampleTest\.php$/, content: /test_(the_application_returns_a_successful_response|that_true_is_true)|it\(['"](returns a successful response|that true is true)/ },
  { path: /app\.controller\.spec\.ts$|app\.e2e-spec\.ts$/, content: /Hello World!/ },
  { path: /UnitTest1\.cs$/, content: /void\s+Test1\s*\(\s*\)\s*\{\s*\}/ },
  { path: /(^|\/)src\/App\.test\.[jt]sx?$/, content: /learn react/i },
];

/** Folders whose tests are HTTP-level by convention: request specs, Rails integration tests, Laravel feature tests. */
const HTTP_TEST_PATH = /(^|\/)(spec\/requests|spec\/api|test\/(controllers|integration)|tests\/Feature)\//;

const MAX_TEST_FILE_BYTES = 512 * 1024;

/** Test files of the detected ecosystems with their case counts, read once per run. */
export function testFacts(facts: Facts): Promise<TestFacts> {
  return facts.derive('tests', async () => {
    const { ecosystems } = await facts.ecosystems();
    const sources = await facts.sourceFiles(ecosystems);
    const files: TestFile[] = [];
    const endpointCalls: EndpointMention[] = [];
    for (const entry of sources) {
      const eco = testFileEcosystem(entry.path, entry.base, ecosystems);
      if (!eco) continue;
      const sig = SIGNATURES[eco];
      const text = await facts.scan(entry.path, MAX_TEST_FILE_BYTES);
      if (!text) continue;
      const cases = countCases(text.text, sig.cases);
      if (endpointCalls.length < 5000) endpointCalls.push(...callsInTest(text));
      if (cases === 0 && !/conftest|helper|setup|support/i.test(entry.base)) {
        files.push({ path: entry.path, ecosystem: eco, cases: 0, scaffold: false, http: false });
        continue;
      }
      const scaffold = SCAFFOLD.some((s) => s.path.test(entry.path) && s.content.test(text.text));
      const first = text.findLine(sig.cases);
      const http = sig.http.test(text.text) || HTTP_TEST_PATH.test(entry.path);
      files.push({ path: entry.path, ecosystem: eco, cases, scaffold, http, ...(first ? { line: first } : {}) });
    }
    let realCases = 0;
    let scaffoldCases = 0;
    for (const f of files) {
      if (f.scaffold) scaffoldCases += f.cases;
      else realCases += f.cases;
    }
    return { files, realCases, scaffoldCases, endpointCalls };
  });
}

/** The ecosystem whose test-file convention a source file follows (by name alone), if any. */
export function testFileEcosystem(path: string, base: string, ecosystems: readonly Ecosystem[]): Ecosystem | undefined {
  return ecosystems.find((e) => SIGNATURES[e].file.test(path) && matchesExtension(e, base));
}

function matchesExtension(eco: Ecosystem, base: string): boolean {
  switch (eco) {
    case 'javascript':
      return /\.[cm]?[jt]sx?$/.test(base);
    case 'python':
      return base.endsWith('.py');
    case 'java':
      return /\.(java|kt)$/.test(base);
    case 'go':
      return base.endsWith('.go');
    case 'php':
      return base.endsWith('.php');
    case 'csharp':
      return base.endsWith('.cs');
    case 'ruby':
      return base.endsWith('.rb');
  }
}

/** Declared cases minus empty ones; skipped cases (`it.skip`, `xit`) never match the patterns. */
function countCases(text: string, pattern: RegExp): number {
  const all = text.match(pattern)?.length ?? 0;
  // Empty arrow bodies: it('does x', () => {})
  const empty = text.match(/(?<![.\w])(it|test)\s*\(\s*(['"`])[^'"`]*\2\s*,\s*(async\s*)?\(\s*\)\s*=>\s*\{\s*\}\s*\)/g)?.length ?? 0;
  return Math.max(0, all - empty);
}
