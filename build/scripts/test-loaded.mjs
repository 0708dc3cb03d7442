// npm run test:loaded [-- unit|e2e|all] [-- vitest or playwright arguments]
//
// Runs the tests while busy loops keep every core of the machine occupied, as on a shared CI machine
// or a laptop doing something else: a test that waits real time or races the clock fails here. One
// busy Node process per core (os.availableParallelism()), stopped when the tests end; the exit code
// is the tests'. `unit` (the default) runs Vitest, `e2e` builds the renderer and runs Playwright's web
// project, `all` both.
import { spawn } from 'node:child_process';
import os from 'node:os';

const [suite = 'unit', ...rest] = process.argv.slice(2);
if (!['unit', 'e2e', 'all'].includes(suite)) {
  console.error(`test:loaded: unknown suite "${suite}" (unit, e2e or all)`);
  process.exit(2);
}

const cores = os.availableParallelism();
const burners = Array.from({ length: cores }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopBurners = () => burners.forEach((burner) => burner.kill('SIGKILL'));
process.on('exit', stopBurners);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopBurners();
    process.exit(130);
  });
}
console.log(`test:loaded: ${cores} busy loop(s) keep all ${cores} core(s) occupied while the tests run`);

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let code = 0;
if (suite === 'unit' || suite === 'all') code ||= await run('npx', ['vitest', 'run', ...rest]);
if (suite === 'e2e' || suite === 'all') {
  code ||= await run('npx', ['vite', 'build']);
  code ||= await run('npx', ['playwright', 'test', '--project=web', ...rest]);
}
console.log(`test:loaded: tests ${code === 0 ? 'passed' : 'failed'} with all cores busy`);
process.exit(code);
