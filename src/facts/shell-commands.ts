import { composeFiles, parseCompose } from './compose.js';
import type { Facts } from './facts.js';
import { joinRepoPath } from './facts.js';
import { linkedDocumentation } from './linked-docs.js';
import { makefiles } from './makefile.js';
import { isTopLevelBuildOutput } from './path-roles.js';
import { blockLines, isShellBlock } from './readme-sections.js';
import { shellCommands } from './shell-split.js';

/** yarn/pnpm/bun subcommands that are the tool's own, not package scripts. */
const PM_BUILTINS = new Set(['add', 'audit', 'bin', 'cache', 'config', 'create', 'dedupe', 'dlx', 'exec', 'global', 'import', 'info', 'init', 'install', 'i', 'link', 'list', 'ls', 'outdated', 'pack', 'publish', 'remove', 'rm', 'run', 'set', 'unlink', 'up', 'update', 'upgrade', 'upgrade-interactive', 'version', 'why', 'workspace', 'workspaces', 'x', 'help', 'login', 'logout', 'env', 'prune', 'rebuild', 'store', 'patch', 'node', 'plugin', 'constraints', 'explain', 'npm', 'licenses', 'setup', 'outdated', 'approve-builds', 'fetch', 'import', 'self-update']);
const GENERATOR = /\b(npx\s+(create-|express-generator|@nestjs\/cli\s+new)|npm\s+(init|create)\s+\S|yarn\s+create\b|pnpm\s+create\b|^\s*express\s+(--?\S+\s+)*[\w/.~-]+|nest\s+new\b|django-admin\s+startproject\b|rails\s+new\b|laravel\s+new\b|composer\s+create-project\b|dotnet\s+new\b|cookiecutter\b)/;

/** What is wrong with one command. */
interface Problem {
  message: string;
  fix: string;
}

/** A README command that names a script, target, file or service the repository lacks. */
export interface CommandProblem extends Problem {
  file: string;
  line: number;
}

/** The shell commands of the README and its linked documents, checked against the repository. */
export interface ReadmeCommands {
  /** Documents read (0: no README). */
  documents: number;
  /** Commands that name something checkable: npm/composer scripts, make targets, copied files, compose services. */
  checked: number;
  problems: CommandProblem[];
}

/**
 * Reads the shell blocks of the README and the documents it links as a reader would run them
 * (following `cd`, stopping after a project generator), and checks that each npm/yarn/pnpm/bun or
 * composer script, make target, copied file and compose service they name exists.
 */
