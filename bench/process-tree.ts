/**
 * Runs a command and measures it the way the archive benchmark reports it: wall-clock time and
 * the peak of the resident memory of the command and all its descendants together, sampled from
 * /proc (Linux).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What one measured command did. */
export interface Measured {
	/** Exit code; 1 when the command was killed by a signal. */
	status: number;
	elapsedMs: number;
	/** Highest sum of resident memory of the command's process tree, in bytes. */
	peakBytes: number;
}

const PAGE_SIZE = 4096;

/** Parent of every live process, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
	const byChild = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/u.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The command name may hold spaces and parentheses; fields resume after the last ')'.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			byChild.set(Number(name), Number(fields[1]));
		} catch {
			// The process ended while being read.
		}
	}
	return byChild;
}

/** Resident bytes of `root` and every process below it. */
export function treeResidentBytes(root: number): number {
	const byChild = parents();
	const tree = new Set([root]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const [child, parent] of byChild) {
			if (tree.has(parent) && !tree.has(child)) {
				tree.add(child);
				grew = true;
			}
		}
	}
	let bytes = 0;
	for (const pid of tree) {
		try {
			const resident = readFileSync(`/proc/${String(pid)}/statm`, 'utf8').split(' ')[1];
			bytes += Number(resident) * PAGE_SIZE;
		} catch {
			// Gone already.
		}
	}
	return bytes;
}

/** Runs `command` with `args`, its output going to `log`, sampling memory every `everyMs`. */
export function measure(
	command: string,
	args: string[],
	options: { cwd: string; env?: NodeJS.ProcessEnv; onOutput?: (chunk: string) => void },
	everyMs = 200,
): Promise<Measured> {
	const started = performance.now();
	const child = spawn(command, args, {
		cwd: options.cwd,
		env: options.env ?? process.env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let peakBytes = 0;
	const sample = () => {
		if (child.pid !== undefined) peakBytes = Math.max(peakBytes, treeResidentBytes(child.pid));
	};
	const timer = setInterval(sample, everyMs);
	const forward = (chunk: Buffer) => options.onOutput?.(chunk.toString('utf8'));
	child.stdout.on('data', forward);
	child.stderr.on('data', forward);

	return new Promise((resolve, reject) => {
		child.once('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.once('close', (code) => {
			clearInterval(timer);
			resolve({ status: code ?? 1, elapsedMs: performance.now() - started, peakBytes });
		});
	});
}
