import { describe, expect, it } from 'vitest';
import { inProse } from '../../src/facts/code-scan.js';

/** Whether the first occurrence of `needle` in `line` lies in a string of prose. */
const prose = (line: string, needle: string) => inProse(line, line.indexOf(needle));

describe('code quoted in prose', () => {
  it('is a sentence that quotes code: advice, messages, docs in a string', () => {
    expect(prose("  csharp: { fix: 'Add builder.Services.AddHealthChecks() and app.MapHealthChecks(\"/health\").' },", '"/health"')).toBe(true);
    expect(prose("  nestjs: { fix: 'Add @nestjs/terminus: a HealthController with HealthCheckService and the database indicator.' },", '@nestjs/terminus')).toBe(true);
    expect(prose("  nestjs: { docs: 'https://docs.nestjs.com/recipes/terminus' },", 'terminus')).toBe(true);
    expect(prose('  javascript: { fix: (s) => `Make EXPOSE name the port, with ENV PORT when the app reads process.env.PORT.` },', 'process.env.PORT')).toBe(true);
  });

  it('is, in JavaScript, a regular expression literal or a trailing comment', () => {
    const js = (line: string, needle: string) => inProse(line, line.indexOf(needle), true);
    expect(js("sig('authz:js', JS, /@Roles\\s*\\(|\\bRolesGuard\\b/, 'RolesGuard'),", 'RolesGuard')).toBe(true);
    expect(js('const total = (a + b) / 2; app.use(RolesGuard);', 'RolesGuard')).toBe(false);
    expect(js('const ok = /^\\d+$/.test(id) && app.use(RolesGuard);', 'RolesGuard')).toBe(false);
    expect(js('app.use(cors()); // later: app.use(RolesGuard)', 'RolesGuard')).toBe(true);
    expect(js("  sig('authz:js', JS, /x/, '@Roles', 'RolesGuard', 'accesscontrol', 'casbin'),", "'casbin'")).toBe(true);
    // The first hint after the pattern is an item of the table too (portfolio-check's own code-signals.ts).
    expect(js("  sig('authz:go', GO, /\"github\\.com\\/casbin\\/casbin|\\bisAdmin\\b/, 'casbin', 'Admin'),", "'casbin'")).toBe(true);
    expect(js("const slug = title.replace(/\\s+/g, '-'); const { Enforcer } = require('casbin');", "'casbin'")).toBe(false);
    expect(js("router.add('GET', '/health', ping);", "'/health'")).toBe(false);
    expect(js("const { Enforcer } = require('casbin');", "'casbin'")).toBe(false);
  });

  it('is not code that happens to sit in a string', () => {
    expect(prose("import { TerminusModule } from '@nestjs/terminus';", '@nestjs/terminus')).toBe(false);
    expect(prose("app.get('/health', (req, res) => res.send('ok'));", "'/health'")).toBe(false);
    expect(prose('  @PreAuthorize("hasRole(\'ADMIN\') or hasRole(\'OWNER\')")', "hasRole('ADMIN')")).toBe(false);
    expect(prose('\tTitle string `gorm:"type:varchar(100);not null" json:"title" validate:"required,min=3"`', 'validate:')).toBe(false);
    expect(prose("const port = process.env.PORT || 'three words here';", 'process.env.PORT')).toBe(false);
    expect(prose("throw new Error('the title is required'); schema.parse(req.body);", 'schema.parse')).toBe(false);
  });
});
