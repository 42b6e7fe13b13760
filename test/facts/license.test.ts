import { describe, expect, it } from 'vitest';
import { readLicenseText } from '../../src/facts/license.js';

const lineAt = (text: string) => (index: number) => text.slice(0, index).split('\n').length;
const read = (text: string) => readLicenseText(text, lineAt(text));

describe('license texts', () => {
  it('names standard texts by their SPDX id', () => {
    expect(read('MIT License\n\nCopyright (c) 2024 Ada\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n').spdx).toBe('MIT');
    expect(read('                                 Apache License\n                           Version 2.0, January 2004\n').spdx).toBe('Apache-2.0');
    expect(read('                    GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007\n').spdx).toBe('GPL-3.0');
    expect(read('                    GNU AFFERO GENERAL PUBLIC LICENSE\n                       Version 3, 19 November 2007\n').spdx).toBe('AGPL-3.0');
    expect(read('Copyright 2024 Ada\n\nRedistribution and use in source and binary forms, with or without\n...\n3. Neither the name of the copyright holder\n').spdx).toBe('BSD-3-Clause');
    expect(read('All rights reserved. Ask me first.\n').spdx).toBeUndefined();
  });

  it('finds a placeholder in the header, not in the how-to-apply appendix', () => {
    expect(read('MIT License\n\nCopyright (c) [year] [fullname]\n').placeholder).toEqual({ text: '[year]', line: 3 });
    const apache = 'Apache License\nVersion 2.0\n' + 'terms\n'.repeat(20) + 'Copyright [yyyy] [name of copyright owner]\n';
    expect(read(apache).placeholder).toBeUndefined();
  });
});
