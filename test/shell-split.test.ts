import { describe, expect, it } from 'vitest';
import { shellCommands } from '../src/facts/shell-split.js';

describe('shellCommands', () => {
  it('splits at separators outside quotes and stops at a comment', () => {
    expect(shellCommands('cd app && npm ci; npm test # then open the browser')).toEqual(['cd app', 'npm ci', 'npm test']);
    expect(shellCommands('echo "a;b && c" || exit 1')).toEqual(['echo "a;b && c"', 'exit 1']);
    expect(shellCommands('php artisan serve & npm run dev')).toEqual(['php artisan serve', 'npm run dev']);
  });

  it('keeps pipes, redirections, variables, globs and assignments in their command', () => {
    expect(shellCommands('npm test 2>&1 | tee out.log')).toEqual(['npm test 2 >& 1 | tee out.log']);
    expect(shellCommands('echo $HOME ${PORT:-3000} && ls *.js')).toEqual(['echo $HOME $PORT:-3000', 'ls *.js']);
    expect(shellCommands('make artisan ARGS="make:controller ApiController"')).toEqual(['make artisan ARGS="make:controller ApiController"']);
  });

  it('reads README placeholders as words, not redirections', () => {
    expect(shellCommands('git clone <your-fork-url> && cd api')).toEqual(['git clone <your-fork-url>', 'cd api']);
    expect(shellCommands('make migrate-new name=<migration-name>')).toEqual(['make migrate-new name=<migration-name>']);
    expect(shellCommands('psql -d app < schema.sql')).toEqual(['psql -d app < schema.sql']);
  });

  it('falls back to a quote-aware split where shell-quote cannot expand a line', () => {
    expect(shellCommands('docker push app:${{ github.sha }} && echo "done; ok" # pushed')).toEqual(['docker push app:${{ github.sha }}', 'echo "done; ok"']);
    expect(shellCommands('echo ${{ secrets.TOKEN }} 2>&1; npm test')).toEqual(['echo ${{ secrets.TOKEN }} 2>&1', 'npm test']);
  });

  it('stays linear on a hostile line', () => {
    const line = `echo ${'"a'.repeat(200_000)}`;
    expect(shellCommands(line).length).toBeLessThanOrEqual(1);
  });
});
