import type { Facts } from './facts.js';

/** Scorecard's top-level license file pattern (signals §18). */
const LICENSE_FILE = /^([a-z0-9.-]+[-_])?(patents?|copy(ing|right)|licen[sc]es?|unlicense)([-_.][a-z0-9.-]+)?(\.[a-z]+)?$/;
/** Template placeholders left in a license header: `[year] [fullname]`, `<copyright holders>`. */
const PLACEHOLDER = /\[(year|yyyy|fullname|name of copyright owner|copyright holders?)\]|<(year|copyright holders?|name)>/i;
const HEADER_LINES = 12;

/**
 * Common license texts by the words of their first lines, most specific first. The texts people
 * commit are a dozen standard ones; this recognises those by title as GitHub's licensee does first,
 * without its full-text similarity matching (no maintained JavaScript port exists).
 */
const KNOWN_TEXTS: [spdx: string, header: RegExp][] = [
  ['AGPL-3.0', /GNU AFFERO GENERAL PUBLIC LICENSE\s+Version 3/i],
  ['LGPL-3.0', /GNU LESSER GENERAL PUBLIC LICENSE\s+Version 3/i],
  ['LGPL-2.1', /GNU LESSER GENERAL PUBLIC LICENSE\s+Version 2\.1/i],
  ['GPL-3.0', /GNU GENERAL PUBLIC LICENSE\s+Version 3/i],
  ['GPL-2.0', /GNU GENERAL PUBLIC LICENSE\s+Version 2/i],
  ['Apache-2.0', /Apache License\s+Version 2\.0/i],
  ['MPL-2.0', /Mozilla Public License,? Version 2\.0/i],
  ['Unlicense', /This is free and unencumbered software released into the public domain/i],
  ['CC0-1.0', /Creative Commons Legal Code\s+CC0 1\.0 Universal|^CC0 1\.0 Universal/im],
  ['ISC', /^ISC License|Permission to use, copy, modify, and\/or distribute this software for any/im],
  ['BSD-3-Clause', /Redistribution and use in source and binary forms[\s\S]*Neither the name/i],
  ['BSD-2-Clause', /Redistribution and use in source and binary forms/i],
  ['MIT', /^MIT License|Permission is hereby granted, free of charge, to any person obtaining a copy/im],
];

export interface LicenseFile {
  path: string;
  /** The SPDX id of a standard license text recognised by its first lines; absent when not recognised. */
  spdx?: string;
  /** A template placeholder left in the header (`[year] [fullname]`), with its line. */
  placeholder?: { text: string; line: number };
}

export interface LicenseFacts {
  /** The root license file (LICENSE, COPYING, LICENSE.md…); the first by path when several. */
  file?: LicenseFile;
  /** A REUSE-style LICENSES/ folder at the root holding the texts. */
  licensesDir?: string;
  /** The license a root manifest names (`"license": "MIT"`), as written. */
  declared?: {
    path: string;
    license: string;
    /** Laravel's skeleton composer.json names the skeleton's license, not the author's project's. */
    skeleton: boolean;
  };
}

/** Where the repository states its license, read once per run. */
export function licenseFacts(facts: Facts): Promise<LicenseFacts> {
  return facts.derive('license', async () => {
    const [files, manifests] = await Promise.all([facts.files(), facts.manifests()]);
    const out: LicenseFacts = {};
    const entry = files.all.find((f) => f.dir === '' && LICENSE_FILE.test(f.base));
    if (entry) {
      const text = await facts.read(entry.path, 64 * 1024);
      out.file = { path: entry.path, ...(text ? readLicenseText(text.text, (index) => text.lineAt(index)) : {}) };
    }
    const licenses = files.all.find((f) => f.dir.toLowerCase() === 'licenses/');
    if (licenses) out.licensesDir = licenses.dir;
    const declared = manifests.find((m) => m.license && m.dir === '');
    if (declared) out.declared = { path: declared.path, license: declared.license!, skeleton: declared.path === 'composer.json' && declared.attributes.name === 'laravel/laravel' };
    return out;
  });
}

/** The SPDX id and a left-over placeholder of a license text; `lineAt` maps an offset to its 1-based line. */
export function readLicenseText(text: string, lineAt: (index: number) => number): Pick<LicenseFile, 'spdx' | 'placeholder'> {
  // Apache-2.0 and GPL carry "[yyyy]"/"<year>" in their how-to-apply appendix; only the header counts.
  const header = text.split(/\r?\n/).slice(0, HEADER_LINES).join('\n');
  const spdx = KNOWN_TEXTS.find(([, re]) => re.test(text.slice(0, 4096)))?.[0];
  const match = PLACEHOLDER.exec(header);
  return { ...(spdx ? { spdx } : {}), ...(match ? { placeholder: { text: match[0], line: lineAt(match.index) } } : {}) };
}