export function readmeCommands(facts: Facts): Promise<ReadmeCommands> {
  return facts.derive('readme-commands', async () => {
    const [docs, files, manifests, makes, composes] = await Promise.all([linkedDocumentation(facts), facts.files(), facts.manifests(), makefiles(facts), composeFiles(facts)]);
    const services = new Set(composes.flatMap((c) => c.services.map((s) => s.name)));
    // A guide that shows the compose snippet to add ("add this mysql service, then run …") defines it.
    for (const doc of docs) {
      for (const block of doc.code.filter((b) => b.lang === 'yaml' || b.lang === 'yml')) {
        if (/^services:/m.test(block.value)) for (const s of parseCompose(doc.path, block.value).services) services.add(s.name);
      }
    }
    if (docs.length === 0) return { documents: 0, checked: 0, problems: [] };
    const scripts = (eco: string) => new Set(manifests.filter((m) => m.ecosystem === eco).flatMap((m) => Object.keys(m.scripts)));
    const npmScripts = scripts('javascript');
    const composerScripts = scripts('php');
    const hasPackageJson = manifests.some((m) => m.path.endsWith('package.json'));
    const dirs = new Set(files.all.map((f) => f.dir.replace(/\/$/, '')));
    const exists = (path: string) => files.has(path) || dirs.has(path);

    const problems: CommandProblem[] = [];
    let checked = 0;
    for (const doc of docs) {
      const docDir = doc.path.includes('/') ? doc.path.slice(0, doc.path.lastIndexOf('/')) : '';
      let generated = false;
      for (const block of doc.code.filter((b) => isShellBlock(b.lang) && b.lang !== 'dockerfile' && b.lang !== 'make' && b.lang !== 'makefile')) {
        let cwd = docDir;
        for (const { line, text } of blockLines(block)) {
          // After a generator runs, the README describes the generated project, not this repository.
          if (GENERATOR.test(text)) generated = true;
          if (generated) break;
          for (const segment of shellCommands(text.replace(/^\s*(\$|>|%)\s+/, ''))) {
            const cmd = segment.trim().replace(/^sudo\s+/, '');
            if (!cmd || cmd.startsWith('#')) continue;
            const cd = /^cd\s+([^\s]+)$/.exec(cmd);
            if (cd) {
              const to = joinRepoPath(cwd, cd[1]!);
              // `cd my-repo` after a clone lands at the root; an unknown folder also means the root.
              cwd = to !== undefined && exists(to) ? to : '';
              continue;
            }
            const problem = checkCommand(cmd, cwd);
            if (problem === null) continue;
            checked += 1;
            if (problem) problems.push({ file: doc.path, line, ...problem });
          }
        }
      }
    }

    function checkCommand(cmd: string, cwd: string): Problem | undefined | null {
      const npm = /^(npm|pnpm|yarn|bun)\s+(run(?:-script)?\s+)?([\w:.@/-]+)/.exec(cmd);
      if (npm && hasPackageJson) {
        const [, tool, run, name] = npm as unknown as [string, string, string | undefined, string];
        if (name.startsWith('-')) return null;
        if (!run) {
          if (tool === 'npm' && name !== 'test' && name !== 'start') return null;
          if (tool !== 'npm' && (PM_BUILTINS.has(name) || (tool === 'bun' && /\.[jt]sx?$/.test(name)))) return null;
          if (name === 'start' && npmScripts.has('start') === false && files.all.some((f) => f.base === 'server.js')) return null;
          if (tool !== 'npm' && name === 'test' && npmScripts.has('test')) return undefined;
        }
        if (npmScripts.has(name)) return undefined;
        // Suggest the scripts the README probably meant: seed:run → seed:run:relational.
        const close = [...npmScripts].filter((s) => s.startsWith(name) || name.startsWith(s) || s.split(':')[0] === name.split(':')[0]);
        const suggest = (close.length ? close : [...npmScripts]).slice(0, 5).join(', ') || 'none defined';
        return { message: `\`${cmd}\`: no package.json defines a "${name}" script.`, fix: `Add "${name}" to "scripts" in package.json, or use one that exists (${suggest}).` };
      }
      const composer = /^composer\s+run(?:-script)?\s+([\w:.-]+)/.exec(cmd);
      if (composer) {
        return composerScripts.has(composer[1]!) ? undefined : { message: `\`${cmd}\`: composer.json defines no "${composer[1]}" script.`, fix: 'Add the script to composer.json "scripts", or fix the command.' };
      }
      const make = /^make\s+(.*)$/.exec(cmd);
      if (make) {
        // VAR="a b" assignments are arguments to the recipe, not targets.
        let args = make[1]!.replace(/\b\w+=(["'])[^"']*\1/g, ' ').split(/\s+/);
        let dir = cwd;
        const c = args.indexOf('-C');
        if (c !== -1 && args[c + 1]) {
          dir = joinRepoPath(cwd, args[c + 1]!) ?? cwd;
          args = [...args.slice(0, c), ...args.slice(c + 2)];
        }
        const targets = args.filter((a) => a && !a.startsWith('-') && !a.includes('=') && !a.includes('$'));
        if (targets.length === 0) return null;
        const makefile = makes.find((m) => m.dir.replace(/\/$/, '') === dir) ?? makes.find((m) => m.dir === '');
        if (!makefile) return { message: `\`${cmd}\`: there is no Makefile${dir ? ` in ${dir}/` : ''}.`, fix: 'Commit the Makefile, or replace the make command with the commands it should run.' };
        if (makefile.open || makes.some((m) => m.path !== makefile.path && m.dir === makefile.dir)) return null;
        const missing = targets.filter((t) => !makefile.targets.has(t));
        return missing.length ? { message: `\`${cmd}\`: ${makefile.path} has no target "${missing.join('", "')}".`, fix: `Add the target to ${makefile.path}, or use an existing one.` } : undefined;
      }
      const cp = /^(cp|copy|Copy-Item)\s+(?:-\w+\s+)*("[^"]+"|'[^']+'|[^\s]+)\s+\S+/.exec(cmd);
      if (cp) {
        const source = cp[2]!.replace(/^["']|["']$/g, '');
        if (/[*?$~%{}]|^\/|^[A-Za-z]:/.test(source)) return null;
        const path = joinRepoPath(cwd, source.replace(/\\/g, '/'));
        if (path === undefined || isTopLevelBuildOutput(path)) return null;
        // Prose often says "in backend/, run …": a file of that name one folder down is not a broken step.
        const nearby = cwd === '' && !source.includes('/') && files.all.some((f) => f.path.split('/').length === 2 && f.path.endsWith(`/${source}`));
        return exists(path) || nearby ? undefined : { message: `\`${cmd}\`: ${path} does not exist in the repository.`, fix: `Commit ${path} (with placeholder values), or fix the file name in the README.` };
      }
      const compose = /^docker(?:-compose|\s+compose)\s+(.*)$/.exec(cmd);
      // `<app service>` is a template the reader fills in, not a name to check.
      if (compose && /<[^>]+>/.test(compose[1]!)) return null;
      if (compose) return checkCompose(cmd, compose[1]!.trim().split(/\s+/));
      return null;
    }

    /** `docker compose up -d db`: the services named must exist in a compose file of the repository. */
    function checkCompose(cmd: string, args: string[]): Problem | undefined | null {
      if (composes.length === 0) {
        return { message: `\`${cmd}\`: there is no compose file in the repository.`, fix: 'Commit the compose.yaml the command needs, or remove the command.' };
      }
      let i = 0;
      while (i < args.length && args[i]!.startsWith('-')) {
        if (/^(-f|--file|--project-directory)$/.test(args[i]!)) return null; // another file: cannot check
        i += /^(-p|--project-name|--profile|--env-file|--ansi|--progress)$/.test(args[i]!) ? 2 : 1;
      }
      const sub = args[i];
      if (!sub || !/^(up|start|stop|restart|logs|run|exec|build|pull|rm|create|kill|pause|unpause|attach|watch)$/.test(sub)) return null;
      const names: string[] = [];
      for (let j = i + 1; j < args.length; j++) {
        const arg = args[j]!;
        if (/^(-e|--env|-u|--user|-w|--workdir|--scale|--name|--entrypoint|-t|--timeout|--index|-l|--label|-v|--volume|-p|--publish)$/.test(arg)) {
          j++;
          continue;
        }
        if (arg.startsWith('-') || /[|&;<>$]/.test(arg)) continue;
        names.push(arg);
        if (sub === 'run' || sub === 'exec') break; // the rest is the command run inside
      }
      const unknown = names.filter((n) => !services.has(n));
      if (unknown.length === 0) return undefined;
      return {
        message: `\`${cmd}\`: no compose service named "${unknown.join('", "')}" (services: ${[...services].slice(0, 8).join(', ') || 'none'}).`,
        fix: 'Use a service name from the compose file, or rename the service.',
      };
    }
    return { documents: docs.length, checked, problems };
  });
}
