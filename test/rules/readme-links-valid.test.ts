import rule from '../../rules/readme-links-valid.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'links to files and folders that exist, anchors and external URLs',
      files: { 'README.md': '# Shop\n\n![Diagram](docs/img/arch.png)\n[Docs](docs/)\n[License](LICENSE)\n[Usage](#usage)\n[Site](https://example.com/missing)\n[Issues](../../issues)\n<img src="docs/img/arch.png" width="200">\n', 'docs/img/arch.png': 'png', LICENSE: 'MIT\n' },
      summary: /^All 4 relative link/,
    },
    { name: 'URL-encoded and rooted paths', files: { 'README.md': '# Shop\n\n[Guide](/docs/Setup%20Guide.md#install)\n', 'docs/Setup Guide.md': '# Setup\n' } },
    { name: 'no links at all', files: { 'README.md': '# Shop\n' }, summary: /No relative links/ },
    { name: 'no README', files: { 'main.go': 'package main\n' }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'a missing image and a missing license',
      files: { 'README.md': '# Shop\n\n![Screenshot](docs/screenshot.png)\n\n[License](LICENSE)\n[Setup](docs/setup.md)\n', 'docs/setup.md': '# Setup\n' },
      outcome: 'partial',
      score: [0.33, 0.34],
      findings: [
        { file: 'README.md', line: 3, message: /^Image "docs\/screenshot\.png" points to docs\/screenshot\.png, which does not exist\.$/ },
        { file: 'README.md', line: 5, message: /^Link "LICENSE"/ },
      ],
    },
    {
      name: 'a path that differs only in case',
      files: { 'README.md': '# Shop\n\n[Arch](docs/Architecture.md)\n', 'docs/architecture.md': '# A\n' },
      outcome: 'fail',
      findings: [{ file: 'README.md', line: 3, message: /docs\/architecture\.md differs only in case/ }],
    },
    {
      name: 'a broken link inside a linked document',
      files: { 'README.md': '# Shop\n\n[Guide](docs/guide.md)\n', 'docs/guide.md': '# Guide\n\n![Flow](img/flow.png)\n' },
      outcome: 'partial',
      findings: [{ file: 'docs/guide.md', line: 3, message: /docs\/img\/flow\.png/ }],
    },
  ],
});
