import type { FixContext, Generator } from '../types.js';

/** License texts fix can write, by SPDX id: short permissive licenses whose whole text fits here. */
export const LICENSE_TEXTS: Record<string, (year: number, holder: string) => string> = {
  MIT: (year, holder) => `MIT License

Copyright (c) ${year} ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`,
  ISC: (year, holder) => `ISC License

Copyright (c) ${year} ${holder}

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
`,
  'BSD-2-Clause': (year, holder) => `BSD 2-Clause License

Copyright (c) ${year}, ${holder}

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this
   list of conditions and the following disclaimer.

2. Redistributions in binary form must reproduce the above copyright notice,
   this list of conditions and the following disclaimer in the documentation
   and/or other materials provided with the distribution.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
`,
  'BSD-3-Clause': (year, holder) => `BSD 3-Clause License

Copyright (c) ${year}, ${holder}

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this
   list of conditions and the following disclaimer.

2. Redistributions in binary form must reproduce the above copyright notice,
   this list of conditions and the following disclaimer in the documentation
   and/or other materials provided with the distribution.

3. Neither the name of the copyright holder nor the names of its
   contributors may be used to endorse or promote products derived from
   this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
`,
  '0BSD': (year, holder) => `Zero-Clause BSD

Copyright (C) ${year} by ${holder}

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
`,
};

/** The SPDX id as fix knows it (case-insensitive), or undefined. */
export function knownLicense(id: string): string | undefined {
  return Object.keys(LICENSE_TEXTS).find((k) => k.toLowerCase() === id.toLowerCase());
}

/** `LICENSE`: the chosen license (MIT unless --license, or the one a manifest declares), holder from the history. */
export const license: Generator = {
  id: 'license',
  rules: ['license-present'],
  async generate(context) {
    const rule = context.result.rules.find((r) => r.id === 'license-present');
    if (rule?.outcome === 'partial' && !rule.findings.some((f) => /no LICENSE file holds its text/.test(f.message))) return { skipped: 'the LICENSE file exists (fill in its placeholders by hand)' };
    if (['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'COPYING'].some((p) => context.exists(p))) return { skipped: 'a LICENSE file exists' };
    const declared = (await context.facts.manifests()).find((m) => m.dir === '' && m.license)?.license;
    const id = knownLicense(context.license) ?? 'MIT';
    // A manifest's license wins over the default, never over an explicit --license.
    const chosen = context.license === 'MIT' && declared && knownLicense(declared) ? knownLicense(declared)! : id;
    if (context.license === 'MIT' && declared && !knownLicense(declared) && declared !== 'UNLICENSED') return { skipped: `${declared} is declared, and fix writes only ${Object.keys(LICENSE_TEXTS).join(', ')}: add its text from https://spdx.org/licenses/${declared}.html` };
    const holder = await copyrightHolder(context);
    return { files: [{ path: 'LICENSE', mode: 'create', content: LICENSE_TEXTS[chosen]!(context.year, holder.name), rules: this.rules, summary: `${chosen}, © ${context.year} ${holder.name} (${holder.source})` }] };
  },
};

/** The person who wrote most of the non-bot commits; else the manifest's author; else the project's name. */
async function copyrightHolder(context: FixContext): Promise<{ name: string; source: string }> {
  const history = await context.facts.history();
  // The history summary ranks human authors by commits (bots are already left out).
  const top = history.available ? history.summary.authors.find((a) => a.name.trim()) : undefined;
  if (top) return { name: oneLine(top.name), source: `author of ${top.commits} commit(s)` };
  return { name: `the ${oneLine(context.projectName)} authors`, source: 'no git history' };
}

/** A name safe to print on one line of the license. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[^\p{L}\p{N} .,'@()_-]/gu, '').slice(0, 100).trim() || 'the authors';
}
