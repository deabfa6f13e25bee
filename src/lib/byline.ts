/** Roles a byline can name, longest first so that 首席记者 wins over 记者. */
export const BYLINE_ROLES = [
	'首席记者',
	'本报记者',
	'见习记者',
	'特约记者',
	'摄影记者',
	'通讯员',
	'实习生',
	'记者',
	'摄影',
] as const;

/** One role of a byline and the people credited under it, in printed order. */
export interface BylineCredit {
	/** The role as printed (记者, 首席记者…); undefined when names come before any role. */
	role: string | undefined;
	/** Names with print padding removed: 刘 侃 becomes 刘侃. */
	names: string[];
}

const ROLE_SET = new Set<string>(BYLINE_ROLES);

/** Splits a token such as 记者晏艳辉 into its role and the name glued to it. */
function splitGluedRole(token: string): [string, string] | undefined {
	const role = BYLINE_ROLES.find((candidate) => token.startsWith(candidate));
	return role && token.length > role.length ? [role, token.slice(role.length)] : undefined;
}

/**
 * Reads a printed credit line into roles and names. Two single characters in a row are one
 * two-character name that print padded with a space (刘 侃 → 刘侃).
 */
export function parseByline(text: string): BylineCredit[] {
	const tokens = text.trim().split(/\s+/u).filter(Boolean);
	const credits: BylineCredit[] = [];
	let current: BylineCredit | undefined;

	const addName = (name: string) => {
		if (!current) {
			current = { role: undefined, names: [] };
			credits.push(current);
		}
		current.names.push(name);
	};

	for (let index = 0; index < tokens.length; index += 1) {
		const token = tokens[index] as string;

		if (ROLE_SET.has(token)) {
			current = { role: token, names: [] };
			credits.push(current);
			continue;
		}

		const glued = splitGluedRole(token);
		if (glued) {
			current = { role: glued[0], names: [] };
			credits.push(current);
			addName(glued[1]);
			continue;
		}

		const next = tokens[index + 1];
		if (
			Array.from(token).length === 1 &&
			next &&
			Array.from(next).length === 1 &&
			!ROLE_SET.has(next)
		) {
			addName(token + next);
			index += 1;
			continue;
		}

		addName(token);
	}

	return credits.filter((credit) => credit.names.length > 0);
}

/** Every distinct person a byline names, in printed order. */
export function bylineNames(text: string): string[] {
	return [...new Set(parseByline(text).flatMap((credit) => credit.names))];
}
